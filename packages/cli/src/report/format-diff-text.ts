import { metricsAreGoals, type JourneyDiff, type JourneyKind, type MetricState, type StepChange } from '@journey-maps/model';
import { formatEmotion, formatNumber, textTable } from './tables.js';

/** `journey diff` for a terminal. */
export function formatDiffText(diff: JourneyDiff): string {
    return `Journey ${diff.old.journey} (${diff.old.file}) → ${diff.new.journey} (${diff.new.file})\n\n${formatDiffBodyText(diff)}`;
}

/** The comparison without its heading: also the last section of a report against its baseline. */
export function formatDiffBodyText(diff: JourneyDiff): string {
    return [stepsText(diff.steps), personasText(diff), metricsText(diff), hotspotsText(diff)].join('\n');
}

/** Whether a kept step changed in anything the comparison tracks. */
export function stepChanged(change: StepChange): boolean {
    return change.movedFrom !== undefined || change.emotions.some(e => e.before !== e.after)
        || change.painsAdded.length + change.painsRemoved.length + change.opportunitiesAdded.length + change.opportunitiesRemoved.length > 0;
}

/** What happened to a step, in words: its emotions before and after, its pains and opportunities added and removed. */
export function stepChangeDetails(change: StepChange): string[] {
    const details: string[] = [];
    const emotions = change.emotions
        .filter(e => change.status !== 'kept' || e.before !== e.after)
        .map(e => change.status === 'added' ? `${e.persona} ${formatEmotion(e.after)}`
            : change.status === 'removed' ? `${e.persona} was ${formatEmotion(e.before)}`
                : `${e.persona} ${formatEmotion(e.before)} → ${formatEmotion(e.after)}`);
    if (emotions.length > 0) {
        details.push(emotions.join(', '));
    }
    const texts = (label: string, items: readonly string[]): void => {
        if (items.length > 0) {
            details.push(`${label} ${items.map(item => `"${item}"`).join(', ')}`);
        }
    };
    texts('pains added', change.painsAdded);
    texts('pains removed', change.painsRemoved);
    texts('opportunities added', change.opportunitiesAdded);
    texts('opportunities removed', change.opportunitiesRemoved);
    return details;
}

function stepsText(steps: readonly StepChange[]): string {
    const count = (status: StepChange['status']): number => steps.filter(s => s.status === status).length;
    const kept = steps.filter(s => s.status === 'kept');
    const moved = kept.filter(s => s.movedFrom !== undefined).length;
    const listed = steps.filter(s => s.status !== 'kept' || stepChanged(s));
    const summary = `Steps: ${count('added')} added, ${count('removed')} removed, ${count('kept')} kept (${moved} moved, ${kept.filter(stepChanged).length} changed)`;
    const marks = { added: '+', removed: '-', kept: '~' } as const;
    const rows = listed.map(change => [
        marks[change.status],
        change.step,
        `in ${change.stage}${change.movedFrom !== undefined ? `, moved from ${change.movedFrom}` : ''}`,
        stepChangeDetails(change).join('; ')
    ]);
    return `${summary}\n${rows.length > 0 ? textTable(undefined, rows, ['left', 'left', 'left', 'left']) : ''}`;
}

function personasText(diff: JourneyDiff): string {
    const rows = diff.personas.map(persona => [
        persona.id,
        `average ${formatEmotion(persona.averageBefore)} → ${formatEmotion(persona.averageAfter)}`,
        `lowest ${lowest(persona.lowestBefore)} → ${lowest(persona.lowestAfter)}`
    ]);
    return `Personas\n${textTable(undefined, rows, ['left', 'left', 'left'])}`;
}

function lowest(point: { step: string; value: number } | undefined): string {
    return point ? `${formatEmotion(point.value)} at ${point.step}` : '–';
}

/**
 * A metric's state in words: `41, target <= 20 (missed)`; on a side whose metrics are goals (a
 * future state), the target first and its actual as today's value, never a miss:
 * `target <= 20 (today 41)`, as the drawing reads it.
 */
export function metricStateText(state: MetricState | undefined, kind: JourneyKind): string {
    if (!state) {
        return '–';
    }
    const target = state.target ? `target ${state.target.op} ${formatNumber(state.target.value)}` : undefined;
    if (metricsAreGoals(kind)) {
        const today = state.actual !== undefined ? `today ${formatNumber(state.actual)}` : undefined;
        return target ? `${target}${today ? ` (${today})` : ''}` : today ?? 'no target';
    }
    const parts = [state.actual !== undefined ? formatNumber(state.actual) : 'no actual', target ?? 'no target'];
    const met = state.met === null ? '' : state.met ? ' (met)' : ' (missed)';
    return `${parts.join(', ')}${met}`;
}

function metricsText(diff: JourneyDiff): string {
    if (diff.metrics.length === 0) {
        return 'Metrics: none\n';
    }
    const rows = diff.metrics.map(metric => [metric.id, metricStateText(metric.before, diff.old.kind), '→', metricStateText(metric.after, diff.new.kind)]);
    return `Metrics\n${textTable(undefined, rows, ['left', 'left', 'left', 'left'])}`;
}

function hotspotsText(diff: JourneyDiff): string {
    const { resolved, new: added, scoreBefore, scoreAfter } = diff.hotspots;
    return [
        `Hotspots: ${resolved.length} resolved, ${added.length} new; total score ${formatNumber(scoreBefore)} → ${formatNumber(scoreAfter)}`,
        `  resolved: ${resolved.length > 0 ? resolved.join(', ') : '–'}`,
        `  new: ${added.length > 0 ? added.join(', ') : '–'}`
    ].join('\n') + '\n';
}

