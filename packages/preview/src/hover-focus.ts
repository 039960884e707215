/**
 * Hovering anything of a persona (legend card, curve, dots, chips: `jm-persona-p<n>`) draws the
 * edges that persona takes in its colour. The renderer's stylesheet does it by CSS alone, with
 * `svg.jm:has(.jm-persona-p<n>:hover) …` rules, so that an exported SVG does it too. Chromium
 * cannot tell which insertions may change a `:has()` that holds `:hover`: every element a patch
 * inserts anywhere in the map restyles every edge and arrow (about 400 elements, 5 ms of each
 * repaint of a 200-step map). The preview therefore drops those rules from its live copy of the
 * stylesheet and puts the renderer's own focus class, `jm-focus-p<n>` on the root, on the map
 * while a persona's element is under the pointer: the stylesheet's focus rules draw the same
 * colours as the hover rules they replace.
 */

const PERSONA_CLASS = /^jm-persona-p(\d+)$/;

/** Whether a rule of the renderer's stylesheet is one of its `:has(… :hover)` hover rules. */
function isHoverHasRule(rule: CSSRule): boolean {
    const selector = (rule as CSSStyleRule).selectorText;
    return typeof selector === 'string' && /:has\([^)]*:hover/.test(selector);
}

/** Removes the hover rules from the stylesheets inside `svg` (it must be in the document); returns how many. */
export function dropHoverHasRules(svg: Element): number {
    let dropped = 0;
    for (const style of Array.from(svg.querySelectorAll('style'))) {
        const sheet = style.sheet;
        if (!sheet) continue;
        for (let i = sheet.cssRules.length - 1; i >= 0; i--) {
            const rule = sheet.cssRules[i];
            if (rule && isHoverHasRule(rule)) {
                sheet.deleteRule(i);
                dropped++;
            }
        }
    }
    return dropped;
}

/** The focus classes for an element under the pointer: one per persona it or an ancestor in `root` belongs to (all of them are :hover). */
export function focusClassesAt(target: Element | null, root: Element): string[] {
    const out: string[] = [];
    for (let el = target; el && el !== root; el = el.parentElement) {
        for (const c of Array.from(el.classList)) {
            const n = PERSONA_CLASS.exec(c)?.[1];
            if (n !== undefined && !out.includes(`jm-focus-p${n}`)) out.push(`jm-focus-p${n}`);
        }
    }
    return out;
}

/**
 * Follows the pointer over the map in `stage` and keeps the focus classes on the map's root for
 * what is under it. Classes it did not put there (a root drawn with one) are left alone.
 */
export class HoverFocus {
    private shown: { root: Element; classes: string[] } | undefined;

    constructor(stage: HTMLElement, private readonly map: () => Element | null) {
        // mouseover fires for every element the pointer enters, and again for what is under a
        // still pointer when a patch replaces the element it was on.
        stage.addEventListener('mouseover', (e) => this.show(isElement(e.target) ? e.target : null));
        stage.addEventListener('mouseleave', () => this.show(null));
    }

    private show(target: Element | null): void {
        const root = this.map();
        const classes = root && target && root.contains(target) ? focusClassesAt(target, root) : [];
        const before = this.shown;
        if (before && before.root === root && before.classes.join(' ') === classes.join(' ')) return;
        if (before) for (const c of before.classes) before.root.classList.remove(c);
        const added = root ? classes.filter((c) => !root.classList.contains(c)) : [];
        for (const c of added) root?.classList.add(c);
        this.shown = root && added.length > 0 ? { root, classes: added } : undefined;
    }
}

/** Without `instanceof`, which a test's DOM (jsdom, another realm) does not pass. */
function isElement(target: EventTarget | null): target is Element {
    return (target as Node | null)?.nodeType === 1;
}
