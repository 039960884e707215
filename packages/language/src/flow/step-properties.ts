import {
    AtClause, ByClause, Emotion, FlagProperty, MetricClause, Opportunity, OwnerClause, Pain, TextProperty, Transition, ViaClause,
    type Journey, type JourneyKind, type Step, type StepProperty
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
        sorted = sortProperties(step.properties ?? []);
        cache.set(step, sorted);
    }
    return sorted;
}

/** Kinds a step does not have share this list: most steps have three or four kinds of ten. */
const none: readonly never[] = Object.freeze([]);

/**
 * One pass over the list, by node type: a check of a 10,000-step map asks for every step's at once.
 * A list is made only for a kind the step has: ten new lists per step were garbage on big maps.
 */
function sortProperties(properties: readonly StepProperty[]): StepProperties {
    let by: ByClause[] | undefined;
    let at: AtClause[] | undefined;
    let via: ViaClause[] | undefined;
    let emotions: Emotion[] | undefined;
    let texts: TextProperty[] | undefined;
    let pains: Pain[] | undefined;
    let opportunities: Opportunity[] | undefined;
    let metrics: MetricClause[] | undefined;
    let owners: OwnerClause[] | undefined;
    let transitions: Transition[] | undefined;
    let momentOfTruth = false;
    let end = false;
    for (const property of properties) {
        switch (property.$type) {
            case ByClause.$type: (by ??= []).push(property); break;
            case AtClause.$type: (at ??= []).push(property); break;
            case ViaClause.$type: (via ??= []).push(property); break;
            case Emotion.$type: (emotions ??= []).push(property); break;
            case TextProperty.$type: (texts ??= []).push(property); break;
            case Pain.$type: (pains ??= []).push(property); break;
            case Opportunity.$type: (opportunities ??= []).push(property); break;
            case MetricClause.$type: (metrics ??= []).push(property); break;
            case OwnerClause.$type: (owners ??= []).push(property); break;
            case Transition.$type: (transitions ??= []).push(property); break;
            case FlagProperty.$type:
                momentOfTruth ||= property.flag === 'moment-of-truth';
                end ||= property.flag === 'end';
                break;
            default: {
                // A new kind of step property must be sorted here: this stops compiling until it is.
                const unsorted: never = property;
                void unsorted;
            }
        }
    }
    return {
        by: by ?? none, at: at ?? none, via: via ?? none, emotions: emotions ?? none, texts: texts ?? none, pains: pains ?? none,
        opportunities: opportunities ?? none, metrics: metrics ?? none, owners: owners ?? none, transitions: transitions ?? none, momentOfTruth, end
    };
}

/** `kind` defaults to `current`; a repeated `kind` is reported elsewhere and the first one counts. */
export function journeyKind(journey: Journey): JourneyKind {
    return journey.kinds[0] ?? 'current';
}

export function allSteps(journey: Journey): Step[] {
    return journey.stages.flatMap(stage => stage.steps);
}
