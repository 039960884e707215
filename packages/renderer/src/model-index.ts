import { metricsAreGoals, type JourneyModel } from '@journey-maps/model';
import { personaOrder } from './persona-order.js';
import { styleAt, type PersonaStyle } from './persona-style.js';

/** Lookups by id that lanes, placement and drawing share (built once per render). */
export interface ModelIndex {
    /** Place of each persona in the persona order (persona-order.ts), which picks its style. */
    personaIndex: Map<string, number>;
    personaLabel: Map<string, string>;
    channels: Map<string, JourneyModel['channels'][number]>;
    touchpoints: Map<string, JourneyModel['touchpoints'][number]>;
    teams: Map<string, string>;
    metrics: Map<string, JourneyModel['metrics'][number]>;
    /** Its metrics are goals, with today's value beside them (a future-state map). */
    metricsAreGoals: boolean;
}

export function indexModel(model: JourneyModel): ModelIndex {
    return {
        personaIndex: new Map(personaOrder(model).map((id, i) => [id, i])),
        personaLabel: new Map(model.personas.map((p) => [p.id, p.label])),
        channels: new Map(model.channels.map((c) => [c.id, c])),
        touchpoints: new Map(model.touchpoints.map((t) => [t.id, t])),
        teams: new Map(model.teams.map((t) => [t.id, t.label])),
        metrics: new Map(model.metrics.map((m) => [m.id, m])),
        metricsAreGoals: metricsAreGoals(model.journey.kind)
    };
}

/** How a persona is drawn (colour, dash, marker): by its place in the persona order. */
export function personaStyle(ix: ModelIndex, id: string): PersonaStyle {
    return styleAt(ix.personaIndex.get(id) ?? 0);
}
