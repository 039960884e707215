import { z } from 'zod';

/**
 * A drawn map as the renderer hands it over: the SVG cut into keyed parts, so that whoever holds
 * an older drawing can tell, by key, which elements an edit changed, added or removed, without
 * ever parsing the markup. The renderer is the one authority on where an element begins and ends.
 *
 * `head` + every part + `tail` is the whole SVG, byte for byte (`joinSvgParts`). A part is one
 * element whose root carries `data-key="<key>"`; keys are unique in a map. A group is an element
 * (`head` its open tag, `tail` its close tag) whose children are all keyed leaves, so a lane row
 * can be patched item by item. Two levels are enough for the map and keep the comparison simple.
 */

export const SvgLeafSchema = z.strictObject({
    key: z.string().min(1),
    /** The whole element, its root tagged with `data-key`. */
    svg: z.string()
});

export const SvgGroupSchema = z.strictObject({
    key: z.string().min(1),
    /** The group's open tag (tagged with `data-key`). */
    head: z.string(),
    parts: z.array(SvgLeafSchema),
    /** The group's close tag. */
    tail: z.string()
});

export const SvgPartSchema = z.union([SvgLeafSchema, SvgGroupSchema]);

export const SvgPartsSchema = z.strictObject({
    /** The root's open tag and what precedes the first part (title, stylesheet, background). */
    head: z.string(),
    parts: z.array(SvgPartSchema),
    /** The root's close tag. */
    tail: z.string()
});

export type SvgLeaf = z.infer<typeof SvgLeafSchema>;
export type SvgGroup = z.infer<typeof SvgGroupSchema>;
export type SvgPart = z.infer<typeof SvgPartSchema>;
export type SvgParts = z.infer<typeof SvgPartsSchema>;

export function isSvgGroup(part: SvgPart): part is SvgGroup {
    return 'parts' in part;
}

/** The markup of one part: a leaf as it is, a group with its children. */
export function partSvg(part: SvgPart): string {
    if (!isSvgGroup(part)) return part.svg;
    let out = part.head;
    for (const leaf of part.parts) out += leaf.svg;
    return out + part.tail;
}

/** The whole SVG document. */
export function joinSvgParts(drawing: SvgParts): string {
    let out = drawing.head;
    for (const part of drawing.parts) out += partSvg(part);
    return out + drawing.tail;
}

/**
 * Key prefixes of the parts that draw the comparison with a baseline or a previous version, so
 * their keys never meet the map's own (a stage's removed note beside the stage).
 */
export const BaselinePartPrefix = {
    curve: 'baseline:',
    added: 'new:',
    removed: 'removed:',
    changed: 'changed:'
} as const;
