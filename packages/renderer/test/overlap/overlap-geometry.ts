/**
 * Where drawn text collides with other drawn things, from boxes measured the way a reader sees
 * them (in a browser, see measure-in-chromium.ts): text against other text, a dot or a line, and an
 * edge label that sits nearer to another edge than to its own. Pure geometry, in map units.
 */
import { clipToBox } from '../../src/collisions.js';

export interface Box {
    x: number;
    y: number;
    width: number;
    height: number;
}

export interface Point {
    x: number;
    y: number;
}

/** A `<text>`: one box per drawn line. `edge` is the edge a label belongs to. */
export interface DrawnText {
    kind: 'text';
    /** What the map calls it: data-ref, step, persona (see measure-in-chromium.ts). */
    id: string;
    text: string;
    lines: Box[];
    edge?: string;
}

/** A dot: an emotion point, a persona chip or a legend marker. */
export interface DrawnDot {
    kind: 'dot';
    id: string;
    cx: number;
    cy: number;
    r: number;
}

/** A line: a flow edge with its arrowhead, or a persona's emotion curve. `width` is its stroke. */
export interface DrawnLine {
    kind: 'edge' | 'curve';
    id: string;
    polylines: Point[][];
    width: number;
}

export type Drawn = DrawnText | DrawnDot | DrawnLine;

export type OverlapKind = 'text-text' | 'text-dot' | 'text-edge' | 'text-curve' | 'label-nearer-other-edge';

export const OVERLAP_KINDS: readonly OverlapKind[] = ['text-text', 'text-dot', 'text-edge', 'text-curve', 'label-nearer-other-edge'];

export interface Overlap {
    kind: OverlapKind;
    text: DrawnText;
    other: Drawn;
    /** The text's line box that collides (for 'label-nearer-other-edge': the label's first line). */
    at: Box;
    /** How far into each other they reach (map units); for 'label-nearer-other-edge', how much nearer the other edge is. */
    depth: number;
}

/** Below this (map units) two things only touch: anti-aliasing, rounding and hinting live there. */
export const DEFAULT_TOLERANCE = 1;

export function findOverlaps(drawn: readonly Drawn[], tolerance = DEFAULT_TOLERANCE): Overlap[] {
    const texts = drawn.filter((d): d is DrawnText => d.kind === 'text' && d.lines.length > 0);
    const textBounds = texts.map((t) => boundsOfBoxes(t.lines));
    const dots = drawn.filter((d): d is DrawnDot => d.kind === 'dot');
    const lines = drawn.filter((d): d is DrawnLine => d.kind === 'edge' || d.kind === 'curve').map(indexLine);
    const found: Overlap[] = [];
    for (const [i, text] of texts.entries()) {
        const bounds = textBounds[i]!;
        for (let j = i + 1; j < texts.length; j++) {
            const other = texts[j]!;
            if (!boxesMeet(bounds, textBounds[j]!, tolerance)) continue;
            const hit = firstHit(text.lines, (line) => Math.max(0, ...other.lines.map((o) => boxOverlapDepth(line, o))), tolerance);
            if (hit) found.push({ kind: 'text-text', text, other, ...hit });
        }
        for (const dot of dots) {
            if (!boxesMeet(bounds, { x: dot.cx - dot.r, y: dot.cy - dot.r, width: 2 * dot.r, height: 2 * dot.r }, tolerance)) continue;
            const hit = firstHit(text.lines, (line) => dot.r - distancePointBox({ x: dot.cx, y: dot.cy }, line), tolerance);
            if (hit) found.push({ kind: 'text-dot', text, other: dot, ...hit });
        }
        for (const line of lines) {
            if (!boxesMeet(bounds, line.bounds, tolerance)) continue;
            const reach = line.drawn.width / 2;
            const hit = firstHit(text.lines, (box) => reach - distanceIndexedBox(line, box, reach), tolerance);
            if (hit) found.push({ kind: line.drawn.kind === 'edge' ? 'text-edge' : 'text-curve', text, other: line.drawn, ...hit });
        }
        const nearer = nearerOtherEdge(text, lines, tolerance);
        if (nearer) found.push(nearer);
    }
    return found;
}

