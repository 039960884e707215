import { DEJAVU_SANS, DEJAVU_SANS_BOLD, type WidthTable } from './char-widths.js';

/**
 * Text width without a DOM: advance widths of DejaVu Sans (the first font the SVG declares and the
 * font the PNG rasteriser loads), so Node, the webview and the PNG agree. Fonts further down the
 * stack (Segoe UI, Helvetica, Arial) are narrower, so the estimate stays conservative.
 */

/** The font stack written into the SVG. */
export const FONT_FAMILY = "'DejaVu Sans', 'Segoe UI', 'Helvetica Neue', Arial, 'Noto Sans', sans-serif";

/** Extra width per measured string, a margin for kerning and hinting differences. */
const SAFETY = 1.03;

interface Decoded {
    widths: Map<number, number>;
    arabic: number;
    fallback: number;
}

const decoded = new Map<WidthTable, Decoded>();

function decode(table: WidthTable): Decoded {
    let d = decoded.get(table);
    if (d) return d;
    const widths = new Map<number, number>();
    for (const [start, digits] of table.ranges) {
        for (let i = 0; i * 3 < digits.length; i++) {
            const w = parseInt(digits.slice(i * 3, i * 3 + 3), 36);
            if (w > 0) widths.set(start + i, w / 1000);
        }
    }
    d = { widths, arabic: table.arabic / 1000, fallback: table.fallback / 1000 };
    decoded.set(table, d);
    return d;
}

const COMBINING = /\p{M}/u;

function isWide(cp: number): boolean {
    return (
        (cp >= 0x1100 && cp <= 0x115f) ||
        (cp >= 0x2e80 && cp <= 0xa4cf) ||
        (cp >= 0xac00 && cp <= 0xd7a3) ||
        (cp >= 0xf900 && cp <= 0xfaff) ||
        (cp >= 0xfe30 && cp <= 0xfe4f) ||
        (cp >= 0xff00 && cp <= 0xff60) ||
        (cp >= 0xffe0 && cp <= 0xffe6) ||
        (cp >= 0x20000 && cp <= 0x3fffd)
    );
}

/** Width of one code point in em. */
function charWidthEm(cp: number, bold = false): number {
    const d = decode(bold ? DEJAVU_SANS_BOLD : DEJAVU_SANS);
    const w = d.widths.get(cp);
    if (w !== undefined) return w;
    const ch = String.fromCodePoint(cp);
    if (COMBINING.test(ch) || cp === 0x200b || cp === 0x200c || cp === 0x200d || cp === 0xfeff) return 0;
    if ((cp >= 0x600 && cp <= 0x6ff) || (cp >= 0x750 && cp <= 0x77f) || (cp >= 0xfb50 && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfeff)) {
        return d.arabic;
    }
    if (isWide(cp)) return 1.0;
    if (cp >= 0x1f000) return 1.3; // emoji and symbols: drawn by a colour font, often wider than 1 em
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
    return Math.max(1.0, Math.min(d.fallback, 1.2));
}

/** Width in px of `text` set in the map's font at `fontSize` px. */
export function measureText(text: string, fontSize: number, bold = false): number {
    let em = 0;
    for (const ch of text) em += charWidthEm(ch.codePointAt(0) ?? 0, bold);
    return em * fontSize * SAFETY;
}
