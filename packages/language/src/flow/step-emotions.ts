import type { Emotion, Persona, Step } from '../generated/ast.js';
import { stepProperties } from './step-properties.js';

/** How the acting personas of a step feel, as the reference counts it. */
export interface StepFeelings {
    /** For each acting persona that has an emotion, the one that counts: its own, else the step's general one (the first of each, later ones are duplicates). */
    readonly felt: ReadonlyMap<Persona, Emotion>;
    /** The acting personas with no emotion, in the order of the actors. */
    readonly missing: readonly Persona[];
    /** Some emotion names a persona that does not resolve: whom it was meant for is unknown, so "missing" is not a verdict. */
    readonly uncertain: boolean;
}

/**
 * The one place that decides which actors of a step have an emotion. The journey's flow asks it
 * once per step (JourneyFlow.feelings), and the no-emotion check, its quick fix, the hover and the
 * exported model read that answer: a report used to compute it again, a Map per step, after the
 * check. A per-persona `emotion anna -1` overrides the step's general `emotion -2` for Anna; a
 * value out of range still counts as given (its range error is the one diagnostic).
 */
export function feelingsOf(step: Step, actors: readonly Persona[]): StepFeelings {
    const emotions = stepProperties(step).emotions;
    let general: Emotion | undefined;
    // Made only for a step with a per-persona emotion: the flow asks this of every step, and most have only a general one.
    let own: Map<Persona, Emotion> | undefined;
    let uncertain = false;
    for (let i = 0; i < emotions.length; i++) {
        const emotion = emotions[i];
        const persona = emotion.persona?.ref;
        if (!emotion.persona) {
            general ??= emotion;
        } else if (!persona) {
            uncertain = true;
        } else if (!own?.has(persona)) {
            (own ??= new Map()).set(persona, emotion);
        }
    }
    const felt = new Map<Persona, Emotion>();
    let missing: Persona[] | undefined;
    for (let i = 0; i < actors.length; i++) {
        const persona = actors[i];
        const emotion = own?.get(persona) ?? general;
        if (emotion) {
            felt.set(persona, emotion);
        } else {
            (missing ??= []).push(persona);
        }
    }
    return { felt, missing: missing ?? nobody, uncertain };
}

/** The `missing` of every step whose actors all have an emotion: the flow keeps one answer per step. */
const nobody: readonly Persona[] = Object.freeze([]);