/** A line cut into short runs, each with its bounds, so that a box far from most of it is quick to check. */
interface IndexedLine {
    drawn: DrawnLine;
    bounds: Box;
    runs: { points: Point[]; bounds: Box }[];
}

const RUN = 16;

function indexLine(drawn: DrawnLine): IndexedLine {
    const pad = drawn.width / 2;
    const runs: IndexedLine['runs'] = [];
    for (const pl of drawn.polylines) {
        for (let i = 0; i < Math.max(1, pl.length - 1); i += RUN) {
            const points = pl.slice(i, i + RUN + 1);
            if (points.length > 0) runs.push({ points, bounds: boundsOfPoints(points, pad) });
        }
    }
    return { drawn, bounds: runs.length > 0 ? boundsOfBoxes(runs.map((r) => r.bounds)) : { x: 0, y: 0, width: -1, height: -1 }, runs };
}

/** The line's distance to a box; runs farther than `within` (when given) are skipped. */
function distanceIndexedBox(line: IndexedLine, box: Box, within = Infinity): number {
    let best = Infinity;
    for (const run of line.runs) {
        const gap = boxGap(run.bounds, box);
        if (gap > within || gap >= best) continue;
        best = Math.min(best, distancePolylinesBox([run.points], box));
    }
    return best;
}

/** The gap between two boxes (0 when they meet). */
function boxGap(a: Box, b: Box): number {
    const dx = Math.max(0, a.x - (b.x + b.width), b.x - (a.x + a.width));
    const dy = Math.max(0, a.y - (b.y + b.height), b.y - (a.y + a.height));
    return Math.hypot(dx, dy);
}

/** The first of a text's lines that reaches into the other thing by more than the tolerance. */
function firstHit(lines: readonly Box[], depthOf: (line: Box) => number, tolerance: number): { at: Box; depth: number } | undefined {
    for (const line of lines) {
        const depth = depthOf(line);
        if (depth > tolerance) return { at: line, depth };
    }
    return undefined;
}

/** An edge label is read as belonging to the nearest edge: flag one whose nearest edge is another. */
function nearerOtherEdge(text: DrawnText, lines: readonly IndexedLine[], tolerance: number): Overlap | undefined {
    if (text.edge === undefined) return undefined;
    const edges = lines.filter((l) => l.drawn.kind === 'edge');
    const own = edges.find((e) => e.drawn.id === text.edge);
    if (!own) return undefined;
    const distance = (e: IndexedLine, within?: number) => Math.min(...text.lines.map((b) => distanceIndexedBox(e, b, within))) - e.drawn.width / 2;
    const ownDistance = distance(own);
    let nearest: { edge: DrawnLine; d: number } | undefined;
    for (const e of edges) {
        if (e === own) continue;
        const d = distance(e, ownDistance + e.drawn.width);
        if (d + tolerance < ownDistance && (!nearest || d < nearest.d)) nearest = { edge: e.drawn, d };
    }
    return nearest ? { kind: 'label-nearer-other-edge', text, other: nearest.edge, at: text.lines[0]!, depth: ownDistance - nearest.d } : undefined;
}

/** How far two boxes reach into each other: the smaller side of their intersection (≤ 0: apart). */
export function boxOverlapDepth(a: Box, b: Box): number {
    const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
    const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
    return Math.min(w, h);
}

function boxesMeet(a: Box, b: Box, slack: number): boolean {
    return a.x - slack <= b.x + b.width && b.x - slack <= a.x + a.width && a.y - slack <= b.y + b.height && b.y - slack <= a.y + a.height;
}

