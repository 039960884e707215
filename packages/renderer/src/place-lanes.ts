import type { JourneyModel } from '@journey-maps/model';
import { personaCurve } from './emotion-curves.js';
import type { Box, ColumnGeom, EmotionAxisGeom, EmotionLabelGeom, EmotionPointGeom, LaneGeom, LaneItemGeom, MapGeometry, Point, TextGeom } from './geometry.js';
import { laneDefs, type LaneDef } from './lanes.js';
import { M } from './metrics.js';
import type { ModelIndex } from './model-index.js';
import { placeItems } from './place-cells.js';
import { placeBaselineCurves, type BaselineCurve, type BaselineOption } from './place-baseline.js';
import { placeEmotionLabels, placeEmotionPoints } from './place-emotions.js';
import { mapPersonas } from './persona-order.js';
import type { PreparedFlow } from './prepare-flow.js';
import { memoItems, type RenderMemo, type StepMemo } from './render-memo.js';
import { textGeom } from './text-geom.js';
import { wrapText, type WrappedText } from './wrap.js';

/**
 * The lanes below the flow, top to bottom, each as tall as its content: the non-empty lanes of the
 * map's kind, and a blueprint's two separator lines. Three kinds: item lanes (text blocks per
 * step), the emotion lane (a value scale with one line per persona) and separator lines.
 */

export interface PlacedLanes {
    lanes: LaneGeom[];
    laneItems: LaneItemGeom[];
    emotionAxis?: EmotionAxisGeom;
    emotionPoints: EmotionPointGeom[];
    emotionCurves: MapGeometry['emotionCurves'];
    emotionLabels: EmotionLabelGeom[];
    baselineCurves: BaselineCurve[];
    bottom: number;
}

/** Where the lanes go across: the columns, and the band from the lane titles' right edge (`left`) to `right`. */
interface LaneContext {
    prep: PreparedFlow;
    columns: ColumnGeom[];
    memos: (StepMemo | undefined)[];
    ix: ModelIndex;
    left: number;
    right: number;
    /** Left edges of the columns of repeated lane titles (map-across.ts). */
    repeats: readonly number[];
    renderMemo: RenderMemo;
    /** The comparison with the baseline, whose curves the emotion lane also draws. */
    baseline?: BaselineOption;
}

export function placeLanes(model: JourneyModel, ctx: LaneContext, top: number): PlacedLanes {
    const out: PlacedLanes = { lanes: [], laneItems: [], emotionPoints: [], emotionCurves: [], emotionLabels: [], baselineCurves: [], bottom: top };
    let y = top;
    for (const def of laneDefs(model.journey.kind).filter((d) => drawsLane(d, ctx))) {
        const titleW = wrapText(def.label, M.laneTitleWidth - 16, M.laneTitleFont, true);
        const lane = def.kind === 'line' ? lineLane(def, titleW, y, ctx) : def.kind === 'emotion' ? emotionLane(model, def, titleW, y, ctx, out) : itemLane(def, titleW, y, ctx, out);
        out.lanes.push(lane);
        y += lane.height;
    }
    out.bottom = y;
    return out;
}

/** Separator lines always; the other lanes when some step shows something in them. */
function drawsLane(def: LaneDef, { prep, memos, ix }: LaneContext): boolean {
    if (def.kind === 'line') return true;
    if (def.kind === 'emotion') return prep.columns.some((c) => c.step && c.step.emotions.length > 0);
    return prep.columns.some((c, i) => c.step && memoItems(memos[i] as StepMemo, def.id, c.step, ix).length > 0);
}

function laneTitleBox(top: number, h: number, x: number = M.margin): Box {
    return { x: x + 8, y: top, width: M.laneTitleWidth - 12, height: h };
}

/** The lane's title in each column of repeated titles, at the height of the one on the left. */
function repeatTitles(title: TextGeom, lane: { y: number; height: number }, repeats: readonly number[]): TextGeom[] {
    return repeats.map((r) => ({ ...title, box: { ...title.box, x: r + 8 }, container: laneTitleBox(lane.y, lane.height, r), cls: `${title.cls} jm-lane-repeat` }));
}

/** A blueprint's line of interaction or of visibility: its title centred on the line. */
function lineLane(def: LaneDef, titleW: WrappedText, top: number, { repeats }: LaneContext): LaneGeom {
    const h = Math.max(M.lineLaneHeight, titleW.height + 8);
    const title = textGeom(titleW, M.margin + 8, top + (h - titleW.height) / 2, laneTitleBox(top, h), 'jm-bp-line-text');
    return { id: def.id, label: def.label, y: top, height: h, kind: 'line', title, repeats: repeatTitles(title, { y: top, height: h }, repeats) };
}

/**
 * The emotion lane: the -3..+3 scale, each step's dots in its column, one curve per persona along
 * its path, and the texts placed clear of them (place-emotions.ts).
 */
