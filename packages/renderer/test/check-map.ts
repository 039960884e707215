import type { JourneyModel } from '@journey-maps/model';
import { DOMParser } from '@xmldom/xmldom';
import { expect } from 'vitest';
import { measureText } from '../src/text-measure.js';
import { boxesOverlap, boxInside, type Box, type MapGeometry, type RenderedMap, type TextGeom } from '../src/index.js';

export function parseSvg(svg: string) {
    const errors: string[] = [];
    const doc = new DOMParser({ onError: (level: string, msg: string) => void (level !== 'warning' && errors.push(msg)) }).parseFromString(svg, 'image/svg+xml');
    expect(errors).toEqual([]);
    return doc;
}

function allTexts(g: MapGeometry): TextGeom[] {
    return [
        ...g.header,
        ...g.legend.flatMap((l) => [l.label, ...l.details]),
        ...g.stages.map((s) => s.label),
        ...g.cards.flatMap((c) => c.texts),
        ...g.edges.flatMap((e) => (e.labelText ? [e.labelText] : [])),
        ...g.lanes.flatMap((l) => [l.title, ...l.repeats]),
        ...g.laneItems.flatMap((i) => i.texts),
        ...(g.emotionAxis?.ticks ?? []),
        ...g.emotionLabels.map((l) => l.text)
    ];
}

const near = (a: number, b: number, tol = 1) => Math.abs(a - b) <= tol;

function onBoundary(p: { x: number; y: number }, b: Box): boolean {
    const inX = p.x >= b.x - 1 && p.x <= b.x + b.width + 1;
    const inY = p.y >= b.y - 1 && p.y <= b.y + b.height + 1;
    return (inY && (near(p.x, b.x) || near(p.x, b.x + b.width))) || (inX && (near(p.y, b.y) || near(p.y, b.y + b.height)));
}

