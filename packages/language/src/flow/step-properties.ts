import {
    isAtClause, isByClause, isEmotion, isFlagProperty, isMetricClause, isOpportunity, isOwnerClause, isPain, isTextProperty, isTransition, isViaClause,
    type AtClause, type ByClause, type Emotion, type Journey, type JourneyKind, type MetricClause, type Opportunity, type OwnerClause, type Pain,
    type Step, type TextKind, type TextProperty, type Transition, type ViaClause
} from '../generated/ast.js';

/** A step's properties sorted by kind, so that no consumer walks the property list itself. */
export interface StepProperties {
    readonly by: readonly ByClause[];
    readonly at: readonly AtClause[];
    readonly via: readonly ViaClause[];
    readonly emotions: readonly Emotion[];
    readonly texts: readonly TextProperty[];
    readonly pains: readonly Pain[];
    readonly opportunities: readonly Opportunity[];
    readonly metrics: readonly MetricClause[];
    readonly owners: readonly OwnerClause[];
    readonly transitions: readonly Transition[];
    readonly momentOfTruth: boolean;
    readonly end: boolean;
}

const cache = new WeakMap<Step, StepProperties>();

export function stepProperties(step: Step): StepProperties {
    let sorted = cache.get(step);
    if (!sorted) {
        const properties = step.properties ?? [];
        sorted = {
            by: properties.filter(isByClause),
            at: properties.filter(isAtClause),
            via: properties.filter(isViaClause),
            emotions: properties.filter(isEmotion),
            texts: properties.filter(isTextProperty),
            pains: properties.filter(isPain),
            opportunities: properties.filter(isOpportunity),
            metrics: properties.filter(isMetricClause),
            owners: properties.filter(isOwnerClause),
            transitions: properties.filter(isTransition),
            momentOfTruth: properties.some(p => isFlagProperty(p) && p.flag === 'moment-of-truth'),
            end: properties.some(p => isFlagProperty(p) && p.flag === 'end')
        };
        cache.set(step, sorted);
    }
    return sorted;
}

export function textsOf(step: Step, kind: TextKind): string[] {
    return stepProperties(step).texts.filter(t => t.kind === kind && t.text !== undefined).map(t => t.text);
}

/** `kind` defaults to `current`; a repeated `kind` is reported elsewhere and the first one counts. */
export function journeyKind(journey: Journey): JourneyKind {
    return journey.kinds[0] ?? 'current';
}

export function allSteps(journey: Journey): Step[] {
    return journey.stages.flatMap(stage => stage.steps);
}
