import { metricsAreGoals, type HotspotReason, type Metric, type Successor } from '@journey-maps/model';
import type { AnalysisModel, AnalysisStage, AnalysisStep } from '../model/analysis-model.js';
import { defaultSeverity, metricGap, reasonPoints } from './scoring.js';

/** A step of the model with its reasons and its exact score (the sum of their points). */
export interface ScoredStep {
    readonly step: AnalysisStep;
    readonly stage: AnalysisStage;
    /** Its place in file order, across stages. */
    readonly index: number;
    /** The very list a hotspot of the insights holds: read-only for both (typed mutable, as the schema's type has it). */
    readonly reasons: HotspotReason[];
    readonly score: number;
}

/**
 * Every step of the model in file order, with the reasons the reference's table gives and their
 * points. Reasons belong to the step they are found on; a drop-off or a rework to the step the
 * arrow leaves.
 */
export function scoreSteps(model: AnalysisModel): ScoredStep[] {
    // Plain loops into two parallel lists of their exact length: no pair object per step, nor a closure per step and pass.
    let count = 0;
    for (let i = 0; i < model.stages.length; i++) {
        count += model.stages[i].steps.length;
    }
    const steps: AnalysisStep[] = new Array(count);
    const stages: AnalysisStage[] = new Array(count);
    let at = 0;
    for (let i = 0; i < model.stages.length; i++) {
        const stage = model.stages[i];
        for (let j = 0; j < stage.steps.length; j++) {
            steps[at] = stage.steps[j];
            stages[at++] = stage;
        }
    }
    const metrics = new Map(model.metrics.map(metric => [metric.id, metric]));
    const context: ReasonContext = {
        steps,
        indexOf: shareTargets(steps),
        metrics,
        metricsAreMeasured: !metricsAreGoals(model.journey.kind)
    };
    // Every step's reasons are pushed onto this one list, and a step keeps a copy of its part at its
    // exact length: a list of its own per step, grown by push, keeps room for 17 reasons.
    const found: HotspotReason[] = [];
    const scored: ScoredStep[] = new Array(steps.length);
    for (let index = 0; index < steps.length; index++) {
        const step = steps[index];
        const start = found.length;
        const score = stepReasons(step, index, context, found);
        scored[index] = { step, stage: stages[index], index, reasons: found.length > start ? found.slice(start) : noReasons, score };
    }
    return scored;
}

/**
 * Where each step that an arrow with a share leads to is, in file order (the first of a repeated
 * name): all that drop-offs and reworks ask, and a few hundred names on a map of 10,000 steps
 * rather than a table of every step.
 */
function shareTargets(steps: readonly AnalysisStep[]): ReadonlyMap<string, number> {
    const targets = new Set<string>();
    for (let i = 0; i < steps.length; i++) {
        const next = steps[i].next;
        for (let j = 0; j < next.length; j++) {
            if (next[j].share !== undefined) {
                targets.add(next[j].step);
            }
        }
    }
    const indexOf = new Map<string, number>();
    for (let i = 0; i < steps.length && indexOf.size < targets.size; i++) {
        const id = steps[i].id;
        if (targets.has(id) && !indexOf.has(id)) {
            indexOf.set(id, i);
        }
    }
    return indexOf;
}

interface ReasonContext {
    readonly steps: readonly AnalysisStep[];
    /** Where the steps that arrows with a share lead to are (shareTargets). */
    readonly indexOf: ReadonlyMap<string, number>;
    readonly metrics: ReadonlyMap<string, Metric>;
    readonly metricsAreMeasured: boolean;
}

/** A step without reasons shares this frozen list: most steps of a large map have none. */
const noReasons = Object.freeze([]) as never[];

/*
 * A step's reasons in the order of the reference's table, each kind pushed straight onto the end of
 * the scoring's one list, with indexed loops: the report scores every step of a large map once,
 * mostly before V8 optimises this code, where a list per kind, a closure per step, an iterator per
 * loop or an object pairing a reason with its points is garbage. Each kind adds its points to the
 * score it is handed and returns the sum, reason by reason in the list's order.
 */
