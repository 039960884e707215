import type { Box, Point } from './geometry.js';

/**
 * What a label must keep clear of, and the test whether a box does: placement tries positions for
 * a text (emotion words, persona names, edge labels) until one is clear. Obstacles are kept in a
 * grid of cells, so a test looks only at what is near the box.
 */

export type Obstacle =
    | { kind: 'box'; box: Box }
    | { kind: 'dot'; c: Point; r: number }
    /** A stroke from `a` to `b`, `half` its half width. */
    | { kind: 'segment'; a: Point; b: Point; half: number };

const CELL = 64;
/** An obstacle over more cells than this (a guard box along the whole map) is tested against every box instead of filed in cells. */
const MAX_CELLS = 64;

/** An obstacle as the grid files it: `stamp` marks the last test that looked at it, so a test sees it once. */
interface Filed {
    readonly o: Obstacle;
    stamp: number;
}

export class ObstacleGrid {
    private readonly cells = new Map<number, Filed[]>();
    private readonly large: Obstacle[] = [];
    private stamp = 0;

    add(o: Obstacle): void {
        if (o.kind === 'segment') {
            this.addSegment(o);
            return;
        }
        const r = cellRange(obstacleBounds(o));
        if ((r.x1 - r.x0 + 1) * (r.y1 - r.y0 + 1) > MAX_CELLS) {
            this.large.push(o);
            return;
        }
        const filed: Filed = { o, stamp: 0 };
        for (let x = r.x0; x <= r.x1; x++) {
            for (let y = r.y0; y <= r.y1; y++) this.file(cellKey(x, y), filed);
        }
    }

    /*
     * A stroke goes into the cells along it, not into every cell of its bounding box: a curve that
     * crosses a long stretch of the map diagonally would otherwise fill hundreds of cells it never
     * passes (or be tested against every label: 470,000 tests per 2,000-step map). Points at most
     * CELL / 2 apart along it, each with a box reaching a quarter of a cell beyond the stroke's
     * width, cover every point of the stroke.
     */
    private addSegment(o: Obstacle & { kind: 'segment' }): void {
        const steps = Math.max(1, Math.ceil(Math.hypot(o.b.x - o.a.x, o.b.y - o.a.y) / (CELL / 2)));
        const reach = o.half + CELL / 4;
        const filed: Filed = { o, stamp: 0 };
        for (let i = 0; i <= steps; i++) {
            const x = o.a.x + ((o.b.x - o.a.x) * i) / steps;
            const y = o.a.y + ((o.b.y - o.a.y) * i) / steps;
            const x0 = Math.floor((x - reach) / CELL);
            const x1 = Math.floor((x + reach) / CELL);
            const y0 = Math.floor((y - reach) / CELL);
            const y1 = Math.floor((y + reach) / CELL);
            for (let cx = x0; cx <= x1; cx++) {
                for (let cy = y0; cy <= y1; cy++) this.file(cellKey(cx, cy), filed);
            }
        }
    }

    /** Files an obstacle in a cell once: along a stroke, a cell already holding it holds it last. */
    private file(key: number, filed: Filed): void {
        const list = this.cells.get(key);
        if (!list) this.cells.set(key, [filed]);
        else if (list[list.length - 1] !== filed) list.push(filed);
    }

    addBox(box: Box): void {
        this.add({ kind: 'box', box });
    }

    /** Every stroke of a polyline. */
    addPolyline(points: readonly Point[], half: number): void {
        for (let i = 1; i < points.length; i++) this.add({ kind: 'segment', a: points[i - 1] as Point, b: points[i] as Point, half });
    }

    /** True when nothing comes nearer to `box` than `gap`. */
    clear(box: Box, gap: number, ignore?: (o: Obstacle) => boolean): boolean {
        const near = (o: Obstacle) => !ignore?.(o) && distanceTo(o, box) < gap;
        for (const o of this.large) if (near(o)) return false;
        const r = cellRange({ x: box.x - gap, y: box.y - gap, width: box.width + 2 * gap, height: box.height + 2 * gap });
        const stamp = ++this.stamp;
        for (let x = r.x0; x <= r.x1; x++) {
            for (let y = r.y0; y <= r.y1; y++) {
                const list = this.cells.get(cellKey(x, y));
                if (!list) continue;
                for (const filed of list) {
                    if (filed.stamp === stamp) continue;
                    filed.stamp = stamp;
                    if (near(filed.o)) return false;
                }
            }
        }
        return true;
    }
}

