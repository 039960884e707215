import type { JourneyModel } from '@journey-maps/model';
import type { ColumnGeom, StageGeom } from './geometry.js';
import type { FlowLayout } from './layout-flow.js';
import type { MapAcross } from './map-across.js';
import { placeRemovedNote, removedByStage, removedNoteHeight, wrapRemovedNote, type BaselineOption, type RemovedNoteGeom } from './place-baseline.js';
import { M } from './metrics.js';
import type { PreparedFlow } from './prepare-flow.js';
import { textGeom } from './text-geom.js';
import { wrapText, type WrappedText } from './wrap.js';

/** The columns ELK placed, moved across the map (right of the lane titles and any repeated ones). */
export function placeColumns(prep: PreparedFlow, flow: FlowLayout, across: MapAcross): ColumnGeom[] {
    return prep.columns.map((c, i) => ({
        stepId: c.step?.id,
        stageId: c.stageId,
        x: across.x(flow.nodes[i]?.x ?? 0),
        width: prep.input.nodes[i]?.width ?? M.cardWidth
    }));
}

/**
 * Stage bands above the flow, as tall as the tallest stage label (with, against a baseline, the
 * note of the steps a stage lost under its label): boundaries halfway between the last column of
 * a stage and the first of the next. bottom: the top of the map's body.
 */
export function placeStages(
    model: JourneyModel, prep: PreparedFlow, columns: ColumnGeom[], across: MapAcross, contentRight: number, top: number, baseline?: BaselineOption
): { stages: StageGeom[]; removedNotes: RemovedNoteGeom[]; bottom: number } {
    const left = across.left;
    const spans: { stageId: string; x0: number; x1: number }[] = [];
    model.stages.forEach((stage, si) => {
        const cols = prep.columns.map((c, i) => (c.stageIndex === si ? i : -1)).filter((i) => i >= 0);
        const a = cols[0] ?? 0;
        const b = cols[cols.length - 1] ?? 0;
        const ca = columns[a];
        const cb = columns[b];
        if (!ca || !cb) return;
        const prev = columns[a - 1];
        const next = columns[b + 1];
        // A stage that starts with repeated lane titles starts where they do.
        const repeat = prev ? across.repeats.find((r) => r > prev.x + prev.width && r < ca.x) : undefined;
        const x0 = repeat ?? (prev ? (prev.x + prev.width + ca.x) / 2 : left - M.gutter / 2);
        const repeatAfter = next ? across.repeats.find((r) => r > cb.x + cb.width && r < next.x) : undefined;
        const x1 = repeatAfter ?? (next ? (cb.x + cb.width + next.x) / 2 : Math.max(cb.x + cb.width + M.gutter / 2, contentRight));
        spans.push({ stageId: stage.id, x0, x1 });
    });
    const removed = removedByStage(baseline);
    let height = 0;
    const wrapped = spans.map((s) => {
        const label = model.stages.find((st) => st.id === s.stageId)?.label ?? '';
        const w = wrapText(label, Math.max(20, s.x1 - s.x0 - 2 * M.stagePad), M.stageFont, true);
        const lost = removed.get(s.stageId);
        const note = lost ? wrapRemovedNote(lost, s.x1 - s.x0) : undefined;
        height = Math.max(height, w.height + (note ? removedNoteHeight(note) : 0) + 2 * M.stagePad);
        return { w, note };
    });
    const removedNotes: RemovedNoteGeom[] = [];
    const stages = spans.map((s, i): StageGeom => {
        const box = { x: s.x0, y: top, width: s.x1 - s.x0, height };
        const { w, note } = wrapped[i] as { w: WrappedText; note?: WrappedText };
        const lost = removed.get(s.stageId);
        if (note && lost) removedNotes.push(placeRemovedNote(s.stageId, lost, note, s.x0 + M.stagePad, top + M.stagePad + w.height));
        return { ...box, stageId: s.stageId, label: textGeom(w, s.x0 + M.stagePad, top + M.stagePad, box, 'jm-stage-text') };
    });
    return { stages, removedNotes, bottom: top + height };
}
