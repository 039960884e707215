import type { JourneyModel } from '@journey-maps/model';

/**
 * The one decision on persona order: the journey's `for` list as written, then the other declared
 * personas. It fixes each persona's colour, the legend and the preview's persona filter, so the
 * three always agree.
 */
export function personaOrder(model: JourneyModel): string[] {
    const order = new Set(model.journey.personas);
    for (const p of model.personas) order.add(p.id);
    return [...order];
}

/**
 * The personas a map follows, in that order: those of `for` (the language requires at least one);
 * every declared persona for a model without any.
 */
export function mapPersonas(model: JourneyModel): { id: string; label: string }[] {
    const label = new Map(model.personas.map((p) => [p.id, p.label]));
    const inJourney = new Set(model.journey.personas);
    const ids = personaOrder(model).filter((id) => inJourney.size === 0 || inJourney.has(id));
    return ids.map((id) => ({ id, label: label.get(id) ?? id }));
}

/** "Anna, 34, opens…" → "Anna": the part of a persona label before its first comma, as the map names her in tight places. */
export function shortName(label: string): string {
    const i = label.indexOf(',');
    return (i > 0 ? label.slice(0, i) : label).trim() || label;
}
