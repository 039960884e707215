import type { SvgLeaf } from '@journey-maps/model';
import { polyline, rect } from './draw-primitives.js';
import type { MapGeometry, Point } from './geometry.js';
import { personaStyle, type ModelIndex } from './model-index.js';
import type { PartKeys } from './part-keys.js';
import { ref } from './refs.js';
import { attrs, escapeText } from './svg-writer.js';
import { measureText } from './text-measure.js';

/**
 * A map against its baseline, from the language core's comparison: each persona's baseline emotion
 * curve dashed under the current one (through the kept steps it had an emotion on), and a "new"
 * mark on each added step's card. Every part has class `jm-baseline`, so the preview can show or
 * hide the comparison without drawing the map again.
 */

export interface BaselineStep {
    step: string;
    status: 'added' | 'removed' | 'kept';
    emotions: readonly { persona: string; before?: number }[];
}

export interface BaselineOption {
    steps: readonly BaselineStep[];
}

const MARK_FONT = 10;
const MARK_HEIGHT = 14;

export function baselineCurveParts(g: MapGeometry, ix: ModelIndex, baseline: BaselineOption | undefined, keys: PartKeys): SvgLeaf[] {
    if (!baseline || !g.emotionAxis) return [];
    const axis = g.emotionAxis;
    const cards = new Map(g.cards.map((c) => [c.stepId, c]));
    const curves = new Map<string, Point[]>();
    // In the current map's column order, so the dashed curve runs beside the current one.
    const kept = baseline.steps.filter((s) => s.status === 'kept' && cards.has(s.step)).sort((a, b) => cards.get(a.step)!.column - cards.get(b.step)!.column);
    for (const s of kept) {
        const c = cards.get(s.step)!;
        for (const e of s.emotions) {
            if (e.before === undefined) continue;
            const y = axis.valueY[e.before + 3];
            if (y === undefined) continue;
            let points = curves.get(e.persona);
            if (!points) curves.set(e.persona, (points = []));
            points.push({ x: c.x + c.width / 2, y });
        }
    }
    const parts: SvgLeaf[] = [];
    for (const [persona, points] of curves) {
        if (points.length === 0) continue;
        const key = keys.unique(`baseline:${persona}`);
        const cls = `jm-baseline jm-emo-baseline jm-ps${personaStyle(ix, persona).colour}`;
        const d = points.length > 1 ? polyline(points) : `M${points[0]!.x - 6} ${points[0]!.y} L${points[0]!.x + 6} ${points[0]!.y}`;
        parts.push({ key, svg: `<path${attrs({ class: cls, d, 'data-lane': 'emotions', 'data-persona': persona, 'data-ref': ref('persona', persona), 'data-key': key })}/>` });
    }
    return parts;
}

export function newStepMarkParts(g: MapGeometry, baseline: BaselineOption | undefined, keys: PartKeys): SvgLeaf[] {
    if (!baseline) return [];
    const cards = new Map(g.cards.map((c) => [c.stepId, c]));
    const parts: SvgLeaf[] = [];
    for (const s of baseline.steps) {
        const c = cards.get(s.step);
        if (s.status !== 'added' || !c) continue;
        const key = keys.unique(`new:${s.step}`);
        const width = Math.ceil(measureText('new', MARK_FONT, true) + 10);
        const box = { x: c.x - 6, y: c.y - MARK_HEIGHT / 2, width, height: MARK_HEIGHT };
        parts.push({
            key,
            svg: `<g${attrs({ class: 'jm-baseline jm-new', 'data-ref': ref('step', s.step), 'data-key': key })}>${rect(box, 'jm-new-badge', MARK_HEIGHT / 2)}`
                + `<text${attrs({ class: 'jm-new-text', x: box.x + width / 2, y: box.y + MARK_HEIGHT / 2 + MARK_FONT * 0.36, 'font-size': MARK_FONT, 'text-anchor': 'middle' })}>${escapeText('new')}</text></g>`
        });
    }
    return parts;
}
