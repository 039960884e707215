import type { JourneyModel } from '@journey-maps/model';
import { personaOrder } from './persona-order.js';
import { PERSONA_COLOURS } from './theme.css.js';

/** Lookups by id that lanes, placement and drawing share (built once per render). */
export interface ModelIndex {
    /** Colour index of each persona (see persona-order.ts). */
    personaIndex: Map<string, number>;
    personaLabel: Map<string, string>;
    channels: Map<string, JourneyModel['channels'][number]>;
    touchpoints: Map<string, JourneyModel['touchpoints'][number]>;
    teams: Map<string, string>;
    metrics: Map<string, JourneyModel['metrics'][number]>;
    /** A future-state map's metrics are goals, with today's value beside them. */
    future: boolean;
}

export function indexModel(model: JourneyModel): ModelIndex {
    return {
        personaIndex: new Map(personaOrder(model).map((id, i) => [id, i])),
        personaLabel: new Map(model.personas.map((p) => [p.id, p.label])),
        channels: new Map(model.channels.map((c) => [c.id, c])),
        touchpoints: new Map(model.touchpoints.map((t) => [t.id, t])),
        teams: new Map(model.teams.map((t) => [t.id, t.label])),
        metrics: new Map(model.metrics.map((m) => [m.id, m])),
        future: model.journey.kind === 'future'
    };
}

/** The colour (`jm-pf<n>`, `jm-ps<n>`) of a persona: its place in the persona order, round the palette. */
export function personaColour(ix: ModelIndex, id: string): number {
    return (ix.personaIndex.get(id) ?? 0) % PERSONA_COLOURS;
}
