import { chunkSvg, leafElements, type SvgChange } from './svg-chunks.js';
import { parseSvgInert } from './svg-insert.js';

const SVG_OPEN = '<svg xmlns="http://www.w3.org/2000/svg">';

/** The elements a later patch may replace, by piece index; undefined when the map cannot be patched. */
export function patchTargets(markup: string, root: Element, sanitizerRemoved: number): Map<number, Element> | undefined {
    // If the sanitizer took anything out, the DOM no longer mirrors the markup piece for piece.
    const chunks = sanitizerRemoved === 0 ? chunkSvg(markup) : undefined;
    return chunks ? leafElements(root, chunks) : undefined;
}

/**
 * Replaces the changed pieces in place, each parsed and sanitized like a whole map. Returns false,
 * having changed nothing, when any piece does not fit; the caller then asks for the whole map.
 */
export function applyPatch(targets: Map<number, Element>, changes: readonly SvgChange[], doc: Document, nonce: string): boolean {
    const replacements: Array<[number, Element, Element]> = [];
    for (const change of changes) {
        const target = targets.get(change.index);
        if (!target) return false;
        let parsed;
        try {
            parsed = parseSvgInert(`${SVG_OPEN}${change.markup}</svg>`, doc);
        } catch {
            return false;
        }
        const element = parsed.root.firstElementChild;
        if (!element || parsed.root.childElementCount !== 1 || parsed.removed > 0 || parsed.inlineStyles.length > 0) return false;
        replacements.push([change.index, target, element]);
    }
    for (const [index, target, element] of replacements) {
        const adopted = doc.adoptNode(element);
        if (adopted.localName === 'style') adopted.setAttribute('nonce', nonce);
        target.replaceWith(adopted);
        targets.set(index, adopted);
    }
    return true;
}
