import type { DrawnMap, MapChanges, MapFields } from './preview-protocol.js';
import { applyPartChanges, diffSvgParts } from './svg-patch.js';

/**
 * A map as what changed since another one, for journey/renderMap's answer to a client that holds
 * an earlier map of the document: the server finds the changes (`mapChanges`), the client puts the
 * whole map back together (`applyMapChanges`). A one-letter edit of a 200-step map changes one of
 * its 450 parts, and sending the other 700 KB each keystroke was most of the request's cost.
 */

const FIELDS = ['journeyId', 'title', 'sourceMap', 'personas', 'lanes', 'insights', 'warnings'] as const satisfies readonly (keyof MapFields)[];
type FieldName = (typeof FIELDS)[number];

/** Each field of a map as JSON, kept with a map the server answered so the next one is compared once. */
export type FieldDigests = Record<FieldName, string>;

export function fieldDigests(map: DrawnMap): FieldDigests {
    const out = {} as FieldDigests;
    for (const field of FIELDS) out[field] = JSON.stringify(map[field] ?? null);
    return out;
}

/** `after` as changes since `before` (named `base`); undefined when only the whole map will do. */
export function mapChanges(
    before: { mapId: string; map: DrawnMap; digests: FieldDigests },
    after: { mapId: string; map: DrawnMap; digests: FieldDigests }
): MapChanges | undefined {
    const parts = diffSvgParts(before.map.parts, after.map.parts);
    if (!parts) return undefined;
    const fields: MapChanges['fields'] = {};
    for (const field of FIELDS) {
        if (before.digests[field] === after.digests[field]) continue;
        if (field === 'insights') fields.insights = after.map.insights ?? null;
        else Object.assign(fields, { [field]: after.map[field] });
    }
    return { status: 'changes', uri: after.map.uri, version: after.map.version, mapId: after.mapId, base: before.mapId, parts, fields };
}

/** The whole map that `changes` describe, from the map `held` they were made against; undefined when they do not fit it. */
export function applyMapChanges(held: DrawnMap, changes: MapChanges): DrawnMap | undefined {
    if (held.mapId !== changes.base || held.uri !== changes.uri) return undefined;
    const parts = applyPartChanges(held.parts, changes.parts);
    if (!parts) return undefined;
    const { insights, ...fields } = changes.fields;
    const map: DrawnMap = { ...held, ...fields, uri: changes.uri, version: changes.version, mapId: changes.mapId, parts };
    if (insights === null) delete map.insights;
    else if (insights !== undefined) map.insights = insights;
    return map;
}
