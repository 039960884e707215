/**
 * The arithmetic of closing up a map: bands of it (hidden lanes across, hidden steps' columns down)
 * are cut out, and every coordinate after a cut moves back by what was cut before it. Pure.
 */

export interface Interval {
    start: number;
    end: number;
}

/** Sorted, non-overlapping, non-empty intervals covering the same points. */
export function mergeIntervals(list: readonly Interval[]): Interval[] {
    const sorted = list.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
    const out: Interval[] = [];
    for (const i of sorted) {
        const last = out[out.length - 1];
        if (last && i.start <= last.end) last.end = Math.max(last.end, i.end);
        else out.push({ ...i });
    }
    return out;
}

/**
 * The coordinate map that removes the intervals: a point after a cut moves back by the length cut
 * before it, a point inside a cut lands on the cut's start. Monotone, so what was left of
 * something stays left of it and orthogonal lines stay orthogonal.
 */
export function collapser(intervals: readonly Interval[]): (v: number) => number {
    const cuts = mergeIntervals(intervals);
    if (cuts.length === 0) return (v) => v;
    return (v) => {
        let removed = 0;
        for (const c of cuts) {
            if (v <= c.start) break;
            if (v < c.end) return c.start - removed;
            removed += c.end - c.start;
        }
        return v - removed;
    };
}

export interface Column {
    x: number;
    width: number;
}

/**
 * The horizontal bands of hidden columns: from the middle of the gap before a column to the
 * middle of the gap after it, so that the columns left keep their spacing and a stage whose
 * every column is hidden (its band ends halfway through the gaps) shrinks to nothing. The first
 * and last columns have `gutter / 2` on their outer side; cutting one of them moves its
 * neighbour to exactly where it stood.
 * `columns` are sorted by x.
 */
export function columnCuts(columns: readonly Column[], hidden: readonly boolean[], gutter: number): Interval[] {
    const cuts: Interval[] = [];
    columns.forEach((c, i) => {
        if (!hidden[i]) return;
        const prev = columns[i - 1];
        const next = columns[i + 1];
        const outer = gutter / 2;
        if (prev && next) cuts.push({ start: (prev.x + prev.width + c.x) / 2, end: (c.x + c.width + next.x) / 2 });
        else if (next) cuts.push({ start: c.x - outer, end: next.x - outer });
        else if (prev) cuts.push({ start: prev.x + prev.width + outer, end: c.x + c.width + outer });
        else cuts.push({ start: c.x - outer, end: c.x + c.width + outer });
    });
    return mergeIntervals(cuts);
}

type Map1 = (v: number) => number;

/** A path of the renderer's polylines ("M1 2 L3 4 …") with each point mapped. */
export function mapPath(d: string, fx: Map1, fy: Map1): string {
    return d.replace(/([ML])\s*(-?[\d.]+)[\s,]+(-?[\d.]+)/g, (_, cmd: string, x: string, y: string) =>
        `${cmd}${round(fx(Number(x)))} ${round(fy(Number(y)))}`);
}

/** The points of one of the renderer's polylines. */
export function pathPoints(d: string): Array<{ x: number; y: number }> {
    return [...d.matchAll(/[ML]\s*(-?[\d.]+)[\s,]+(-?[\d.]+)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
}

/**
 * An orthogonal connector from `a` to `b` turning halfway between them: for an arrow whose route
 * crossed columns that closed up, and which now joins neighbours (its old detour would be squashed).
 */
export function elbowPath(a: { x: number; y: number }, b: { x: number; y: number }): string {
    if (Math.abs(a.y - b.y) < 0.5) return `M${round(a.x)} ${round(a.y)} L${round(b.x)} ${round(b.y)}`;
    const mx = round((a.x + b.x) / 2);
    return `M${round(a.x)} ${round(a.y)} L${mx} ${round(a.y)} L${mx} ${round(b.y)} L${round(b.x)} ${round(b.y)}`;
}

/** A polygon's points ("1,2 3,4 …") with each point mapped. */
export function mapPoints(points: string, fx: Map1, fy: Map1): string {
    return points.trim().split(/\s+/).map((p) => {
        const [x = '0', y = '0'] = p.split(',');
        return `${round(fx(Number(x)))},${round(fy(Number(y)))}`;
    }).join(' ');
}

function round(n: number): number {
    return Math.round(n * 100) / 100;
}
