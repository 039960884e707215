import type { Journey, Persona, Step, Transition } from '../generated/ast.js';
import { feelingsOf, type StepFeelings } from './step-emotions.js';
import { allSteps, stepProperties } from './step-properties.js';

export interface Successor {
    readonly step: Step;
    /** The label of the arrow that leads there (the first such arrow, when several do). */
    readonly label: string | undefined;
    /** The share of that arrow, when it has one from 0 to 100%. */
    readonly share: number | undefined;
    /** The acting personas who take this successor, in the order of the step's actors. */
    readonly personas: readonly Persona[];
}

/**
 * The flow rules of the reference, computed once per journey and read by the flow checks, the
 * exported model, hovers and inlay hints alike: each persona follows its own path through the
 * shared map.
 */
export interface JourneyFlow {
    /** Steps in file order, across stages. */
    readonly steps: readonly Step[];
    /** The personas of `for` that resolve, without repeats. */
    readonly personas: readonly Persona[];
    /** The same personas as a set: every step's checks ask whether a persona is in the journey. */
    readonly inJourney: ReadonlySet<Persona>;
    /** The personas acting in each step: its `by` (those in `for`), or every persona of `for`. */
    readonly actors: ReadonlyMap<Step, readonly Persona[]>;
    /** Steps whose `by` is empty (mid-edit), or names something that does not resolve or is not in `for`: already reported, so later checks leave them alone. */
    readonly invalidActors: ReadonlySet<Step>;
    /** How each step's actors feel (feelingsOf): the no-emotion check, its quick fix, the hover and the exported model read it here. */
    readonly feelings: ReadonlyMap<Step, StepFeelings>;
    /** Each step's successors: arrows first in the order written, then default next steps in file order, without repeats; no entry for a step without any. */
    readonly successors: ReadonlyMap<Step, readonly Successor[]>;
    /** Who takes each arrow whose target resolves: the acting personas for whom it is a next step (none, when no actor takes it). */
    readonly takers: ReadonlyMap<Transition, readonly Persona[]>;
    /** Arrows whose target, or a name in whose `for`, does not resolve: already reported, and who goes where is unknown while they stand. */
    readonly unresolvedArrows: readonly Transition[];
    /** Each persona's first step. */
    readonly entries: ReadonlyMap<Persona, Step>;
    /** Steps that some persona's path reaches. */
    readonly reachable: ReadonlySet<Step>;
}

/** How a step's actors feel, as its journey's flow computed it; asked of a step of another journey, it computes the answer. */
export function stepFeelings(flow: JourneyFlow, step: Step): StepFeelings {
    return flow.feelings.get(step) ?? feelingsOf(step, flow.actors.get(step) ?? []);
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
    const { actors, invalidActors } = computeActors(steps, personas, inJourney);
    const feelings = new Map<Step, StepFeelings>();
    for (const step of steps) {
        feelings.set(step, feelingsOf(step, actors.get(step)!));
    }
    const unresolvedArrows: Transition[] = [];
    for (const step of steps) {
        // A loop, not flatMap: most steps have no arrow, and flatMap was slow over 12,000 empty lists.
        for (const arrow of stepProperties(step).transitions) {
            if (isUnresolved(arrow)) {
                unresolvedArrows.push(arrow);
            }
        }
    }
    const { successors, takers } = computeSuccessors(steps, actors);
    const entries = new Map<Persona, Step>();
    for (const step of steps) {
        for (const persona of actors.get(step)!) {
            if (!entries.has(persona)) {
                entries.set(persona, step);
            }
        }
    }
    const reachable = reachableFrom(entries, successors);
    return { steps, personas, inJourney, actors, invalidActors, feelings, successors, takers, unresolvedArrows, entries, reachable };
}

