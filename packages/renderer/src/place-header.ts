import type { JourneyKind, JourneyModel } from '@journey-maps/model';
import type { Box, LegendItemGeom, TextGeom } from './geometry.js';
import { M } from './metrics.js';
import { personaStyle, type ModelIndex } from './model-index.js';
import { mapPersonas } from './persona-order.js';
import { textGeom } from './text-geom.js';
import { wrapText } from './wrap.js';

/** The top of the map: title, kind and size, goals; then the persona cards, which are the legend. */

const KIND_LABEL: Record<JourneyKind, string> = {
    current: 'Current-state journey map',
    future: 'Future-state journey map',
    day: 'Day-in-the-life map',
    blueprint: 'Service blueprint'
};

/** "1 step", "3 steps". */
function count(n: number, noun: string): string {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** The header lines from `top`, across the map's width; bottom: where the legend starts. */
export function placeHeader(model: JourneyModel, stepCount: number, width: number, top: number): { header: TextGeom[]; bottom: number } {
    const full: Box = { x: M.margin, y: 0, width: width - 2 * M.margin, height: Number.MAX_SAFE_INTEGER };
    const header: TextGeom[] = [];
    let y = top;
    const headerWidth = width - 2 * M.margin;
    const t = wrapText(model.journey.title || model.journey.id, headerWidth, M.titleFont, true);
    header.push(textGeom(t, M.margin, y, { ...full, y, height: t.height }, 'jm-text'));
    y += t.height + 4;
    const size = `${count(stepCount, 'step')} in ${count(model.stages.length, 'stage')} · ${count(model.journey.personas.length, 'persona')}`;
    const sub = wrapText(`${KIND_LABEL[model.journey.kind]} · ${size}`, headerWidth, M.subtitleFont, false);
    header.push(textGeom(sub, M.margin, y, { ...full, y, height: sub.height }, 'jm-muted'));
    y += sub.height + 8;
    for (const g of model.journey.goals) {
        const w = wrapText(`Goal: ${g}`, headerWidth, M.goalFont, false);
        header.push(textGeom(w, M.margin, y, { ...full, y, height: w.height }, 'jm-text'));
        y += w.height + 2;
    }
    return { header, bottom: y + 8 };
}

/** Widest persona card; its key (a stretch of the curve with the marker) and the texts' indent. */
const CARD_MAX = 320;
const KEY_W = 30;
const INDENT = 10 + KEY_W + 8;
const CARD_PAD = 6;

/**
 * One card per persona of the map, flowing left to right in rows: the key to its curve and dots
 * (colour, dash, marker), its name, and what the file says of it (segment, needs, expects), so the
 * map carries everything the file says. bottom: where the stages start.
 */
export function placeLegend(model: JourneyModel, ix: ModelIndex, width: number, top: number): { legend: LegendItemGeom[]; bottom: number } {
    const legend: LegendItemGeom[] = [];
    const contentRight = width - M.margin;
    const maxW = Math.min(CARD_MAX, width - 2 * M.margin);
    const textW = maxW - INDENT - CARD_PAD - 4;
    const declared = new Map(model.personas.map((p) => [p.id, p]));
    let row: LegendItemGeom[] = [];
    let y = top;
    let lx = M.margin;
    const endRow = () => {
        // Cards of a row are as tall as the tallest, so the row reads as one band.
        const h = Math.max(0, ...row.map((c) => c.height));
        for (const c of row) c.height = h;
        y += h + 6;
        lx = M.margin;
        row = [];
    };
    for (const { id, label } of mapPersonas(model)) {
        const p = declared.get(id);
        const name = wrapText(label, textW, M.legendFont, true);
        const lines = [
            p?.segment ? { text: p.segment, cls: 'jm-muted' } : undefined,
            p && p.needs.length > 0 ? { text: `Needs: ${p.needs.join(' · ')}`, cls: 'jm-text' } : undefined,
            p && p.expects.length > 0 ? { text: `Expects: ${p.expects.join(' · ')}`, cls: 'jm-text' } : undefined
        ].flatMap((l) => (l ? [{ ...l, w: wrapText(l.text, textW, M.legendDetailFont, false) }] : []));
        const inner = Math.max(name.width, ...lines.map((l) => l.w.width));
        const cardW = Math.ceil(INDENT + inner + CARD_PAD + 4);
        let h = CARD_PAD + name.height;
        for (const l of lines) h += 2 + l.w.height;
        h = Math.max(24, Math.ceil(h + CARD_PAD));
        if (lx > M.margin && lx + cardW > contentRight) endRow();
        const box = { x: lx, y, width: cardW, height: h };
        const container = { x: lx, y, width: cardW, height: Number.MAX_SAFE_INTEGER };
        const labelY = lines.length === 0 ? y + (h - name.height) / 2 : y + CARD_PAD;
        const details: TextGeom[] = [];
        let ty = labelY + name.height;
        for (const l of lines) {
            details.push(textGeom(l.w, lx + INDENT, ty + 2, container, l.cls));
            ty += 2 + l.w.height;
        }
        const card: LegendItemGeom = {
            ...box,
            persona: id,
            style: personaStyle(ix, id),
            label: textGeom(name, lx + INDENT, labelY, container, 'jm-text'),
            details,
            key: { x: lx + 10, y: labelY + name.lineHeight / 2, width: KEY_W }
        };
        legend.push(card);
        row.push(card);
        lx += cardW + 10;
    }
    if (row.length > 0) endRow();
    return { legend, bottom: legend.length > 0 ? y + 8 : y };
}
