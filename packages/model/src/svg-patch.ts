import { z } from 'zod';
import { isSvgGroup, partSvg, type SvgLeaf, type SvgPart, type SvgParts, SvgPartSchema } from './svg-parts.js';

/**
 * The changes that turn one drawing into another, by the renderer's part keys (never by reading
 * the SVG): the language server finds them (`diffSvgParts`), the extension applies them to the map
 * it holds (`applyPartChanges`) and hands them on to the webview as markup. A change carries the
 * part as the renderer cut it (a group keeps its children), so whoever applies it holds the same
 * parts as the server and the next changes fit.
 */

const PartKeySchema = z.string().min(1);

export const PartChangeSchema = z.discriminatedUnion('op', [
    /** The part of this key, changed. */
    z.strictObject({ op: z.literal('replace'), part: SvgPartSchema }),
    z.strictObject({ op: z.literal('remove'), key: PartKeySchema }),
    /** A new part, in the group `parent` (null: the root), before the part `before` (null: last). */
    z.strictObject({ op: z.literal('insert'), part: SvgPartSchema, parent: PartKeySchema.nullable(), before: PartKeySchema.nullable() })
]);
export type PartChange = z.infer<typeof PartChangeSchema>;

/** A change as markup, for whoever holds the drawing as elements (the webview): the part's whole element. */
export type MarkupChange =
    | { op: 'replace'; key: string; svg: string }
    | { op: 'remove'; key: string }
    | { op: 'insert'; key: string; svg: string; parent: string | null; before: string | null };

export function markupChange(change: PartChange): MarkupChange {
    switch (change.op) {
        case 'remove': return change;
        case 'replace': return { op: 'replace', key: change.part.key, svg: partSvg(change.part) };
        case 'insert': return { op: 'insert', key: change.part.key, svg: partSvg(change.part), parent: change.parent, before: change.before };
    }
}

/** The key a change is about. */
export function changedKey(change: PartChange): string {
    return change.op === 'remove' ? change.key : change.part.key;
}

/**
 * What changed from `before` to `after`. Undefined when only the whole map will do: the root
 * changed (its size, title or theme), parts that stay changed order, or so much changed that one
 * parse of the whole map costs the webview no more than the pieces.
 *
 * Changes come removes first, then replaces, then inserts (last first within a group, so the part
 * an insert goes before is already there): a part that moved between groups is never looked up twice.
 */
export function diffSvgParts(before: SvgParts, after: SvgParts): PartChange[] | undefined {
    if (before.head !== after.head || before.tail !== after.tail) return undefined;
    const changes: Changes = { remove: [], replace: [], insert: [] };
    if (!diffSiblings(before.parts, after.parts, null, changes)) return undefined;
    const all = [...changes.remove, ...changes.replace, ...changes.insert];
    return all.length * 3 > countParts(after.parts) ? undefined : all;
}

interface Changes {
    remove: PartChange[];
    replace: PartChange[];
    insert: PartChange[];
}

/** The children of one parent (null: the root); false when they cannot be changed one by one. */
function diffSiblings(before: readonly SvgPart[], after: readonly SvgPart[], parent: string | null, changes: Changes): boolean {
    const old = new Map(before.map((p) => [p.key, p]));
    const now = new Map(after.map((p) => [p.key, p]));
    if (old.size !== before.length || now.size !== after.length) return false;
    const keptBefore = before.filter((p) => now.has(p.key));
    const keptAfter = after.filter((p) => old.has(p.key));
    if (keptBefore.some((p, i) => p.key !== keptAfter[i]?.key)) return false;

    for (const p of before) if (!now.has(p.key)) changes.remove.push({ op: 'remove', key: p.key });
    for (const p of keptAfter) {
        const o = old.get(p.key) as SvgPart;
        if (isSvgGroup(o) && isSvgGroup(p) && o.head === p.head && o.tail === p.tail) {
            // A group whose own tag stayed: change its children, or else replace it whole.
            const inner: Changes = { remove: [], replace: [], insert: [] };
            if (diffSiblings(o.parts, p.parts, p.key, inner)) {
                changes.remove.push(...inner.remove);
                changes.replace.push(...inner.replace);
                changes.insert.push(...inner.insert);
                continue;
            }
        }
        if (!samePart(o, p)) changes.replace.push({ op: 'replace', part: p });
    }
    for (let i = after.length - 1; i >= 0; i--) {
        const p = after[i] as SvgPart;
        if (!old.has(p.key)) changes.insert.push({ op: 'insert', part: p, parent, before: after[i + 1]?.key ?? null });
    }
    return true;
}

