import type { JourneyComparison, Metric, MetricChange, MetricState, PersonaChange, StepChange } from '@journey-maps/model';
import type { AnalysisModel, AnalysisStage, AnalysisStep } from '../model/analysis-model.js';
import { analyzeModel, type AnalyzedJourney } from './analyze-model.js';
import { roundScore } from './scoring.js';

/**
 * Two journeys compared (spec: "Comparing two journeys"): a future state with today's, or two
 * versions of one map. Stages and steps are matched by name; a renamed step is one removed and
 * one added.
 */
export function compareJourneys(before: AnalysisModel, after: AnalysisModel): JourneyComparison {
    return compareAnalyzed(analyzeModel(before), analyzeModel(after));
}

/** The comparison of two journeys already analysed, so neither is scored twice. */
export function compareAnalyzed(before: AnalyzedJourney, after: AnalyzedJourney): JourneyComparison {
    const personas = unique([...after.model.journey.personas, ...before.model.journey.personas]);
    return {
        steps: compareSteps(before.model, after.model, personas),
        personas: comparePersonas(before, after, personas),
        metrics: compareMetrics(before.model.metrics, after.model.metrics),
        hotspots: compareHotspots(before, after)
    };
}

interface PlacedStep {
    readonly step: AnalysisStep;
    readonly stage: AnalysisStage;
}

function placedSteps(model: AnalysisModel): Map<string, PlacedStep> {
    const placed = new Map<string, PlacedStep>();
    for (const stage of model.stages) {
        for (const step of stage.steps) {
            if (!placed.has(step.id)) {
                placed.set(step.id, { step, stage });
            }
        }
    }
    return placed;
}

/**
 * The new map's steps in its order, each removed step right after the step that came before it in
 * the old map and is still there (or first, when none is), so a removed step reads where it was.
 */
function compareSteps(before: AnalysisModel, after: AnalysisModel, personas: readonly string[]): StepChange[] {
    const old = placedSteps(before);
    const current = placedSteps(after);
    const removedAfter = new Map<string | undefined, PlacedStep[]>();
    let anchor: string | undefined;
    for (const [id, placed] of old) {
        if (current.has(id)) {
            anchor = id;
        } else {
            const list = removedAfter.get(anchor) ?? [];
            list.push(placed);
            removedAfter.set(anchor, list);
        }
    }
    const removed = (key: string | undefined): StepChange[] => (removedAfter.get(key) ?? []).map(placed => stepChange(placed, undefined, personas));
    const changes = removed(undefined);
    for (const [id, placed] of current) {
        changes.push(stepChange(old.get(id), placed, personas), ...removed(id));
    }
    return changes;
}

function stepChange(before: PlacedStep | undefined, after: PlacedStep | undefined, personas: readonly string[]): StepChange {
    const placed = (after ?? before)!;
    const movedFrom = before && after && before.stage.id !== after.stage.id ? before.stage.id : undefined;
    const emotionOf = (side: PlacedStep | undefined, persona: string): number | undefined => side?.step.emotions.find(e => e.persona === persona)?.value;
    const texts = (side: PlacedStep | undefined, kind: 'pains' | 'opportunities'): string[] => side?.step[kind].map(item => item.text) ?? [];
    return {
        step: placed.step.id,
        stage: placed.stage.id,
        status: before && after ? 'kept' : after ? 'added' : 'removed',
        // Only the old map knows a removed step's label; a reader knows the step by it, not its id.
        ...(after ? {} : { label: placed.step.label }),
        ...(movedFrom !== undefined ? { movedFrom } : {}),
        emotions: personas.flatMap(persona => {
            const was = emotionOf(before, persona);
            const is = emotionOf(after, persona);
            return was === undefined && is === undefined ? [] : [{
                persona,
                ...(was !== undefined ? { before: was } : {}),
                ...(is !== undefined ? { after: is } : {})
            }];
        }),
        painsAdded: difference(texts(after, 'pains'), texts(before, 'pains')),
        painsRemoved: difference(texts(before, 'pains'), texts(after, 'pains')),
        opportunitiesAdded: difference(texts(after, 'opportunities'), texts(before, 'opportunities')),
        opportunitiesRemoved: difference(texts(before, 'opportunities'), texts(after, 'opportunities'))
    };
}

function comparePersonas(before: AnalyzedJourney, after: AnalyzedJourney, personas: readonly string[]): PersonaChange[] {
    const was = new Map(before.insights.personas.map(health => [health.id, health]));
    const is = new Map(after.insights.personas.map(health => [health.id, health]));
    return personas.map(id => {
        const old = was.get(id);
        const current = is.get(id);
        return {
            id,
            averageBefore: old?.average ?? null,
            averageAfter: current?.average ?? null,
            ...(old?.lowest ? { lowestBefore: old.lowest } : {}),
            ...(current?.lowest ? { lowestAfter: current.lowest } : {})
        };
    });
}

function compareMetrics(before: readonly Metric[], after: readonly Metric[]): MetricChange[] {
    const was = new Map(before.map(metric => [metric.id, metric]));
    const is = new Map(after.map(metric => [metric.id, metric]));
    return unique([...after.map(m => m.id), ...before.map(m => m.id)]).map(id => {
        const old = was.get(id);
        const current = is.get(id);
        return { id, ...(old ? { before: metricState(old) } : {}), ...(current ? { after: metricState(current) } : {}) };
    });
}

function metricState(metric: Metric): MetricState {
    return {
        ...(metric.target ? { target: { ...metric.target } } : {}),
        ...(metric.actual !== undefined ? { actual: metric.actual } : {}),
        met: metric.met
    };
}

function compareHotspots(before: AnalyzedJourney, after: AnalyzedJourney): JourneyComparison['hotspots'] {
    const hotspotsOf = (analyzed: AnalyzedJourney): string[] => analyzed.scored.filter(entry => entry.reasons.length > 0).map(entry => entry.step.id);
    const total = (analyzed: AnalyzedJourney): number => roundScore(analyzed.scored.reduce((sum, entry) => sum + entry.score, 0));
    const was = hotspotsOf(before);
    const is = hotspotsOf(after);
    return {
        resolved: difference(was, is),
        new: difference(is, was),
        scoreBefore: total(before),
        scoreAfter: total(after)
    };
}

/** The items of `items` that `other` lacks, in order, without repeats. */
function difference(items: readonly string[], other: readonly string[]): string[] {
    const excluded = new Set(other);
    return unique(items.filter(item => !excluded.has(item)));
}

function unique(items: readonly string[]): string[] {
    return [...new Set(items)];
}
