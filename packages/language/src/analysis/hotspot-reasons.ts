import type { HotspotReason, JourneyModel, Metric, Stage, Step, Successor } from '@journey-maps/model';
import { defaultSeverity, metricGap, reasonPoints } from './scoring.js';

/** A reason with the points it adds to its step's score. */
export interface ScoredReason {
    readonly reason: HotspotReason;
    readonly points: number;
}

/** A step of the model with its reasons and its exact score (the sum of their points). */
export interface ScoredStep {
    readonly step: Step;
    readonly stage: Stage;
    /** Its place in file order, across stages. */
    readonly index: number;
    readonly reasons: readonly ScoredReason[];
    readonly score: number;
}

/**
 * Every step of the model in file order, with the reasons the reference's table gives and their
 * points. Reasons belong to the step they are found on; a drop-off or a rework to the step the
 * arrow leaves.
 */
export function scoreSteps(model: JourneyModel): ScoredStep[] {
    // Plain loops into two parallel lists: no pair object per step, nor a closure per step and pass.
    const steps: Step[] = [];
    const stages: Stage[] = [];
    const indexOf = new Map<string, number>();
    for (const stage of model.stages) {
        for (const step of stage.steps) {
            if (!indexOf.has(step.id)) {
                indexOf.set(step.id, steps.length);
            }
            steps.push(step);
            stages.push(stage);
        }
    }
    const metrics = new Map(model.metrics.map(metric => [metric.id, metric]));
    const context: ReasonContext = {
        steps,
        indexOf,
        metrics,
        // In a future-state map a metric's target is the goal and its actual today's value: not a miss of that future.
        metricsAreMeasured: model.journey.kind !== 'future'
    };
    const scored: ScoredStep[] = [];
    for (let index = 0; index < steps.length; index++) {
        const step = steps[index];
        const reasons = stepReasons(step, index, context);
        let score = 0;
        for (const reason of reasons) {
            score += reason.points;
        }
        scored.push({ step, stage: stages[index], index, reasons, score });
    }
    return scored;
}

interface ReasonContext {
    readonly steps: readonly Step[];
    readonly indexOf: ReadonlyMap<string, number>;
    readonly metrics: ReadonlyMap<string, Metric>;
    readonly metricsAreMeasured: boolean;
}

/** A step without reasons shares this list: most steps of a large map have none. */
const noReasons: readonly ScoredReason[] = Object.freeze([]);

/** The reasons in the order of the reference's table, collected into one array (a map of 10,000 steps makes no garbage per kind). */
function stepReasons(step: Step, index: number, context: ReasonContext): readonly ScoredReason[] {
    const reasons: ScoredReason[] = [];
    const add = (found: readonly ScoredReason[]): void => {
        for (const reason of found) {
            reasons.push(reason);
        }
    };
    if (step.emotions.length > 0) {
        emotionReasons(step, reasons);
    }
    if (context.metricsAreMeasured && step.metrics.length > 0) {
        add(metricReasons(step, context.metrics));
    }
    if (step.pains.length > 0) {
        add(painReasons(step));
        add(unaddressedPainReasons(step));
    }
    if (step.momentOfTruth) {
        add(momentOfTruthReasons(step));
    }
    if (step.next.some(hasShare)) {
        add(arrowReasons(step, index, context));
    }
    return reasons.length > 0 ? reasons : noReasons;
}

function hasShare(successor: Successor): boolean {
    return successor.share !== undefined;
}

/** Pushed straight into the step's list: the one kind nearly every step of a map has. */
function emotionReasons(step: Step, reasons: ScoredReason[]): void {
    for (const emotion of step.emotions) {
        if (emotion.value < 0) {
            reasons.push({
                reason: {
                    kind: 'emotion',
                    message: `${emotion.persona} feels ${signed(emotion.value)}${emotion.label !== undefined ? ` "${emotion.label}"` : ''}`,
                    persona: emotion.persona
                },
                points: reasonPoints.emotion(emotion.value)
            });
        }
    }
}

function metricReasons(step: Step, metrics: ReadonlyMap<string, Metric>): ScoredReason[] {
    return step.metrics.flatMap(id => {
        const metric = metrics.get(id);
        if (!metric || metric.met !== false || !metric.target || metric.actual === undefined) {
            return [];
        }
        const gap = metricGap(metric.actual, metric.target.value);
        return [{
            reason: {
                kind: 'metric-missed',
                message: `metric '${metric.id}' misses its target: ${metric.actual}, target ${metric.target.op} ${metric.target.value} (off by ${Math.round(gap * 100)}%)`,
                metric: metric.id
            },
            points: reasonPoints.metricMissed(gap)
        }];
    });
}

function painReasons(step: Step): ScoredReason[] {
    return step.pains.map(pain => {
        const severity = pain.severity ?? defaultSeverity;
        return {
            reason: { kind: 'pain', message: `pain, severity ${severity}${pain.severity === undefined ? ' (default)' : ''}: "${pain.text}"` },
            points: reasonPoints.pain(severity)
        };
    });
}

function unaddressedPainReasons(step: Step): ScoredReason[] {
    if (step.opportunities.length > 0) {
        return [];
    }
    return step.pains.map(pain => ({
        reason: { kind: 'unaddressed-pain', message: `no opportunity addresses "${pain.text}"` },
        points: reasonPoints.unaddressedPain()
    }));
}

function momentOfTruthReasons(step: Step): ScoredReason[] {
    if (!step.momentOfTruth) {
        return [];
    }
    const lowest = step.emotions.reduce<Step['emotions'][number] | undefined>((low, emotion) => !low || emotion.value < low.value ? emotion : low, undefined);
    if (!lowest || lowest.value >= 0) {
        return [];
    }
    return [{
        reason: { kind: 'moment-of-truth', message: `a moment of truth, and ${lowest.persona} feels ${signed(lowest.value)}`, persona: lowest.persona },
        points: reasonPoints.momentOfTruth(lowest.value)
    }];
}

/** Drop-offs, then reworks: the arrows with a share that lose customers or send them round again. */
function arrowReasons(step: Step, index: number, context: ReasonContext): ScoredReason[] {
    const classified = step.next.flatMap(successor => {
        const kind = arrowKind(successor, index, context);
        return kind && successor.share !== undefined ? [{ kind, successor, share: successor.share }] : [];
    });
    return (['drop-off', 'rework'] as const).flatMap(kind => classified.filter(arrow => arrow.kind === kind).map(({ successor, share }) => {
        const label = successor.label !== undefined ? ` ("${successor.label}")` : '';
        return kind === 'drop-off'
            ? { reason: { kind, message: `${share}% give up at '${successor.step}'${label}`, share }, points: reasonPoints.dropOff(share) }
            : { reason: { kind, message: `${share}% go back to '${successor.step}'${label}`, share }, points: reasonPoints.rework(share) };
    }));
}

function arrowKind(successor: Successor, index: number, context: ReasonContext): 'drop-off' | 'rework' | undefined {
    const target = context.indexOf.get(successor.step);
    if (successor.share === undefined || target === undefined) {
        return undefined;
    }
    // Into an end step that is not the journey's last, customers give up, wherever that step is: a drop-off, not also a rework.
    if (context.steps[target].end && target !== context.steps.length - 1) {
        return 'drop-off';
    }
    return target <= index ? 'rework' : undefined;
}

function signed(value: number): string {
    return value > 0 ? `+${value}` : String(value);
}