function cellRange(b: Box): { x0: number; x1: number; y0: number; y1: number } {
    return { x0: Math.floor(b.x / CELL), x1: Math.floor((b.x + b.width) / CELL), y0: Math.floor(b.y / CELL), y1: Math.floor((b.y + b.height) / CELL) };
}

/** One number per cell (maps are far smaller than 2^20 cells across), so the grid makes no strings. */
function cellKey(x: number, y: number): number {
    return (x + 0x100000) * 0x200000 + (y + 0x100000);
}

function obstacleBounds(o: Exclude<Obstacle, { kind: 'segment' }>): Box {
    return o.kind === 'box' ? o.box : { x: o.c.x - o.r, y: o.c.y - o.r, width: 2 * o.r, height: 2 * o.r };
}

/** Gap between an obstacle's outline and a box (negative or 0 when they meet). */
export function distanceTo(o: Obstacle, box: Box): number {
    if (o.kind === 'box') return boxGap(o.box, box);
    if (o.kind === 'dot') return distancePointBox(o.c, box) - o.r;
    return distanceSegmentBox(o.a, o.b, box) - o.half;
}

export function boxGap(a: Box, b: Box): number {
    const dx = Math.max(0, a.x - (b.x + b.width), b.x - (a.x + a.width));
    const dy = Math.max(0, a.y - (b.y + b.height), b.y - (a.y + a.height));
    return dx === 0 && dy === 0 ? -1 : Math.hypot(dx, dy);
}

export function distancePointBox(p: Point, b: Box): number {
    const dx = Math.max(b.x - p.x, 0, p.x - (b.x + b.width));
    const dy = Math.max(b.y - p.y, 0, p.y - (b.y + b.height));
    return dx === 0 && dy === 0 ? -1 : Math.hypot(dx, dy);
}

/** Distance from a segment to a box; -1 when it crosses the box. */
export function distanceSegmentBox(a: Point, b: Point, box: Box): number {
    if (clipToBox(a, b, box)) return -1;
    const corners: Point[] = [
        { x: box.x, y: box.y }, { x: box.x + box.width, y: box.y },
        { x: box.x, y: box.y + box.height }, { x: box.x + box.width, y: box.y + box.height }
    ];
    let best = Math.min(distancePointBox(a, box), distancePointBox(b, box));
    for (const c of corners) best = Math.min(best, distancePointSegment(c, a, b));
    return best;
}

export function distancePointSegment(p: Point, a: Point, b: Point): number {
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
    return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** The parameters [t0, t1] of the part of segment a–b inside the box (Liang–Barsky), or undefined. */
export function clipToBox(a: Point, b: Point, box: Box): [number, number] | undefined {
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    let t0 = 0;
    let t1 = 1;
    const sides: [number, number][] = [[-dx, a.x - box.x], [dx, box.x + box.width - a.x], [-dy, a.y - box.y], [dy, box.y + box.height - a.y]];
    for (const [p, q] of sides) {
        if (p === 0) {
            if (q < 0) return undefined;
            continue;
        }
        const t = q / p;
        if (p < 0) t0 = Math.max(t0, t);
        else t1 = Math.min(t1, t);
        if (t0 > t1) return undefined;
    }
    return [t0, t1];
}

/** A polyline with the parts inside `box` left out: the runs outside it, in order. */
export function cutPolyline(points: readonly Point[], box: Box): Point[][] {
    const runs: Point[][] = [];
    let run: Point[] = [];
    const at = (a: Point, b: Point, t: number): Point => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });
    for (let i = 1; i < points.length; i++) {
        const a = points[i - 1] as Point;
        const b = points[i] as Point;
        if (run.length === 0) run.push(a);
        const clip = clipToBox(a, b, box);
        if (!clip || clip[0] >= clip[1]) {
            run.push(b);
            continue;
        }
        if (clip[0] > 0) run.push(at(a, b, clip[0]));
        if (run.length > 1) runs.push(run);
        run = clip[1] < 1 ? [at(a, b, clip[1]), b] : [];
    }
    if (run.length > 1) runs.push(run);
    return runs;
}
