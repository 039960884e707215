import { measureText } from './text-measure.js';

/** A wrapped block of text; its lines each fit `maxWidth` as measured by text-measure. */
export interface WrappedText {
    lines: string[];
    /** Widest line in px. */
    width: number;
    /** lines × lineHeight. */
    height: number;
    fontSize: number;
    lineHeight: number;
    bold: boolean;
}

const LINE_HEIGHT = 1.3;

const cache = new Map<string, WrappedText>();
const CACHE_LIMIT = 50_000;

/**
 * Greedy word wrap at spaces (and after hyphens and slashes); a word wider than the box is broken
 * between characters. Results are memoised, so a re-render of an unchanged label costs a lookup.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): WrappedText {
    const key = `${maxWidth}|${fontSize}|${bold ? 1 : 0}|${text}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const lines: string[] = [];
    const normalised = text.replace(/\s+/g, ' ').trim();
    const words = normalised === '' ? [] : normalised.split(/(?<=[ \-/])/);
    let line = '';
    const fits = (s: string) => measureText(s.trimEnd(), fontSize, bold) <= maxWidth;
    for (const word of words) {
        const candidate = line + word;
        if (fits(candidate)) {
            line = candidate;
            continue;
        }
        if (line !== '') lines.push(line.trimEnd());
        line = '';
        if (fits(word)) {
            line = word;
            continue;
        }
        // Break an over-long word between characters (keeping combining marks with their base).
        let part = '';
        for (const ch of Array.from(word)) {
            if (part !== '' && !/\p{M}/u.test(ch) && !fits(part + ch)) {
                lines.push(part);
                part = '';
            }
            part += ch;
        }
        line = part;
    }
    if (line.trimEnd() !== '') lines.push(line.trimEnd());
    if (lines.length === 0) lines.push('');
    let width = 0;
    for (const l of lines) width = Math.max(width, measureText(l, fontSize, bold));
    const result: WrappedText = { lines, width, height: lines.length * fontSize * LINE_HEIGHT, fontSize, lineHeight: fontSize * LINE_HEIGHT, bold };
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, result);
    return result;
}
