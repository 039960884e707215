import type { ColumnGeom, LaneItemGeom, TextGeom } from './geometry.js';
import { wrapItem, type LaneId, type LaneItem } from './lanes.js';
import { M } from './metrics.js';
import type { PlacedItems } from './render-memo.js';
import { textGeom } from './text-geom.js';

/** What one step shows in one item lane, placed in its column. */

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