function computeActors(steps: readonly Step[], personas: readonly Persona[], inJourney: ReadonlySet<Persona>): {
    actors: Map<Step, Persona[]>; invalidActors: Set<Step>;
} {
    const actors = new Map<Step, Persona[]>();
    const invalidActors = new Set<Step>();
    for (const step of steps) {
        const by = stepProperties(step).by;
        if (by.length === 0) {
            actors.set(step, [...personas]);
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
    return { actors, invalidActors };
}

function isUnresolved(arrow: Transition): boolean {
    return !arrow.target?.ref || arrow.personas.some(reference => !reference.ref);
}

/** The personas an arrow's `for` names, or undefined when it has no `for` (or one whose names are still being typed). */
function namedBy(arrow: Transition): Set<Persona> | undefined {
    if (arrow.personas.length === 0) {
        return undefined;
    }
    const named = new Set<Persona>();
    for (const reference of arrow.personas) {
        if (reference.ref) {
            named.add(reference.ref);
        }
    }
    return named;
}

/**
 * At a step, a persona takes the arrows that name it, else the arrows that name no one, else
 * (unless the step is an `end`) its default next step: the next later step it acts in. Walking
 * the steps backwards keeps "the next step of each persona" in a map, so this is linear.
 */
function computeSuccessors(steps: readonly Step[], actors: ReadonlyMap<Step, readonly Persona[]>): {
    successors: Map<Step, Successor[]>; takers: Map<Transition, Persona[]>;
} {
    const successors = new Map<Step, Successor[]>();
    const takers = new Map<Transition, Persona[]>();
    const order = new Map<Step, number>(steps.map((step, index) => [step, index]));
    const nextOf = new Map<Persona, Step>();
    for (let index = steps.length - 1; index >= 0; index--) {
        const step = steps[index];
        const properties = stepProperties(step);
        const acting = actors.get(step)!;
        if (properties.transitions.length === 0) {
            // Most steps have no arrow: each actor goes to its own next step.
            if (!properties.end) {
                setSuccessors(successors, step, defaultSuccessors(acting, nextOf, order));
            }
            for (const persona of acting) {
                nextOf.set(persona, step);
            }
            continue;
        }
        // An arrow whose target does not resolve is left out of the flow, as if it were not written.
        const arrows = properties.transitions.filter(arrow => arrow.target?.ref !== undefined);
        const named = new Map(arrows.map(arrow => [arrow, namedBy(arrow)]));
        const forEveryone = arrows.filter(arrow => named.get(arrow) === undefined);
        arrows.forEach(arrow => takers.set(arrow, []));
        const untaken: Persona[] = [];
        for (const persona of acting) {
            const own = arrows.filter(arrow => named.get(arrow)?.has(persona));
            const taken = own.length > 0 ? own : forEveryone;
            if (taken.length > 0) {
                taken.forEach(arrow => takers.get(arrow)!.push(persona));
            } else {
                untaken.push(persona);
            }
        }
        const defaults = properties.end ? [] : defaultSuccessors(untaken, nextOf, order);
        setSuccessors(successors, step, mergeSuccessors(arrows, takers, defaults, acting));
        for (const persona of acting) {
            nextOf.set(persona, step);
        }
    }
    return { successors, takers };
}

/*
 * A step without successors (an end, or the last step of its actors) has no entry. So every list
 * in the map holds successors, and the code that reads them (the export of every step) sees lists
 * of one kind: V8 had thrown away the export's optimised code at the first empty one of a large map.
 */
function setSuccessors(successors: Map<Step, Successor[]>, step: Step, list: Successor[]): void {
    if (list.length > 0) {
        successors.set(step, list);
    }
}

/**
 * The default next steps of the given actors (those who take no arrow): each one's next step, in
 * file order, with its personas in the step's order. A step has a few actors: small arrays, not
 * maps, on maps of 10,000 steps.
 */
function defaultSuccessors(acting: readonly Persona[], nextOf: ReadonlyMap<Persona, Step>, order: ReadonlyMap<Step, number>): Successor[] {
    const gathered: GatheredSuccessor[] = [];
    for (const persona of acting) {
        const next = nextOf.get(persona);
        if (!next) continue;
        const known = gathered.find(successor => successor.step === next);
        if (known) known.personas.push(persona);
        else gathered.push(successorOf(next, undefined, undefined, [persona]));
    }
    if (gathered.length > 1) gathered.sort((a, b) => order.get(a.step)! - order.get(b.step)!);
    return gathered;
}

/** Arrows in the order written, then default next steps in file order; one successor per step, with everyone who goes there. */
function mergeSuccessors(arrows: readonly Transition[], takers: ReadonlyMap<Transition, readonly Persona[]>, defaults: readonly Successor[],
    acting: readonly Persona[]): Successor[] {
    const merged = new Map<Step, { label: string | undefined; share: number | undefined; personas: Set<Persona> }>();
    const add = (step: Step, personas: readonly Persona[], arrow?: Transition) => {
        const existing = merged.get(step);
        if (existing) {
            personas.forEach(persona => existing.personas.add(persona));
            return;
        }
        const share = arrow?.share !== undefined && isShareInRange(arrow.share) ? arrow.share : undefined;
        merged.set(step, { label: arrow?.label, share, personas: new Set(personas) });
    };
    for (const arrow of arrows) {
        const personas = takers.get(arrow)!;
        if (personas.length > 0) {
            add(arrow.target.ref!, personas, arrow);
        }
    }
    defaults.forEach(successor => add(successor.step, successor.personas));
    return [...merged].map(([step, { label, share, personas }]) => successorOf(step, label, share, acting.filter(persona => personas.has(persona))));
}

/*
 * Every successor has the same four keys, a missing label or share undefined: successors of one
 * shape keep the code that reads them (the export of every step) monomorphic. Successors of two
 * shapes (a default one, and an arrow's spread) made V8 throw away the export's optimised code at
 * the first arrow with a share of a large map.
 */
function successorOf(step: Step, label: string | undefined, share: number | undefined, personas: Persona[]): GatheredSuccessor {
    return { step, label, share, personas };
}

/** A successor whose personas are still being gathered. */
interface GatheredSuccessor extends Successor {
    readonly personas: Persona[];
}

/** A share of the customers at a step: from 0 to 100%. */
export function isShareInRange(share: number): boolean {
    return share >= 0 && share <= 100;
}

/**
 * Each persona's path: from its entry step, along its own next steps. A path that an arrow leads
 * into a step where its persona does not act ends there (the persona takes nothing from it).
 */
function reachableFrom(entries: ReadonlyMap<Persona, Step>, successors: ReadonlyMap<Step, readonly Successor[]>): Set<Step> {
    const reached = new Set<Step>();
    for (const [persona, entry] of entries) {
        const seen = new Set<Step>([entry]);
        const queue = [entry];
        while (queue.length > 0) {
            const step = queue.pop()!;
            reached.add(step);
            for (const successor of successors.get(step) ?? []) {
                if (!seen.has(successor.step) && successor.personas.includes(persona)) {
                    seen.add(successor.step);
                    queue.push(successor.step);
                }
            }
        }
    }
    return reached;
}