/** The geometric promises of the map, checked for one model and its rendering. */
export function checkMap(model: JourneyModel, r: RenderedMap): void {
    const g = r.geometry;
    const steps = model.stages.flatMap((s) => s.steps);
    const view: Box = { x: 0, y: 0, width: g.width, height: g.height };

    // Root element: explicit viewBox, width, height.
    const doc = parseSvg(r.svg);
    const root = doc.documentElement!;
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${g.width} ${g.height}`);
    expect(Number(root.getAttribute('width'))).toBe(g.width);
    expect(Number(root.getAttribute('height'))).toBe(g.height);

    // Every step drawn once, as a card, in its stage; columns in file order.
    expect(g.cards.map((c) => c.stepId)).toEqual(steps.map((s) => s.id));
    for (let i = 1; i < g.columns.length; i++) {
        const a = g.columns[i - 1]!;
        const b = g.columns[i]!;
        expect(b.x).toBeGreaterThanOrEqual(a.x + a.width);
    }
    expect(g.stages.map((s) => s.stageId)).toEqual(model.stages.map((s) => s.id));
    for (let i = 1; i < g.stages.length; i++) expect(g.stages[i]!.x).toBeGreaterThanOrEqual(g.stages[i - 1]!.x + g.stages[i - 1]!.width - 0.01);
    for (const c of g.cards) {
        const stage = g.stages.find((s) => s.stageId === c.stageId)!;
        expect(c.x).toBeGreaterThanOrEqual(stage.x);
        expect(c.x + c.width).toBeLessThanOrEqual(stage.x + stage.width);
        expect(r.svg).toContain(`data-ref="step:${escapeRef(c.stepId)}"`);
    }

    // No two cards overlap; no lane item overlaps another or a card; items stay in their lane and column.
    for (let i = 0; i < g.cards.length; i++) for (let j = i + 1; j < g.cards.length; j++) expect(boxesOverlap(g.cards[i]!, g.cards[j]!)).toBe(false);
    const byLane = new Map<string, typeof g.laneItems>();
    for (const it of g.laneItems) {
        const lane = g.lanes.find((l) => l.id === it.lane)!;
        expect(boxInside(it, { x: 0, y: lane.y, width: g.width, height: lane.height })).toBe(true);
        const col = g.columns.find((c) => c.stepId === it.stepId)!;
        expect(it.x).toBeGreaterThanOrEqual(col.x);
        expect(it.x + it.width).toBeLessThanOrEqual(col.x + col.width + 0.01);
        let list = byLane.get(it.lane);
        if (!list) byLane.set(it.lane, (list = []));
        list.push(it);
    }
    for (const list of byLane.values()) {
        list.sort((a, b) => a.x - b.x || a.y - b.y);
        for (let i = 0; i < list.length; i++)
            for (let j = i + 1; j < list.length && list[j]!.x < list[i]!.x + list[i]!.width; j++) expect(boxesOverlap(list[i]!, list[j]!)).toBe(false);
    }
    const flowBottom = Math.max(...g.cards.map((c) => c.y + c.height), 0);
    for (const l of g.lanes) expect(l.y).toBeGreaterThanOrEqual(flowBottom);
    for (let i = 1; i < g.lanes.length; i++) expect(g.lanes[i]!.y).toBeGreaterThanOrEqual(g.lanes[i - 1]!.y + g.lanes[i - 1]!.height - 0.01);
    for (const l of g.lanes) expect(r.svg).toContain(`data-lane="${l.id}"`);

    // Every successor is an edge from the source card to the target card.
    const cardOf = new Map(g.cards.map((c) => [c.stepId, c]));
    let expected = 0;
    for (const s of steps)
        for (const n of s.next) {
            if (!cardOf.has(n.step)) continue;
            expected++;
            const e = g.edges.find((x) => x.from === s.id && x.to === n.step && x.label === n.label);
            expect(e, `edge ${s.id}->${n.step}`).toBeDefined();
            expect(e!.points.length).toBeGreaterThanOrEqual(2);
            expect(onBoundary(e!.points[0]!, cardOf.get(s.id)!), `edge ${s.id}->${n.step} starts on its source`).toBe(true);
            expect(onBoundary(e!.points[e!.points.length - 1]!, cardOf.get(n.step)!), `edge ${s.id}->${n.step} ends on its target`).toBe(true);
            if (n.label || n.share !== undefined) expect(e!.labelText).toBeDefined();
            expect(r.svg).toContain(`data-ref="edge:${escapeRef(s.id)}-&gt;${escapeRef(n.step)}"`);
        }
    expect(g.edges.length).toBe(expected);

    // Emotion points sit at their values, in their step's column.
    const emotions = steps.flatMap((s) => s.emotions.map((e) => ({ step: s.id, ...e })));
    expect(g.emotionPoints.length).toBe(emotions.length);
    for (const e of emotions) {
        const p = g.emotionPoints.find((q) => q.stepId === e.step && q.persona === e.persona)!;
        expect(p).toBeDefined();
        expect(p.y).toBeCloseTo(g.emotionAxis!.valueY[e.value + 3]!, 5);
        const col = g.columns.find((c) => c.stepId === e.step)!;
        expect(p.x).toBeGreaterThan(col.x);
        expect(p.x).toBeLessThan(col.x + col.width);
    }
    if (g.emotionAxis) for (let v = 0; v < 6; v++) expect(g.emotionAxis.valueY[v]!).toBeGreaterThan(g.emotionAxis.valueY[v + 1]!);
    const emoLabels = g.emotionLabels.map((l) => l.text.box);
    for (let i = 0; i < emoLabels.length; i++) for (let j = i + 1; j < emoLabels.length; j++) expect(boxesOverlap(emoLabels[i]!, emoLabels[j]!)).toBe(false);

    // Text never overflows its box; nothing lies outside the viewBox.
    for (const t of allTexts(g)) {
        expect(boxInside(t.box, t.container), `text "${t.lines.join(' ')}" inside its box`).toBe(true);
        for (const line of t.lines) expect(measureText(line, t.fontSize, t.bold)).toBeLessThanOrEqual(t.box.width + 0.01);
        expect(t.box.height).toBeCloseTo(t.lines.length * t.lineHeight, 5);
        expect(boxInside(t.box, view)).toBe(true);
    }
    for (const b of [...g.cards, ...g.laneItems, ...g.stages, ...g.legend, ...g.lanes.map((l) => ({ x: 0, y: l.y, width: g.width, height: l.height }))]) expect(boxInside(b, view)).toBe(true);
    for (const e of g.edges) for (const p of e.points) expect(boxInside({ ...p, width: 0, height: 0 }, view)).toBe(true);
    for (const p of g.emotionPoints) expect(boxInside({ x: p.x - 5, y: p.y - 5, width: 10, height: 10 }, view)).toBe(true);
}

export function escapeRef(s: string): string {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