function emotionLane(model: JourneyModel, def: LaneDef, titleW: WrappedText, top: number, { prep, columns, memos, ix, left, right, repeats, renderMemo, baseline }: LaneContext, out: PlacedLanes): LaneGeom {
    const axisTop = top + M.lanePad + 8;
    const valueY = [0, 1, 2, 3, 4, 5, 6].map((k) => axisTop + (6 - k) * M.emotionUnit);
    const at = new Map<string, Point>();
    prep.columns.forEach((c, i) => {
        if (!c.step || c.step.emotions.length === 0) return;
        const col = columns[i] as ColumnGeom;
        const memo = memos[i] as StepMemo;
        let placed = memo.emotions;
        if (!placed || placed.x !== col.x || placed.width !== col.width || placed.axisTop !== axisTop) {
            placed = { x: col.x, width: col.width, axisTop, points: placeEmotionPoints(c.step, col, valueY, ix) };
            memo.emotions = placed;
        }
        for (const p of placed.points) {
            out.emotionPoints.push(p);
            at.set(`${p.stepId}\u0000${p.persona}`, p);
        }
    });
    // The curves and texts depend on every step's dots and paths: placed again only when one changed.
    let key = `${top}|${left}|${right}|${repeats.join(',')}|${titleW.lines.join(' ')}|${baseline ? JSON.stringify(baseline) : ''}`;
    prep.columns.forEach((c, i) => {
        const memo = memos[i];
        if (!c.step || !memo) return;
        memo.emotionKey ??= JSON.stringify([c.step.id, c.step.actors, c.step.emotions, c.step.next]);
        key += `|${columns[i]?.x},${columns[i]?.width}:${memo.emotionKey}`;
    });
    const hit = renderMemo.emotionLane;
    if (hit && hit.key === key) {
        out.emotionPoints = hit.placed.points;
        out.emotionCurves = hit.placed.curves;
        out.emotionLabels = hit.placed.labels;
        out.emotionAxis = hit.placed.axis;
        out.baselineCurves = hit.placed.baselineCurves;
        return hit.placed.lane;
    }
    const steps = prep.columns.flatMap((c) => (c.step ? [c.step] : []));
    for (const { id } of mapPersonas(model)) {
        const curve = personaCurve(id, steps, (stepId) => at.get(`${stepId}\u0000${id}`));
        if (curve.starts.length > 0) out.emotionCurves.push(curve);
    }
    const axisX = left - M.gutter / 2;
    const ticks = [-3, 0, 3].map((v) => tick(v, axisX, valueY[v + 3] as number));
    // Repeated titles go where no curve crosses them: at the top, else further down.
    const titleSpots = repeats.map((r) => ({ w: titleW, x: r + 8, y: top + M.lanePad }));
    out.baselineCurves = placeBaselineCurves(steps, columns, valueY, baseline);
    const placed = placeEmotionLabels({
        points: out.emotionPoints, curves: out.emotionCurves, others: out.baselineCurves.flatMap((c) => c.lines),
        columns, ix, top: top + 2, left: axisX, right, taken: ticks.map((t) => t.box), titles: titleSpots
    });
    out.emotionLabels.push(...placed.labels);
    const bottom = Math.max(axisTop + 6 * M.emotionUnit + 8, placed.bottom + 4);
    const h = Math.max(bottom + M.lanePad - top, titleW.height + 2 * M.lanePad);
    out.emotionAxis = { valueY, x: axisX, width: right - axisX, ticks };
    const title = textGeom(titleW, M.margin + 8, top + M.lanePad, laneTitleBox(top, h), 'jm-lane-title');
    const again = placed.titles.map((b, n) => textGeom(titleW, b.x, b.y, laneTitleBox(top, h, repeats[n]), 'jm-lane-title jm-lane-repeat'));
    const lane: LaneGeom = { id: def.id, label: def.label, y: top, height: h, kind: 'emotion', title, repeats: again };
    renderMemo.emotionLane = { key, placed: { lane, axis: out.emotionAxis, points: out.emotionPoints, curves: out.emotionCurves, labels: out.emotionLabels, baselineCurves: out.baselineCurves } };
    return lane;
}

/** An item lane: each step's items stacked in its column; as tall as the tallest stack. */
function itemLane(def: LaneDef, titleW: WrappedText, top: number, { prep, columns, memos, ix, repeats }: LaneContext, out: PlacedLanes): LaneGeom {
    let maxH = titleW.height;
    prep.columns.forEach((c, i) => {
        const col = columns[i];
        if (!col || !c.step) return;
        const memo = memos[i] as StepMemo;
        const items = memoItems(memo, def.id, c.step, ix);
        if (items.length === 0) return;
        let placed = memo.placed.get(def.id);
        if (!placed || placed.x !== col.x || placed.width !== col.width || placed.top !== top) {
            placed = placeItems(items, def.id, c.step.id, col, top);
            memo.placed.set(def.id, placed);
        }
        for (const g of placed.geoms) out.laneItems.push(g);
        maxH = Math.max(maxH, placed.extent);
    });
    const h = maxH + 2 * M.lanePad;
    const title = textGeom(titleW, M.margin + 8, top + M.lanePad, laneTitleBox(top, h), 'jm-lane-title');
    return { id: def.id, label: def.label, y: top, height: h, kind: 'items', title, repeats: repeatTitles(title, { y: top, height: h }, repeats) };
}

/** A value's label left of the axis: "+3", "0", "−3". */
function tick(v: number, axisX: number, y: number): TextGeom {
    const w = wrapText(v > 0 ? `+${v}` : v === 0 ? '0' : `−${-v}`, 40, 10, false);
    const box = { x: axisX - 6 - w.width, y: y - w.height / 2, width: w.width, height: w.height };
    return textGeom(w, box.x, box.y, box, 'jm-muted');
}