function samePart(a: SvgPart, b: SvgPart): boolean {
    if (!isSvgGroup(a) || !isSvgGroup(b)) return !isSvgGroup(a) && !isSvgGroup(b) && a.svg === b.svg;
    return a.head === b.head && a.tail === b.tail && a.parts.length === b.parts.length
        && a.parts.every((leaf, i) => leaf.key === b.parts[i]?.key && leaf.svg === b.parts[i]?.svg);
}

function countParts(parts: readonly SvgPart[]): number {
    let n = 0;
    for (const p of parts) n += 1 + (isSvgGroup(p) ? p.parts.length : 0);
    return n;
}

/**
 * `parts` with `changes` applied in order, as a new drawing (`parts` is left as it is); undefined
 * when they do not fit it (a key it lacks, an insert beside a part of another group, a group
 * inside a group). Only the root's list and the groups a change touches are copied.
 */
export function applyPartChanges(parts: SvgParts, changes: readonly PartChange[]): SvgParts | undefined {
    const root = [...parts.parts];
    /** Each group's key → its position in `root`; each leaf of a group → its group's key. */
    const groupAt = new Map<string, number>();
    const groupOf = new Map<string, string>();
    const copied = new Set<string>();
    const index = () => {
        groupAt.clear();
        groupOf.clear();
        root.forEach((p, i) => {
            if (!isSvgGroup(p)) return;
            groupAt.set(p.key, i);
            for (const leaf of p.parts) groupOf.set(leaf.key, p.key);
        });
    };
    index();
    /** The children of a group, copied before the first change to them. */
    const children = (key: string): SvgLeaf[] => {
        const at = groupAt.get(key) as number;
        const group = root[at] as Extract<SvgPart, { parts: unknown }>;
        if (!copied.has(key)) {
            root[at] = { ...group, parts: [...group.parts] };
            copied.add(key);
        }
        return (root[at] as typeof group).parts;
    };
    const rootIndex = (key: string) => root.findIndex((p) => p.key === key);
    const has = (key: string) => groupOf.has(key) || rootIndex(key) >= 0;

    for (const change of changes) {
        if (change.op === 'insert') {
            const { part, parent, before } = change;
            if (has(part.key) || (isSvgGroup(part) && part.parts.some((leaf) => has(leaf.key)))) return undefined;
            if (parent === null) {
                const at = before === null ? root.length : rootIndex(before);
                if (at < 0) return undefined;
                root.splice(at, 0, part);
                index();
            } else {
                if (!groupAt.has(parent) || isSvgGroup(part) || (before !== null && groupOf.get(before) !== parent)) return undefined;
                const list = children(parent);
                list.splice(before === null ? list.length : list.findIndex((l) => l.key === before), 0, part);
                groupOf.set(part.key, parent);
            }
            continue;
        }
        const key = changedKey(change);
        const group = groupOf.get(key);
        if (group !== undefined) {
            const list = children(group);
            const at = list.findIndex((l) => l.key === key);
            if (change.op === 'remove') {
                list.splice(at, 1);
                groupOf.delete(key);
            } else {
                if (isSvgGroup(change.part)) return undefined;
                list[at] = change.part;
            }
            continue;
        }
        const at = rootIndex(key);
        if (at < 0) return undefined;
        if (change.op === 'remove') root.splice(at, 1);
        else root[at] = change.part;
        copied.delete(key);
        index();
    }
    return { head: parts.head, parts: root, tail: parts.tail };
}
