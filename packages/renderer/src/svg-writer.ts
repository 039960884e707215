/**
 * XML escaping for SVG output. Every label passes through these, so no label can close an element,
 * open a new one, start an attribute or a CDATA section.
 */

// Characters not allowed in XML 1.0 (controls other than tab, LF, CR; lone surrogates; U+FFFE/U+FFFF).
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const NEEDS_ESCAPE = /[&<>"'\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

export function escapeText(s: string): string {
    if (!NEEDS_ESCAPE.test(s)) return s;
    return s.replace(INVALID_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(s: string): string {
    if (!NEEDS_ESCAPE.test(s)) return s;
    return escapeText(s).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

/** A number for SVG attributes: at most two decimals, no exponent. */
export function num(n: number): string {
    if (!Number.isFinite(n)) return '0';
    const r = Math.round(n * 100) / 100;
    return Object.is(r, -0) ? '0' : String(r);
}

/** Attribute names the writer emits; anything else is refused, so no on* attribute can appear. */
const ALLOWED_ATTR = /^(?:class|x|y|x1|y1|x2|y2|cx|cy|r|rx|ry|width|height|d|points|viewBox|xmlns|role|transform|text-anchor|font-size|font-weight|font-family|fill-opacity|aria-label|data-[a-z-]+)$/;

const allowed = new Set<string>();
function checkName(k: string): boolean {
    if (!ALLOWED_ATTR.test(k)) return false;
    allowed.add(k);
    return true;
}

export type Attrs = Record<string, string | number | undefined>;

export function attrs(a: Attrs): string {
    let out = '';
    for (const k in a) {
        const v = a[k];
        if (v === undefined) continue;
        if (!allowed.has(k) && !checkName(k)) throw new Error(`svg-writer: attribute ${k} not allowed`);
        out += ` ${k}="${typeof v === 'number' ? num(v) : escapeAttr(v)}"`;
    }
    return out;
}

/** `<title>` child for tooltips. */
export function title(text: string): string {
    return `<title>${escapeText(text)}</title>`;
}
