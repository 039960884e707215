/**
 * A map's SVG cut where the preview can patch it in place: the root's open and close tags, each
 * top-level element (a group's open and close tags apart), and each child of a top-level group.
 * A label edit changes a few of these leaf pieces, so the host sends only those to the webview
 * instead of the whole map, and the webview re-parses only them. Written for the renderer's
 * output, where text and attribute values never hold a raw `<` or `>`; anything else (comments,
 * text between elements) is "not chunkable" and goes the full way.
 */

export interface SvgChunks {
    readonly chunks: readonly string[];
    /** Whether each chunk is a whole element (patchable), rather than an open or close tag. */
    readonly leaf: readonly boolean[];
}

export interface SvgChange {
    readonly index: number;
    readonly markup: string;
}

export function chunkSvg(svg: string): SvgChunks | undefined {
    const chunks: string[] = [];
    const leaf: boolean[] = [];
    const push = (text: string, isLeaf: boolean): void => {
        chunks.push(text);
        leaf.push(isLeaf);
    };
    if (!svg.startsWith('<svg')) return undefined;
    let end = tagEnd(svg, 0);
    if (end === undefined || svg[end - 2] === '/') return undefined;
    push(svg.slice(0, end), false);
    let pos = end;
    for (;;) {
        const lt = nextTag(svg, pos);
        if (lt === undefined) return undefined;
        if (svg.startsWith('</', lt)) {
            // The root's close: the last chunk, trailing whitespace included.
            if (svg.slice(tagEnd(svg, lt) ?? svg.length).trim()) return undefined;
            push(svg.slice(lt), false);
            return { chunks, leaf };
        }
        end = tagEnd(svg, lt);
        if (end === undefined) return undefined;
        const selfClosing = svg[end - 2] === '/';
        const next = selfClosing ? undefined : nextTag(svg, end, true);
        if (selfClosing || (next !== undefined && svg.startsWith('</', next))) {
            // A top-level element without element children: one leaf.
            const close = elementEnd(svg, lt);
            if (close === undefined) return undefined;
            push(svg.slice(lt, close), true);
            pos = close;
            continue;
        }
        push(svg.slice(lt, end), false);
        pos = end;
        for (;;) {
            const child = nextTag(svg, pos);
            if (child === undefined) return undefined;
            if (svg.startsWith('</', child)) {
                const groupEnd = tagEnd(svg, child);
                if (groupEnd === undefined) return undefined;
                push(svg.slice(child, groupEnd), false);
                pos = groupEnd;
                break;
            }
            const close = elementEnd(svg, child);
            if (close === undefined) return undefined;
            push(svg.slice(child, close), true);
            pos = close;
        }
    }
}

/** The leaf chunks that differ, or undefined when the structure changed and only a full render will do. */
export function diffSvgChunks(before: SvgChunks, after: SvgChunks): SvgChange[] | undefined {
    if (before.chunks.length !== after.chunks.length) return undefined;
    const changes: SvgChange[] = [];
    for (let i = 0; i < after.chunks.length; i++) {
        if (before.chunks[i] === after.chunks[i]) continue;
        if (!before.leaf[i] || !after.leaf[i]) return undefined;
        changes.push({ index: i, markup: after.chunks[i] });
    }
    // Past a third of the map, one parse of the whole is no slower than many small ones.
    return changes.length * 3 > after.chunks.length ? undefined : changes;
}

/**
 * The elements of a parsed map that stand for its leaf chunks, by chunk index: the same cut made
 * on the DOM (element children only). Undefined when the two cannot agree.
 */
export function leafElements(root: Element, chunks: SvgChunks): Map<number, Element> | undefined {
    const elements = new Map<number, Element>();
    let index = 1;
    for (const top of elementChildren(root)) {
        const children = elementChildren(top);
        if (children.length > 0) {
            index++;
            for (const child of children) elements.set(index++, child);
            index++;
        } else {
            elements.set(index++, top);
        }
    }
    if (index + 1 !== chunks.chunks.length) return undefined;
    for (const i of elements.keys()) if (!chunks.leaf[i]) return undefined;
    return elements;
}

/** Element children through childNodes: the XML DOM of the tests lacks `children`. */
function elementChildren(node: Element): Element[] {
    const elements: Element[] = [];
    for (let i = 0; i < node.childNodes.length; i++) {
        const child = node.childNodes[i];
        if (child.nodeType === 1) elements.push(child as Element);
    }
    return elements;
}

/** Index just past the `>` of the tag starting at `lt`. */
function tagEnd(svg: string, lt: number): number | undefined {
    const gt = svg.indexOf('>', lt);
    return gt < 0 ? undefined : gt + 1;
}

/** The next tag from `pos`; undefined if non-blank text comes first (unless `textAllowed`) or a comment or declaration does. */
function nextTag(svg: string, pos: number, textAllowed = false): number | undefined {
    const lt = svg.indexOf('<', pos);
    if (lt < 0 || (!textAllowed && svg.slice(pos, lt).trim()) || svg[lt + 1] === '!' || svg[lt + 1] === '?') return undefined;
    return lt;
}

/** Index just past the close of the element that opens at `lt`. */
function elementEnd(svg: string, lt: number): number | undefined {
    let depth = 0;
    let pos = lt;
    for (;;) {
        const open = svg.indexOf('<', pos);
        if (open < 0 || svg[open + 1] === '!' || svg[open + 1] === '?') return undefined;
        const end = tagEnd(svg, open);
        if (end === undefined) return undefined;
        if (svg[open + 1] === '/') depth--;
        else if (svg[end - 2] !== '/') depth++;
        pos = end;
        if (depth === 0) return end;
    }
}
