import type { Step } from '@journey-maps/model';
import { ObstacleGrid } from './collisions.js';
import type { PersonaCurve } from './emotion-curves.js';
import type { Box, ColumnGeom, EmotionLabelGeom, EmotionPointGeom, Point } from './geometry.js';
import { M } from './metrics.js';
import { personaStyle, type ModelIndex } from './model-index.js';
import { shortName } from './persona-order.js';
import { markerReach } from './persona-style.js';
import { textGeom } from './text-geom.js';
import { wrapText, type WrappedText } from './wrap.js';

/**
 * The emotion lane's dots and texts. Dots sit at their values in their step's column, side by
 * side in persona order. Texts (each step's emotion words, written once for all the personas who
 * share one, and each persona's name at the ends of its curve) go where they touch no dot, no
 * curve and no other text: the first clear one of a few positions round what they label, further
 * away when those are taken.
 */

/** Radius of an emotion dot (its marker stands for a circle this size). */
export const DOT_R = 5;
/** Half the width of a curve's stroke (theme: 2.5). */
const CURVE_HALF = 1.25;
/** Gap kept between a text and anything else. */
const GAP = 2;
/** Gap between a dot and the text that labels it. */
const NEAR = 4;

/** A step's emotion dots in its column: at their values, side by side in persona order. */
export function placeEmotionPoints(step: Step, col: ColumnGeom, valueY: readonly number[], ix: ModelIndex): EmotionPointGeom[] {
    const cx = col.x + col.width / 2;
    const order = (p: string) => ix.personaIndex.get(p) ?? Number.MAX_SAFE_INTEGER;
    const emotions = [...step.emotions].sort((a, b) => order(a.persona) - order(b.persona));
    const n = emotions.length;
    return emotions.map((e, k) => ({
        x: cx + (k - (n - 1) / 2) * 3 * DOT_R,
        y: valueY[Math.max(-3, Math.min(3, e.value)) + 3] as number,
        persona: e.persona,
        stepId: step.id,
        value: e.value,
        word: e.label
    }));
}

export interface EmotionLabelInput {
    points: readonly EmotionPointGeom[];
    curves: readonly PersonaCurve[];
    /** Other lines drawn in the lane (the baseline's curves). */
    others: readonly (readonly Point[])[];
    columns: readonly ColumnGeom[];
    ix: ModelIndex;
    /** Texts must stay below `top` and between `left` and `right`. */
    top: number;
    left: number;
    right: number;
    /** Other texts of the lane (the value ticks). */
    taken: readonly Box[];
    /** Texts to place last, each at its spot or as near below it as is clear (repeated lane titles). */
    titles: readonly { w: WrappedText; x: number; y: number }[];
}

export function placeEmotionLabels(input: EmotionLabelInput): { labels: EmotionLabelGeom[]; titles: Box[]; bottom: number } {
    const { points, curves, ix } = input;
    const grid = new ObstacleGrid();
    for (const p of points) grid.add({ kind: 'dot', c: p, r: markerReach(personaStyle(ix, p.persona).marker, DOT_R) + 0.75 });
    for (const c of curves) for (const s of c.segments) grid.add({ kind: 'segment', a: s.points[0], b: s.points[1], half: CURVE_HALF });
    for (const line of input.others) grid.addPolyline(line, CURVE_HALF);
    for (const b of input.taken) grid.addBox(b);
    const columnOf = new Map<string, ColumnGeom>();
    for (const c of input.columns) if (c.stepId !== undefined && !columnOf.has(c.stepId)) columnOf.set(c.stepId, c);

    const labels: EmotionLabelGeom[] = [];
    let bottom = -Infinity;
    const put = (label: EmotionLabelGeom) => {
        labels.push(label);
        grid.addBox(label.text.box);
        bottom = Math.max(bottom, label.text.box.y + label.text.box.height);
    };

    // Words first: they say what the step felt like, the names only whose line is whose.
    const byStep = new Map<string, EmotionPointGeom[]>();
    for (const p of points) {
        let list = byStep.get(p.stepId);
        if (!list) byStep.set(p.stepId, (list = []));
        list.push(p);
    }
    for (const [stepId, pts] of byStep) {
        const col = columnOf.get(stepId);
        if (!col) continue;
        for (const group of wordGroups(pts)) {
            const w = wrapText(group[0]?.word ?? '', col.width - 8, M.emotionFont, false);
            const area = { x: col.x + 2, width: col.width - 4 };
            const box = firstClear(grid, w, aroundDots(group, w), area, input.top);
            put({ kind: 'word', stepId, personas: group.map((p) => p.persona), text: textGeom(w, box.x, box.y, { ...box }, 'jm-text jm-halo') });
        }
    }

    const pointOf = new Map(points.map((p) => [`${p.stepId}\u0000${p.persona}`, p]));
    for (const c of curves) {
        const style = personaStyle(ix, c.persona);
        const w = wrapText(shortName(ix.personaLabel.get(c.persona) ?? c.persona), 160, M.emotionFont, true);
        const area = { x: input.left + 2, width: input.right - input.left - 4 };
        const ends = new Set(c.ends);
        for (const stepId of new Set([...c.starts, ...c.ends])) {
            const p = pointOf.get(`${stepId}\u0000${c.persona}`);
            if (!p) continue;
            // A curve is named before its start and after its end; a lone dot, before it.
            const after = ends.has(stepId) && !c.starts.includes(stepId);
            const box = firstClear(grid, w, besideDot(p, w, after), area, input.top);
            put({ kind: 'name', stepId, personas: [c.persona], text: textGeom(w, box.x, box.y, { ...box }, `jm-pt${style.colour} jm-halo`) });
        }
    }
    const titles = input.titles.map((t) => {
        const box = firstClear(grid, t.w, [t], { x: t.x, width: t.w.width }, input.top);
        grid.addBox(box);
        bottom = Math.max(bottom, box.y + box.height);
        return box;
    });
    return { labels, titles, bottom };
}