/** Distance from a point to a box (0 inside, negative: how deep inside, to the nearest side). */
export function distancePointBox(p: Point, b: Box): number {
    const dx = Math.max(b.x - p.x, 0, p.x - (b.x + b.width));
    const dy = Math.max(b.y - p.y, 0, p.y - (b.y + b.height));
    if (dx === 0 && dy === 0) return -Math.min(p.x - b.x, b.x + b.width - p.x, p.y - b.y, b.y + b.height - p.y);
    return Math.hypot(dx, dy);
}

/**
 * Distance from a segment to a box; negative when the segment runs inside the box: then minus
 * how far its deepest point is from the box's nearest side (a line through a text's middle is
 * deeper than one grazing its edge).
 */
export function distanceSegmentBox(a: Point, b: Point, box: Box): number {
    const clipped = clipSegment(a, b, box);
    if (clipped) {
        // Inside: the deepest point of a segment in a box is an end of the clipped part or where it
        // crosses the box's middle lines.
        const cx = box.x + box.width / 2;
        const cy = box.y + box.height / 2;
        const candidates = [clipped[0], clipped[1]];
        const [p, q] = clipped;
        if ((p.x - cx) * (q.x - cx) < 0) candidates.push(pointAtX(p, q, cx));
        if ((p.y - cy) * (q.y - cy) < 0) candidates.push(pointAtY(p, q, cy));
        return Math.min(...candidates.map((c) => distancePointBox(c, box)));
    }
    const corners = [
        { x: box.x, y: box.y }, { x: box.x + box.width, y: box.y },
        { x: box.x, y: box.y + box.height }, { x: box.x + box.width, y: box.y + box.height }
    ];
    return Math.min(distancePointBox(a, box), distancePointBox(b, box), ...corners.map((c) => distancePointSegment(c, a, b)));
}

export function distancePolylinesBox(polylines: readonly Point[][], box: Box): number {
    let best = Infinity;
    for (const pl of polylines) {
        if (pl.length === 1) best = Math.min(best, distancePointBox(pl[0]!, box));
        for (let i = 1; i < pl.length; i++) best = Math.min(best, distanceSegmentBox(pl[i - 1]!, pl[i]!, box));
    }
    return best;
}

function distancePointSegment(p: Point, a: Point, b: Point): number {
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
    return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** The part of segment a–b inside the box, or undefined when it misses the box (the renderer's clipping, pure geometry). */
function clipSegment(a: Point, b: Point, box: Box): [Point, Point] | undefined {
    const t = clipToBox(a, b, box);
    if (!t) return undefined;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    return [{ x: a.x + t[0] * dx, y: a.y + t[0] * dy }, { x: a.x + t[1] * dx, y: a.y + t[1] * dy }];
}

function pointAtX(p: Point, q: Point, x: number): Point {
    return { x, y: p.y + ((q.y - p.y) * (x - p.x)) / (q.x - p.x) };
}

function pointAtY(p: Point, q: Point, y: number): Point {
    return { x: p.x + ((q.x - p.x) * (y - p.y)) / (q.y - p.y), y };
}

function boundsOfBoxes(boxes: readonly Box[]): Box {
    const x0 = Math.min(...boxes.map((b) => b.x));
    const y0 = Math.min(...boxes.map((b) => b.y));
    const x1 = Math.max(...boxes.map((b) => b.x + b.width));
    const y1 = Math.max(...boxes.map((b) => b.y + b.height));
    return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

function boundsOfPoints(points: readonly Point[], pad: number): Box {
    if (points.length === 0) return { x: 0, y: 0, width: -1, height: -1 };
    const x0 = Math.min(...points.map((p) => p.x)) - pad;
    const y0 = Math.min(...points.map((p) => p.y)) - pad;
    const x1 = Math.max(...points.map((p) => p.x)) + pad;
    const y1 = Math.max(...points.map((p) => p.y)) + pad;
    return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}
