import { OVERLAP_KINDS, type Drawn, type Overlap, type OverlapKind } from './overlap-geometry.js';

/**
 * The overlaps the drawing still has, as a checked-in list (known-overlaps.json), so that the
 * overlap test fails on a new one and on one that is gone (remove it from the list): the list
 * only shrinks, to empty. Entries name the map and the two things, not positions, so a layout
 * that moves them a little keeps its entries.
 */

export interface KnownOverlap {
    kind: OverlapKind;
    text: string;
    other: string;
}

export type KnownOverlaps = Record<string, KnownOverlap[]>;

/** How an element is named in the list and in messages: `step:fill "Fills in the application"`, `dot step:fill/anna`. */
export function describeDrawn(d: Drawn): string {
    if (d.kind === 'text') return `${d.id} "${d.text.length > 60 ? `${d.text.slice(0, 59)}…` : d.text}"`;
    return `${d.kind} ${d.id}`;
}

export function toKnown(o: Overlap): KnownOverlap {
    const text = describeDrawn(o.text);
    const other = describeDrawn(o.other);
    // Two texts are one overlap whichever is found first.
    if (o.kind === 'text-text' && other < text) return { kind: o.kind, text: other, other: text };
    return { kind: o.kind, text, other };
}

const keyOf = (k: KnownOverlap) => `${k.kind} | ${k.text} | ${k.other}`;

export interface Comparison {
    /** Found and not on the list: the drawing got worse. */
    added: Overlap[];
    /** On the list and no longer found: fixed, so the entry goes. */
    fixed: KnownOverlap[];
}

/** Matches found overlaps with a map's list entries, as multisets (the same pair may collide twice). */
export function compareWithKnown(found: readonly Overlap[], known: readonly KnownOverlap[]): Comparison {
    const left = new Map<string, KnownOverlap[]>();
    for (const k of known) left.set(keyOf(k), [...(left.get(keyOf(k)) ?? []), k]);
    const added: Overlap[] = [];
    for (const o of found) {
        const entries = left.get(keyOf(toKnown(o)));
        if (entries && entries.length > 0) entries.pop();
        else added.push(o);
    }
    return { added, fixed: [...left.values()].flat() };
}

const at = (o: Overlap) => `at x ${Math.round(o.at.x)}, y ${Math.round(o.at.y)} (${Math.round(o.at.width)} × ${Math.round(o.at.height)}), ${o.depth.toFixed(1)} deep`;

/** What the test prints when a map's overlaps and its list differ; empty when they agree. */
export function formatComparison(map: string, c: Comparison): string {
    const lines: string[] = [];
    if (c.added.length > 0) {
        lines.push(`${map}: ${c.added.length} new overlap${c.added.length === 1 ? '' : 's'} (fix the drawing; the list only shrinks):`);
        for (const o of c.added) lines.push(`  + ${o.kind}: ${describeDrawn(o.text)} × ${describeDrawn(o.other)} ${at(o)}`);
    }
    if (c.fixed.length > 0) {
        lines.push(`${map}: ${c.fixed.length} overlap${c.fixed.length === 1 ? ' is' : 's are'} fixed: remove ${c.fixed.length === 1 ? 'it' : 'them'} from known-overlaps.json:`);
        for (const k of c.fixed) lines.push(`  - ${k.kind}: ${k.text} × ${k.other}`);
    }
    return lines.join('\n');
}

/** Count per kind, for the summary table. */
export function countByKind(found: readonly Overlap[]): Record<OverlapKind, number> {
    const counts = Object.fromEntries(OVERLAP_KINDS.map((k) => [k, 0])) as Record<OverlapKind, number>;
    for (const o of found) counts[o.kind]++;
    return counts;
}

/** The list as it is checked in: maps in order, entries sorted, one entry per line. */
export function serialiseKnown(known: KnownOverlaps): string {
    const maps = Object.keys(known).sort().filter((m) => (known[m] ?? []).length > 0);
    if (maps.length === 0) return '{}\n';
    const body = maps.map((m) => {
        const entries = [...known[m]!].sort((a, b) => keyOf(a).localeCompare(keyOf(b))).map((e) => `    ${JSON.stringify(e)}`);
        return `  ${JSON.stringify(m)}: [\n${entries.join(',\n')}\n  ]`;
    });
    return `{\n${body.join(',\n')}\n}\n`;
}
