import { isSvgGroup, partSvg, type SvgPart, type SvgParts } from '@journey-maps/model';
import type { PatchOp } from './protocol.js';

/**
 * What the webview must change to turn the drawing it shows into the new one, found by comparing
 * the renderer's parts by key (never by reading the SVG): the parts whose markup changed, the ones
 * that are new and the ones that are gone. Undefined when only the whole map will do: the root
 * changed (its size, title or theme), parts that stay changed order, or so much changed that one
 * parse of the whole map costs no more than the pieces.
 *
 * Ops come removes first, then replaces, then inserts (last first within a group, so the part an
 * insert goes before is already there): a part that moved between groups is never looked up twice.
 */
export function diffSvgParts(before: SvgParts, after: SvgParts): PatchOp[] | undefined {
    if (before.head !== after.head || before.tail !== after.tail) return undefined;
    const ops: Ops = { remove: [], replace: [], insert: [] };
    if (!diffSiblings(before.parts, after.parts, null, ops)) return undefined;
    const all = [...ops.remove, ...ops.replace, ...ops.insert];
    return all.length * 3 > countParts(after.parts) ? undefined : all;
}

interface Ops {
    remove: PatchOp[];
    replace: PatchOp[];
    insert: PatchOp[];
}

/** The children of one parent (null: the root); false when they cannot be patched one by one. */
function diffSiblings(before: readonly SvgPart[], after: readonly SvgPart[], parent: string | null, ops: Ops): boolean {
    const old = new Map(before.map((p) => [p.key, p]));
    const now = new Map(after.map((p) => [p.key, p]));
    if (old.size !== before.length || now.size !== after.length) return false;
    const keptBefore = before.filter((p) => now.has(p.key));
    const keptAfter = after.filter((p) => old.has(p.key));
    if (keptBefore.some((p, i) => p.key !== keptAfter[i]?.key)) return false;

    for (const p of before) if (!now.has(p.key)) ops.remove.push({ op: 'remove', key: p.key });
    for (const p of keptAfter) {
        const o = old.get(p.key) as SvgPart;
        if (isSvgGroup(o) && isSvgGroup(p) && o.head === p.head && o.tail === p.tail) {
            // A group whose own tag stayed: patch its children, or else replace it whole.
            const inner: Ops = { remove: [], replace: [], insert: [] };
            if (diffSiblings(o.parts, p.parts, p.key, inner)) {
                ops.remove.push(...inner.remove);
                ops.replace.push(...inner.replace);
                ops.insert.push(...inner.insert);
                continue;
            }
        }
        const svg = partSvg(p);
        if (svg !== partSvg(o)) ops.replace.push({ op: 'replace', key: p.key, svg });
    }
    for (let i = after.length - 1; i >= 0; i--) {
        const p = after[i] as SvgPart;
        if (!old.has(p.key)) ops.insert.push({ op: 'insert', key: p.key, svg: partSvg(p), parent, before: after[i + 1]?.key ?? null });
    }
    return true;
}

function countParts(parts: readonly SvgPart[]): number {
    let n = 0;
    for (const p of parts) n += 1 + (isSvgGroup(p) ? p.parts.length : 0);
    return n;
}
