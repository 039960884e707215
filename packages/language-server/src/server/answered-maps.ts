import { randomUUID } from 'node:crypto';
import { fieldDigests, mapChanges, type DrawnMap, type FieldDigests, type RenderMapResult } from '@journey-maps/model';

/** A map as drawn, before it is named: what the map answer hands over. */
export type UnnamedMap = Omit<DrawnMap, 'mapId'>;

interface Answered {
    mapId: string;
    map: DrawnMap;
    digests: FieldDigests;
}

/**
 * The maps the server answered lately for each document, by name (`mapId`), so that a client that
 * says which one it holds (`base`) is sent only what changed since it. A few per document, not
 * one: a client keeps the last answer it used, which is older than the last one sent when it
 * dropped an answer for a newer edit. A base the server no longer has (or had before it
 * restarted: the names carry this process's own prefix) gets the whole map.
 */
export class AnsweredMaps {
    private readonly byUri = new Map<string, Answered[]>();
    private readonly prefix = randomUUID().slice(0, 8);
    private count = 0;

    constructor(private readonly keep = 4) {}

    answer(drawn: UnnamedMap, base: string | undefined): RenderMapResult {
        const mapId = `${this.prefix}.${++this.count}`;
        const map: DrawnMap = { ...drawn, mapId };
        const now: Answered = { mapId, map, digests: fieldDigests(map) };
        const recent = this.byUri.get(map.uri) ?? [];
        const held = base === undefined ? undefined : recent.find((a) => a.mapId === base);
        this.byUri.set(map.uri, [...recent, now].slice(-this.keep));
        return (held && mapChanges(held, now)) ?? map;
    }

    /** The document closed: its client holds no map of it any more. */
    forget(uri: string): void {
        this.byUri.delete(uri);
    }
}
