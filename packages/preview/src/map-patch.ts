import type { PatchOp } from './protocol.js';
import { parseSvgInert } from './svg-insert.js';

/**
 * Patches the shown map in place from the renderer's keyed parts: every part's root element
 * carries `data-key`, so the webview finds what to replace, remove or insert beside by key, and
 * parses only the changed parts. A patch applies whole or not at all: it is checked against the
 * keys the map holds before anything changes, and one that does not fit leaves the map as it was
 * (the caller then asks for the whole map).
 */

const SVG_OPEN = '<svg xmlns="http://www.w3.org/2000/svg">';

/** Where a keyed element sits: in the root (null) or in the keyed group of that key. */
type Parent = string | null;

export class PartIndex {
    private constructor(
        private readonly root: Element,
        private readonly byKey: Map<string, Element>,
        /** Each key's parent key, mirrored from the DOM so a patch can be checked without touching it. */
        private readonly parentOf: Map<string, Parent>
    ) {}

    /** The keyed elements of a map; undefined when it cannot be patched (a key twice, or a keyed element outside a keyed group). */
    static of(root: Element): PartIndex | undefined {
        const tree = keysIn(root, null);
        if (!tree) return undefined;
        const byKey = new Map<string, Element>();
        for (const el of Array.from(root.querySelectorAll('[data-key]'))) byKey.set(el.getAttribute('data-key') as string, el);
        return new PartIndex(root, byKey, tree);
    }

    /**
     * Applies `ops` in order; false, with the map unchanged, when they do not fit it (an unknown
     * key, an insert beside a part of another group, a part that is not one clean keyed element).
     */
    apply(ops: readonly PatchOp[], doc: Document): boolean {
        const parsed = new Map<PatchOp, Element>();
        for (const op of ops) {
            if (op.op === 'remove') continue;
            const element = parsePart(op.svg, op.key, doc);
            if (!element) return false;
            parsed.set(op, element);
        }
        if (!this.fits(ops, parsed)) return false;
        for (const op of ops) {
            const element = parsed.get(op);
            if (op.op === 'remove') {
                const old = this.byKey.get(op.key) as Element;
                this.drop(old);
                old.remove();
            } else if (op.op === 'replace') {
                const old = this.byKey.get(op.key) as Element;
                const parent = old.parentNode as Element;
                const parentKey = this.parentOf.get(op.key) as Parent;
                this.drop(old);
                const adopted = doc.adoptNode(element as Element);
                parent.replaceChild(adopted, old);
                this.add(adopted, parentKey);
            } else {
                const parent = op.parent === null ? this.root : (this.byKey.get(op.parent) as Element);
                const before = op.before === null ? null : (this.byKey.get(op.before) as Element);
                const adopted = doc.adoptNode(element as Element);
                parent.insertBefore(adopted, before);
                this.add(adopted, op.parent);
            }
        }
        return true;
    }

    /** The ops played on a copy of the key tree: every key they name exists where they expect it. */
    private fits(ops: readonly PatchOp[], parsed: Map<PatchOp, Element>): boolean {
        const parentOf = new Map(this.parentOf);
        const dropTree = (key: string) => {
            parentOf.delete(key);
            for (const [k, p] of parentOf) if (p === key) dropTree(k);
        };
        const addTree = (element: Element, parent: Parent): boolean => {
            const tree = partKeys(element, parent);
            if (!tree) return false;
            for (const [k, p] of tree) {
                if (parentOf.has(k)) return false;
                parentOf.set(k, p);
            }
            return true;
        };
        for (const op of ops) {
            if (op.op === 'insert') {
                if (parentOf.has(op.key) || (op.parent !== null && !parentOf.has(op.parent))) return false;
                if (op.before !== null && parentOf.get(op.before) !== op.parent) return false;
                if (!addTree(parsed.get(op) as Element, op.parent)) return false;
                continue;
            }
            const parent = parentOf.get(op.key);
            if (parent === undefined) return false;
            dropTree(op.key);
            if (op.op === 'replace' && !addTree(parsed.get(op) as Element, parent)) return false;
        }
        return true;
    }

    /** Indexes a part that went in under `parent` (checked by `fits`, so its keys are new). */
    private add(element: Element, parent: Parent): void {
        for (const [key, p] of partKeys(element, parent) ?? []) this.parentOf.set(key, p);
        for (const el of [element, ...Array.from(element.querySelectorAll('[data-key]'))]) this.byKey.set(el.getAttribute('data-key') as string, el);
    }

    private drop(element: Element): void {
        for (const el of [element, ...Array.from(element.querySelectorAll('[data-key]'))]) {
            const key = el.getAttribute('data-key') as string;
            this.byKey.delete(key);
            this.parentOf.delete(key);
        }
    }
}

/** The keys inside `container`, each with its parent's key (`containerKey` for direct children); undefined when a key repeats or sits in an element without one. */
function keysIn(container: Element, containerKey: Parent): Map<string, Parent> | undefined {
    const tree = new Map<string, Parent>();
    for (const el of Array.from(container.querySelectorAll('[data-key]'))) {
        const key = el.getAttribute('data-key') as string;
        const up = el.parentElement;
        const parent = up === container ? containerKey : (up?.getAttribute('data-key') ?? undefined);
        if (parent === undefined || tree.has(key)) return undefined;
        tree.set(key, parent);
    }
    return tree;
}

/** A part's keys: its own (placed in `parent`) and those inside it. */
function partKeys(element: Element, parent: Parent): Map<string, Parent> | undefined {
    const own = element.getAttribute('data-key');
    const inner = own === null ? undefined : keysIn(element, own);
    if (own === null || !inner || inner.has(own)) return undefined;
    return new Map([[own, parent], ...inner]);
}

/** One part's markup as a sanitized element, or undefined when it is not one clean element with that key. */
function parsePart(svg: string, key: string, doc: Document): Element | undefined {
    let parsed;
    try {
        parsed = parseSvgInert(`${SVG_OPEN}${svg}</svg>`, doc);
    } catch {
        return undefined;
    }
    const element = parsed.root.firstElementChild;
    if (!element || parsed.root.childElementCount !== 1 || parsed.removed > 0 || parsed.inlineStyles.length > 0) return undefined;
    if (element.localName === 'style' || element.getAttribute('data-key') !== key) return undefined;
    return element;
}
