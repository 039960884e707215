import type { Step } from '@journey-maps/model';
import type { ColumnGeom, EmotionPointGeom, LaneItemGeom, Point, TextGeom } from './geometry.js';
import { wrapItem, type LaneId, type LaneItem } from './lanes.js';
import { M } from './metrics.js';
import type { PlacedEmotions, PlacedItems } from './render-memo.js';
import { textGeom } from './text-geom.js';
import { wrapText } from './wrap.js';

/** What one step shows in one lane, placed in its column: stacked items, or emotion points. */

/** A step's items in one lane, stacked in its column from the lane's top. */
export function placeItems(items: LaneItem[], lane: LaneId, stepId: string, col: ColumnGeom, top: number): PlacedItems {
    const geoms: LaneItemGeom[] = [];
    let iy = top + M.lanePad;
    for (const item of items) {
        const chipW = item.chip !== undefined ? 16 : 0;
        const inner = col.width - 2 * M.itemPad - chipW;
        const wrapped = wrapItem(item, inner);
        let h = 0;
        for (const w of wrapped) h += w.wrapped.height;
        h += 2 * M.itemPad;
        const box = { x: col.x, y: iy, width: col.width, height: h };
        const texts: TextGeom[] = [];
        let ty = iy + M.itemPad;
        for (const w of wrapped) {
            texts.push(textGeom(w.wrapped, col.x + M.itemPad + chipW, ty, box, w.line.cls));
            ty += w.wrapped.height;
        }
        geoms.push({ x: box.x, y: box.y, width: box.width, height: box.height, lane, stepId, ref: item.ref, persona: item.persona, cls: item.cls, texts, tooltip: item.tooltip, chip: item.chip });
        iy += h + M.itemGap;
    }
    return { x: col.x, width: col.width, top, geoms, extent: iy - M.itemGap - (top + M.lanePad) };
}

/** A step's emotion points on the lane's value scale (`valueY`), their labels stacked without overlap. */
export function placeEmotions(step: Step, col: ColumnGeom, valueY: number[], axisTop: number): PlacedEmotions {
    const points: EmotionPointGeom[] = [];
    const line: Point[] = [];
    let bottom = -Infinity;
    const cx = col.x + col.width / 2;
    const n = step.emotions.length;
    const pts = step.emotions.map((e, k) => ({ e, x: cx + (k - (n - 1) / 2) * 12, y: valueY[Math.max(-3, Math.min(3, e.value)) + 3] as number }));
    const order = [...pts].sort((a, b) => a.y - b.y);
    let prevBottom = -Infinity;
    for (const p of order) {
        let label: TextGeom | undefined;
        if (p.e.label) {
            const w = wrapText(p.e.label, col.width - 8, M.emotionFont, false);
            const ly = Math.max(p.y + 8, prevBottom + 2);
            const lx = Math.min(Math.max(col.x + 4, p.x - w.width / 2), col.x + col.width - 4 - w.width);
            const container = { x: col.x, y: ly, width: col.width, height: w.height };
            label = textGeom(w, lx, ly, container, 'jm-text jm-halo');
            prevBottom = ly + w.height;
            bottom = Math.max(bottom, prevBottom + 4);
        }
        points.push({ x: p.x, y: p.y, persona: p.e.persona, stepId: step.id, value: p.e.value, word: p.e.label, label });
        line.push({ x: p.x, y: p.y });
    }
    return { x: col.x, width: col.width, axisTop, points, line, bottom };
}
