import type { SourceRange } from '@journey-maps/model';
import { fileNameOf } from './file-name.js';

/** Pure helpers over the map's source map (data-ref → source range). */

export interface Pos {
    line: number;
    character: number;
}

function before(a: Pos, b: Pos): boolean {
    return a.line < b.line || (a.line === b.line && a.character < b.character);
}

export function contains(range: SourceRange, pos: Pos): boolean {
    return !before(pos, range.start) && !before(range.end, pos);
}

function size(r: SourceRange): number {
    return (r.end.line - r.start.line) * 100_000 + (r.end.character - r.start.character);
}

/**
 * The data-ref whose range holds `pos`: the innermost step if the cursor is inside one, else the
 * innermost element of any kind; null when the cursor is outside everything drawn.
 */
export function refAtPosition(sourceMap: Record<string, SourceRange>, pos: Pos, prefer = 'step:'): string | null {
    let best: { ref: string; preferred: boolean; size: number } | null = null;
    for (const [ref, range] of Object.entries(sourceMap)) {
        if (!contains(range, pos)) continue;
        const cand = { ref, preferred: ref.startsWith(prefer), size: size(range) };
        if (!best || (cand.preferred && !best.preferred) || (cand.preferred === best.preferred && cand.size < best.size)) {
            best = cand;
        }
    }
    return best?.ref ?? null;
}

/** "bank-people.journey:35:3" (1-based, as editors show it). */
export function locationLabel(uri: string, range: SourceRange): string {
    return `${fileNameOf(uri)}:${range.start.line + 1}:${range.start.character + 1}`;
}
