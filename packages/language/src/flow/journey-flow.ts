import type { Journey, Persona, Step } from '../generated/ast.js';
import { allSteps, stepProperties } from './step-properties.js';

export interface Successor {
    readonly step: Step;
    readonly label?: string;
    /** The acting personas who take this successor, in the order of the journey's `for`. */
    readonly personas: readonly Persona[];
}

/**
 * The flow rules of the spec, computed once per journey and read by the unreachable-step check,
 * the exported model, hovers and inlay hints alike.
 */
export interface JourneyFlow {
    /** Steps in file order, across stages. */
    readonly steps: readonly Step[];
    /** The personas of `for` that resolve, without repeats. */
    readonly personas: readonly Persona[];
    /** The personas acting in each step: its `by` (those in `for`), or every persona of `for`. */
    readonly actors: ReadonlyMap<Step, readonly Persona[]>;
    /** Steps whose `by` is empty (mid-edit), or names something that does not resolve or is not in `for`: already reported, so later checks leave them alone. */
    readonly invalidActors: ReadonlySet<Step>;
    readonly successors: ReadonlyMap<Step, readonly Successor[]>;
    /** Each persona's first step. */
    readonly entries: ReadonlyMap<Persona, Step>;
    readonly reachable: ReadonlySet<Step>;
}

export function journeyPersonas(journey: Journey): Persona[] {
    const personas = new Set<Persona>();
    for (const clause of journey.forClauses) {
        for (const reference of clause.personas) {
            const persona = reference.ref;
            if (persona) {
                personas.add(persona);
            }
        }
    }
    return [...personas];
}

export function computeFlow(journey: Journey): JourneyFlow {
    const steps = allSteps(journey);
    const personas = journeyPersonas(journey);
    const inJourney = new Set(personas);
    const actors = new Map<Step, Persona[]>();
    const invalidActors = new Set<Step>();

    for (const step of steps) {
        const by = stepProperties(step).by;
        if (by.length === 0) {
            actors.set(step, personas);
            continue;
        }
        const acting = new Set<Persona>();
        for (const clause of by) {
            if (clause.personas.length === 0) {
                // `by` with its names still being typed: the syntax error says so, and who acts is unknown.
                invalidActors.add(step);
            }
            for (const reference of clause.personas) {
                const persona = reference.ref;
                if (persona && inJourney.has(persona)) {
                    acting.add(persona);
                } else {
                    invalidActors.add(step);
                }
            }
        }
        actors.set(step, [...acting]);
    }

    const successors = computeSuccessors(steps, actors);
    const entries = new Map<Persona, Step>();
    for (const step of steps) {
        for (const persona of actors.get(step)!) {
            if (!entries.has(persona)) {
                entries.set(persona, step);
            }
        }
    }
    const reachable = reachableFrom(entries.values(), successors);
    return { steps, personas, actors, invalidActors, successors, entries, reachable };
}

/**
 * Explicit `->` targets win; otherwise each acting persona leads to the next later step it acts
 * in. Walking backwards keeps "the next step of each persona" in a map, so this is linear.
 */
function computeSuccessors(steps: readonly Step[], actors: ReadonlyMap<Step, readonly Persona[]>): Map<Step, Successor[]> {
    const successors = new Map<Step, Successor[]>();
    const order = new Map<Step, number>(steps.map((step, index) => [step, index]));
    const nextOf = new Map<Persona, Step>();
    for (let index = steps.length - 1; index >= 0; index--) {
        const step = steps[index];
        const properties = stepProperties(step);
        const acting = actors.get(step)!;
        if (properties.transitions.length > 0) {
            const explicit: Successor[] = [];
            const seen = new Set<Step>();
            for (const transition of properties.transitions) {
                const target = transition.target?.ref;
                if (target && !seen.has(target)) {
                    seen.add(target);
                    explicit.push(transition.label !== undefined ? { step: target, label: transition.label, personas: acting } : { step: target, personas: acting });
                }
            }
            successors.set(step, explicit);
        } else if (properties.end) {
            successors.set(step, []);
        } else {
            const implicit = new Map<Step, Persona[]>();
            for (const persona of acting) {
                const next = nextOf.get(persona);
                if (next) {
                    implicit.set(next, [...(implicit.get(next) ?? []), persona]);
                }
            }
            successors.set(step, [...implicit].sort(([a], [b]) => order.get(a)! - order.get(b)!).map(([next, personas]) => ({ step: next, personas })));
        }
        for (const persona of acting) {
            nextOf.set(persona, step);
        }
    }
    return successors;
}

function reachableFrom(entries: Iterable<Step>, successors: ReadonlyMap<Step, readonly Successor[]>): Set<Step> {
    const reached = new Set<Step>();
    const queue = [...entries];
    for (const step of queue) {
        reached.add(step);
    }
    while (queue.length > 0) {
        const step = queue.pop()!;
        for (const successor of successors.get(step) ?? []) {
            if (!reached.has(successor.step)) {
                reached.add(successor.step);
                queue.push(successor.step);
            }
        }
    }
    return reached;
}
