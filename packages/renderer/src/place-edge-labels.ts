import { distanceTo, ObstacleGrid, type Obstacle } from './collisions.js';
import type { Box, Point } from './geometry.js';

/**
 * Where each edge label goes, so it is read as its own edge's and covers nothing. ELK leaves room
 * for a label beside the first stretch of its edge (a tail label); beside it, between edges that
 * leave a card close together, it is as near to the next edge as to its own. So a label goes on its
 * own line, which is left out under it, where that touches no card, no other edge, no arrowhead
 * and no other label: on the stretch ELK left room beside, else on another stretch of the edge.
 * Where no such place exists, it stays where ELK put it.
 */

export interface EdgeLabelInput {
    points: readonly Point[];
    /** The width of the edge's stroke. */
    width: number;
    /** The label's box (text and padding) where ELK placed it; undefined: no label. */
    elk?: Box;
}

export interface PlacedEdgeLabel {
    box: Box;
    /** On the line (which is cut under it), or beside it where ELK put it. */
    onLine: boolean;
}

/** Room kept round a label: from cards and labels, and from other edges (further, so the own edge is clearly the nearest). */
const GAP = 2;
const OTHER_EDGE_GAP = 5;
/** A label on a stretch keeps this far from the stretch's ends, so the bend stays visible; further at the arrowhead. */
const END_ROOM = 6;
const ARROW_ROOM = 14;

export function placeEdgeLabels(edges: readonly EdgeLabelInput[], cards: readonly Box[], band: Box): (PlacedEdgeLabel | undefined)[] {
    // Most maps label no edge: then there is nothing to place, and no grid to fill.
    if (!edges.some((e) => e.elk)) return edges.map(() => undefined);
    const grid = new ObstacleGrid();
    const owner = new Map<Obstacle, number>();
    for (const c of cards) grid.addBox(c);
    // Outside the flow band: the stage headers above, the lanes below.
    grid.addBox({ x: band.x, y: band.y - 1000, width: band.width, height: 1000 });
    grid.addBox({ x: band.x, y: band.y + band.height, width: band.width, height: 1000 });
    edges.forEach((e, i) => {
        for (let k = 1; k < e.points.length; k++) {
            const o: Obstacle = { kind: 'segment', a: e.points[k - 1] as Point, b: e.points[k] as Point, half: e.width / 2 };
            owner.set(o, i);
            grid.add(o);
        }
        const tip = e.points[e.points.length - 1];
        if (tip) grid.addBox({ x: tip.x - 9, y: tip.y - 5, width: 18, height: 10 });
    });
    const placed: (PlacedEdgeLabel | undefined)[] = [];
    for (const [i, e] of edges.entries()) {
        if (!e.elk) {
            placed.push(undefined);
            continue;
        }
        const size = { width: e.elk.width, height: e.elk.height };
        const ownSegment = (o: Obstacle) => owner.get(o) === i;
        const otherEdge = (o: Obstacle) => o.kind === 'segment' && owner.has(o) && owner.get(o) !== i;
        const clear = (box: Box) =>
            grid.clear(box, GAP, (o) => ownSegment(o) || otherEdge(o)) && grid.clear(box, OTHER_EDGE_GAP, (o) => !otherEdge(o));
        let result: PlacedEdgeLabel | undefined;
        for (const box of onLineSpots(e.points, size, e.elk)) {
            if (clear(box)) {
                result = { box, onLine: true };
                break;
            }
        }
        result ??= { box: e.elk, onLine: false };
        placed.push(result);
        grid.addBox(result.box);
    }
    return placed;
}

/** Boxes centred on the edge's stretches: first the one beside which ELK left room, then the others from the source on. */
function onLineSpots(points: readonly Point[], size: { width: number; height: number }, elk: Box): Box[] {
    const spots: Box[] = [];
    const last = points.length - 1;
    const stretches = points.slice(1).map((b, k) => ({ a: points[k] as Point, b, k }));
    // ELK's tail label lies beside the stretch it is nearest to.
    const near = [...stretches].sort((s, t) => stretchDistance(s, elk) - stretchDistance(t, elk))[0];
    const ordered = near ? [near, ...stretches.filter((s) => s !== near)] : stretches;
    for (const s of ordered) {
        const { a, b, k } = s;
        const endRoom = k + 1 === last ? ARROW_ROOM : END_ROOM;
        if (a.y === b.y) {
            const x0 = Math.min(a.x, b.x) + (a.x <= b.x ? END_ROOM : endRoom);
            const x1 = Math.max(a.x, b.x) - (a.x <= b.x ? endRoom : END_ROOM);
            if (x1 - x0 < size.width) continue;
            const y = a.y - size.height / 2;
            const xs = s === near ? [Math.max(x0, Math.min(elk.x, x1 - size.width))] : [];
            xs.push(x0, (x0 + x1 - size.width) / 2, x1 - size.width);
            for (const x of xs) spots.push({ x, y, width: size.width, height: size.height });
        } else if (a.x === b.x) {
            const y0 = Math.min(a.y, b.y) + (a.y <= b.y ? END_ROOM : endRoom);
            const y1 = Math.max(a.y, b.y) - (a.y <= b.y ? endRoom : END_ROOM);
            if (y1 - y0 < size.height) continue;
            const x = a.x - size.width / 2;
            for (const y of [y0, (y0 + y1 - size.height) / 2, y1 - size.height]) spots.push({ x, y, width: size.width, height: size.height });
        }
    }
    return spots;
}

function stretchDistance(s: { a: Point; b: Point }, box: Box): number {
    return distanceTo({ kind: 'segment', a: s.a, b: s.b, half: 0 }, box);
}
