/** Two-way sync, webview side: clicks on drawn elements name their data-ref; the host highlights one. */

export function refAt(target: EventTarget | null, root: Element): string | null {
    let el = target instanceof Element ? target : null;
    while (el && el !== root) {
        const ref = el.getAttribute('data-ref');
        if (ref) return ref;
        el = el.parentElement;
    }
    return null;
}

function elementsFor(root: Element, ref: string): Element[] {
    return Array.from(root.querySelectorAll(`[data-ref="${CSS.escape(ref)}"]`));
}

/**
 * Marks the elements of `ref` as selected (clears the previous one); returns the one to scroll
 * into view: a step's card (its pains and its column band share its data-ref), else the first.
 */
export function highlight(root: Element, ref: string | null): Element | undefined {
    for (const el of Array.from(root.querySelectorAll('.jm-selected'))) el.classList.remove('jm-selected');
    if (!ref) return undefined;
    const els = elementsFor(root, ref);
    for (const el of els) el.classList.add('jm-selected');
    return els.find((el) => el.classList.contains('jm-step')) ?? els[0];
}