function stepReasons(step: AnalysisStep, index: number, context: ReasonContext, reasons: HotspotReason[]): number {
    let score = 0;
    if (step.emotions.length > 0) {
        score = emotionReasons(step, reasons, score);
    }
    if (context.metricsAreMeasured && step.metrics.length > 0) {
        score = metricReasons(step, context.metrics, reasons, score);
    }
    if (step.pains.length > 0) {
        score = painReasons(step, reasons, score);
        if (step.opportunities.length === 0) {
            score = unaddressedPainReasons(step, reasons, score);
        }
    }
    if (step.momentOfTruth) {
        score = momentOfTruthReason(step, reasons, score);
    }
    if (hasShare(step.next)) {
        score = arrowReasons(step, index, context, 'drop-off', reasons, score);
        score = arrowReasons(step, index, context, 'rework', reasons, score);
    }
    return score;
}

function hasShare(next: readonly Successor[]): boolean {
    for (let i = 0; i < next.length; i++) {
        if (next[i].share !== undefined) {
            return true;
        }
    }
    return false;
}

function emotionReasons(step: AnalysisStep, reasons: HotspotReason[], score: number): number {
    const emotions = step.emotions;
    for (let i = 0; i < emotions.length; i++) {
        const emotion = emotions[i];
        if (emotion.value < 0) {
            reasons.push({
                kind: 'emotion',
                message: `${emotion.persona} feels ${signed(emotion.value)}${emotion.label !== undefined ? ` "${emotion.label}"` : ''}`,
                persona: emotion.persona
            });
            score += reasonPoints.emotion(emotion.value);
        }
    }
    return score;
}

function metricReasons(step: AnalysisStep, metrics: ReadonlyMap<string, Metric>, reasons: HotspotReason[], score: number): number {
    for (let i = 0; i < step.metrics.length; i++) {
        const metric = metrics.get(step.metrics[i]);
        if (!metric || metric.met !== false || !metric.target || metric.actual === undefined) {
            continue;
        }
        const gap = metricGap(metric.actual, metric.target.value);
        reasons.push({
            kind: 'metric-missed',
            message: `metric '${metric.id}' misses its target: ${metric.actual}, target ${metric.target.op} ${metric.target.value} (off by ${Math.round(gap * 100)}%)`,
            metric: metric.id
        });
        score += reasonPoints.metricMissed(gap);
    }
    return score;
}

function painReasons(step: AnalysisStep, reasons: HotspotReason[], score: number): number {
    for (let i = 0; i < step.pains.length; i++) {
        const pain = step.pains[i];
        const severity = pain.severity ?? defaultSeverity;
        reasons.push({ kind: 'pain', message: `pain, severity ${severity}${pain.severity === undefined ? ' (default)' : ''}: "${pain.text}"` });
        score += reasonPoints.pain(severity);
    }
    return score;
}

/** For a step with pains and no opportunity. */
function unaddressedPainReasons(step: AnalysisStep, reasons: HotspotReason[], score: number): number {
    for (let i = 0; i < step.pains.length; i++) {
        reasons.push({ kind: 'unaddressed-pain', message: `no opportunity addresses "${step.pains[i].text}"` });
        score += reasonPoints.unaddressedPain();
    }
    return score;
}

/** For a moment of truth: its lowest emotion (the first of the lowest), when it is below zero. */
function momentOfTruthReason(step: AnalysisStep, reasons: HotspotReason[], score: number): number {
    let lowest: AnalysisStep['emotions'][number] | undefined;
    for (let i = 0; i < step.emotions.length; i++) {
        const emotion = step.emotions[i];
        if (!lowest || emotion.value < lowest.value) {
            lowest = emotion;
        }
    }
    if (!lowest || lowest.value >= 0) {
        return score;
    }
    reasons.push({ kind: 'moment-of-truth', message: `a moment of truth, and ${lowest.persona} feels ${signed(lowest.value)}`, persona: lowest.persona });
    return score + reasonPoints.momentOfTruth(lowest.value);
}

/** The arrows with a share of one kind: drop-offs lose customers, reworks send them round again. The caller asks for drop-offs first. */
function arrowReasons(step: AnalysisStep, index: number, context: ReasonContext, kind: 'drop-off' | 'rework', reasons: HotspotReason[], score: number): number {
    for (let i = 0; i < step.next.length; i++) {
        const successor = step.next[i];
        const share = successor.share;
        if (share === undefined || arrowKind(successor, index, context) !== kind) {
            continue;
        }
        const label = successor.label !== undefined ? ` ("${successor.label}")` : '';
        if (kind === 'drop-off') {
            reasons.push({ kind, message: `${share}% give up at '${successor.step}'${label}`, share });
            score += reasonPoints.dropOff(share);
        } else {
            reasons.push({ kind, message: `${share}% go back to '${successor.step}'${label}`, share });
            score += reasonPoints.rework(share);
        }
    }
    return score;
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
