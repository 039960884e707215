import type { Step, Successor } from '@journey-maps/model';
import type { Point } from './geometry.js';

/**
 * A persona's emotion curve follows the persona's own path, not the column order: from each of its
 * emotion points a line runs to the next points its path leads to, through the successors the
 * persona takes (`next[].personas`). So the curve forks where the path branches, stops at an `end`
 * (which has no successor) and where the path leads to a step the persona does not act in, and a
 * loop back draws nothing: a line across the map from right to left would read as a way back in
 * time. A step where the persona acts without an emotion is passed through.
 *
 * The one computation of a curve's segments: the map's own curves and a baseline's use it alike.
 */

export interface CurveSegment {
    /** Step ids the segment joins, along the persona's path. */
    from: string;
    to: string;
    points: [Point, Point];
}

export interface PersonaCurve {
    persona: string;
    segments: CurveSegment[];
    /** Steps where the curve begins (no segment leads in) and ends (none leads on), in map order. */
    starts: string[];
    ends: string[];
}

/** Who takes successor `n` of `step`. A successor naming no one (a model built by hand) is every actor's. */
export function takers(n: Successor, step: Step): readonly string[] {
    return n.personas.length > 0 ? n.personas : step.actors;
}

/**
 * The curve of `persona` over `steps` (in map order, left to right). `pointAt` says where the
 * persona's emotion at a step is drawn, undefined where it has none.
 */
export function personaCurve(persona: string, steps: readonly Step[], pointAt: (stepId: string) => Point | undefined): PersonaCurve {
    const column = new Map<string, number>();
    const byId = new Map<string, Step>();
    steps.forEach((s, i) => {
        if (column.has(s.id)) return;
        column.set(s.id, i);
        byId.set(s.id, s);
    });
    const segments: CurveSegment[] = [];
    const seen = new Set<string>();
    const add = (from: Step, to: Step) => {
        const key = `${from.id}\u0000${to.id}`;
        if (seen.has(key)) return;
        seen.add(key);
        segments.push({ from: from.id, to: to.id, points: [pointAt(from.id) as Point, pointAt(to.id) as Point] });
    };
    for (const [i, s] of steps.entries()) {
        if (column.get(s.id) !== i || !pointAt(s.id)) continue;
        // Forward through the persona's successors to the next steps with a point of its own.
        const visited = new Set<string>([s.id]);
        const walk = (at: Step) => {
            for (const n of at.next) {
                const t = byId.get(n.step);
                if (!t || visited.has(t.id) || !takers(n, at).includes(persona)) continue;
                if ((column.get(t.id) ?? -1) <= (column.get(at.id) ?? -1)) continue;
                visited.add(t.id);
                if (pointAt(t.id)) add(s, t);
                else if (t.actors.includes(persona)) walk(t);
            }
        };
        walk(s);
    }
    const into = new Set(segments.map((g) => g.to));
    const outOf = new Set(segments.map((g) => g.from));
    const drawn = steps.filter((s, i) => column.get(s.id) === i && pointAt(s.id));
    return {
        persona,
        segments,
        starts: drawn.filter((s) => !into.has(s.id)).map((s) => s.id),
        ends: drawn.filter((s) => !outOf.has(s.id)).map((s) => s.id)
    };
}

/** A curve's segments joined into as few polylines as its forks allow (so a dash pattern runs on through a point). */
export function curvePolylines(curve: PersonaCurve): Point[][] {
    const from = new Map<string, CurveSegment[]>();
    for (const g of curve.segments) {
        let list = from.get(g.from);
        if (!list) from.set(g.from, (list = []));
        list.push(g);
    }
    const used = new Set<CurveSegment>();
    const lines: Point[][] = [];
    for (const g of curve.segments) {
        if (used.has(g)) continue;
        used.add(g);
        const line = [g.points[0], g.points[1]];
        let end = g.to;
        for (;;) {
            const next = from.get(end)?.find((x) => !used.has(x));
            if (!next) break;
            used.add(next);
            line.push(next.points[1]);
            end = next.to;
        }
        lines.push(line);
    }
    return lines;
}