/** A step's dots that share one word and one value: their word is written once. */
function wordGroups(pts: readonly EmotionPointGeom[]): EmotionPointGeom[][] {
    const groups = new Map<string, EmotionPointGeom[]>();
    for (const p of pts) {
        if (!p.word) continue;
        const key = `${p.value}\u0000${p.word}`;
        let g = groups.get(key);
        if (!g) groups.set(key, (g = []));
        g.push(p);
    }
    return [...groups.values()];
}

type Spot = { x: number; y: number };

/** Positions for a word round its dots: below, above, beside, then further down and up. */
function aroundDots(group: readonly EmotionPointGeom[], w: WrappedText): Spot[] {
    const x0 = Math.min(...group.map((p) => p.x)) - DOT_R;
    const x1 = Math.max(...group.map((p) => p.x)) + DOT_R;
    const y = group[0]?.y ?? 0;
    const cx = (x0 + x1) / 2 - w.width / 2;
    const below = y + DOT_R + NEAR;
    const above = y - DOT_R - NEAR - w.height;
    const spots: Spot[] = [
        { x: cx, y: below }, { x: cx, y: above },
        { x: x1 + NEAR, y: y - w.height / 2 }, { x: x0 - NEAR - w.width, y: y - w.height / 2 },
        { x: x1 - w.width / 2, y: below }, { x: x0 - w.width / 2, y: below },
        { x: x1 - w.width / 2, y: above }, { x: x0 - w.width / 2, y: above }
    ];
    for (let k = 1; k <= 10; k++) {
        const d = k * 5;
        spots.push({ x: cx, y: below + d }, { x: cx, y: above - d }, { x: x1 + NEAR, y: below + d - w.height / 2 }, { x: x0 - NEAR - w.width, y: below + d - w.height / 2 });
    }
    return spots;
}

/** Positions for a persona's name at one end of its curve: before the dot (or after it), then above and below. */
function besideDot(p: EmotionPointGeom, w: WrappedText, after: boolean): Spot[] {
    const side = after ? p.x + DOT_R + NEAR + 2 : p.x - DOT_R - NEAR - 2 - w.width;
    const mid = p.y - w.height / 2;
    const below = p.y + DOT_R + NEAR;
    const above = p.y - DOT_R - NEAR - w.height;
    const spots: Spot[] = [{ x: side, y: mid }, { x: side, y: above }, { x: side, y: below }, { x: p.x - w.width / 2, y: above }, { x: p.x - w.width / 2, y: below }];
    for (let k = 1; k <= 10; k++) {
        const d = k * 5;
        spots.push({ x: side, y: above - d }, { x: side, y: below + d }, { x: p.x - w.width / 2, y: above - d }, { x: p.x - w.width / 2, y: below + d });
    }
    return spots;
}

/**
 * The first spot, pulled inside `area` and below `top`, where the text is clear of everything.
 * When none is, the first spot moved down until it is: below the lowest thing there is always room
 * (the lane grows to hold it).
 */
function firstClear(grid: ObstacleGrid, w: WrappedText, spots: readonly Spot[], area: { x: number; width: number }, top: number): Box {
    const fit = (s: Spot): Box => ({
        x: Math.max(area.x, Math.min(s.x, area.x + area.width - w.width)),
        y: Math.max(top, s.y),
        width: w.width,
        height: w.height
    });
    for (const s of spots) {
        const box = fit(s);
        if (grid.clear(box, GAP)) return box;
    }
    const box = fit(spots[0] as Spot);
    for (let n = 0; n < 5000 && !grid.clear(box, GAP); n++) box.y += 3;
    return box;
}

