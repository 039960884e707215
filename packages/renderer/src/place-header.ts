import type { JourneyKind, JourneyModel } from '@journey-maps/model';
import type { Box, LegendItemGeom, TextGeom } from './geometry.js';
import { M } from './metrics.js';
import { personaColour, type ModelIndex } from './model-index.js';
import { mapPersonas } from './persona-order.js';
import { textGeom } from './text-geom.js';
import { wrapText } from './wrap.js';

/** The top of the map: title, kind and size, goals; then the persona legend. */

const KIND_LABEL: Record<JourneyKind, string> = {
    current: 'Current-state journey map',
    future: 'Future-state journey map',
    day: 'Day-in-the-life map',
    blueprint: 'Service blueprint'
};

/** The header lines from `top`, across the map's width; bottom: where the legend starts. */
export function placeHeader(model: JourneyModel, stepCount: number, width: number, top: number): { header: TextGeom[]; bottom: number } {
    const full: Box = { x: M.margin, y: 0, width: width - 2 * M.margin, height: Number.MAX_SAFE_INTEGER };
    const header: TextGeom[] = [];
    let y = top;
    const headerWidth = width - 2 * M.margin;
    const t = wrapText(model.journey.title || model.journey.id, headerWidth, M.titleFont, true);
    header.push(textGeom(t, M.margin, y, { ...full, y, height: t.height }, 'jm-text'));
    y += t.height + 4;
    const personaCount = model.journey.personas.length;
    const sub = wrapText(`${KIND_LABEL[model.journey.kind]} · ${stepCount} steps in ${model.stages.length} stages · ${personaCount} persona${personaCount === 1 ? '' : 's'}`, headerWidth, M.subtitleFont, false);
    header.push(textGeom(sub, M.margin, y, { ...full, y, height: sub.height }, 'jm-muted'));
    y += sub.height + 8;
    for (const g of model.journey.goals) {
        const w = wrapText(`Goal: ${g}`, headerWidth, M.goalFont, false);
        header.push(textGeom(w, M.margin, y, { ...full, y, height: w.height }, 'jm-text'));
        y += w.height + 2;
    }
    return { header, bottom: y + 8 };
}

/** One chip per persona of the map, flowing left to right in rows; bottom: where the stages start. */
export function placeLegend(model: JourneyModel, ix: ModelIndex, width: number, top: number): { legend: LegendItemGeom[]; bottom: number } {
    const legend: LegendItemGeom[] = [];
    const headerWidth = width - 2 * M.margin;
    const contentRight = width - M.margin;
    let y = top;
    let lx = M.margin;
    let rowH = 0;
    for (const { id, label } of mapPersonas(model)) {
        const w = wrapText(label, Math.min(360, headerWidth - 34), M.legendFont, false);
        const itemW = w.width + 34;
        const itemH = Math.max(24, w.height + 10);
        if (lx > M.margin && lx + itemW > contentRight) {
            lx = M.margin;
            y += rowH + 6;
            rowH = 0;
        }
        const box = { x: lx, y, width: itemW, height: itemH };
        legend.push({ ...box, persona: id, colour: personaColour(ix, id), label: textGeom(w, lx + 26, y + (itemH - w.height) / 2, box, 'jm-text') });
        lx += itemW + 10;
        rowH = Math.max(rowH, itemH);
    }
    return { legend, bottom: legend.length > 0 ? y + rowH + 14 : y };
}
