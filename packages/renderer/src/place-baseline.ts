import type { Step } from '@journey-maps/model';
import { curvePolylines, personaCurve } from './emotion-curves.js';
import type { Box, ColumnGeom, Point, TextGeom } from './geometry.js';
import { M } from './metrics.js';
import { textGeom } from './text-geom.js';
import { wrapText, type WrappedText } from './wrap.js';

/**
 * The baseline on this map, from the language core's comparison: each persona's baseline emotion
 * curve through the kept steps, and a ghost note on each stage that lost steps. Placed with the
 * lanes and the stage bands, so the texts there keep clear of them.
 */

export interface BaselineStep {
    step: string;
    /** The stage the step is in (a removed step: the stage it was in). */
    stage: string;
    status: 'added' | 'removed' | 'kept';
    /** A removed step: its label in the baseline (the comparison's; the map has no such step to read it from). */
    label?: string;
    emotions: readonly { persona: string; before?: number; after?: number }[];
}

export interface BaselineOption {
    steps: readonly BaselineStep[];
}

export interface BaselineCurve {
    persona: string;
    /** The curve as polylines (one per run between forks; a lone point is a short stroke). */
    lines: Point[][];
}

/** A step the map no longer has, as the baseline named it. */
export interface RemovedStep {
    id: string;
    /** Its label in the baseline; its id when the comparison gives none. */
    label: string;
}

/** The ghost note of a stage that had steps the map no longer has. */
export interface RemovedNoteGeom {
    stageId: string;
    /** The removed steps, in the baseline's order. */
    steps: RemovedStep[];
    box: Box;
    text: TextGeom;
}

/**
 * Each persona's baseline curve: its baseline emotion on each kept step at that step's column,
 * joined the way the persona's own curve is (personaCurve, along the map's paths), so the dashed
 * line runs beside the solid one and never across a branch it does not take. Steps that are new
 * (no baseline emotion) are passed through.
 */
export function placeBaselineCurves(steps: readonly Step[], columns: readonly ColumnGeom[], valueY: readonly number[], baseline: BaselineOption | undefined): BaselineCurve[] {
    if (!baseline) return [];
    const centre = new Map<string, number>();
    for (const col of columns) {
        if (col.stepId !== undefined && !centre.has(col.stepId)) centre.set(col.stepId, col.x + col.width / 2);
    }
    const before = new Map<string, Map<string, number>>();
    for (const s of baseline.steps) {
        if (s.status !== 'kept' || !centre.has(s.step)) continue;
        for (const e of s.emotions) {
            const y = e.before === undefined ? undefined : valueY[e.before + 3];
            if (y === undefined) continue;
            let points = before.get(e.persona);
            if (!points) before.set(e.persona, (points = new Map()));
            points.set(s.step, y);
        }
    }
    return [...before].map(([persona, ys]) => {
        const pointAt = (stepId: string): Point | undefined => {
            const y = ys.get(stepId);
            return y === undefined ? undefined : { x: centre.get(stepId) as number, y };
        };
        const curve = personaCurve(persona, steps, pointAt);
        const joined = new Set(curve.segments.flatMap((g) => [g.from, g.to]));
        // A baseline emotion no segment reaches: a short stroke at its value.
        const lone = curve.starts.filter((id) => !joined.has(id)).map((id) => {
            const p = pointAt(id) as Point;
            return [{ x: p.x - 6, y: p.y }, { x: p.x + 6, y: p.y }];
        });
        return { persona, lines: [...curvePolylines(curve), ...lone] };
    });
}

const NOTE_PAD_X = 6;
const NOTE_PAD_Y = 3;
/** Gap between the stage's label and its note. */
const NOTE_GAP = 4;

/** The removed steps of the comparison by the stage they were in. */
export function removedByStage(baseline: BaselineOption | undefined): Map<string, RemovedStep[]> {
    const removed = new Map<string, RemovedStep[]>();
    for (const s of baseline?.steps ?? []) {
        if (s.status !== 'removed') continue;
        const list = removed.get(s.stage) ?? [];
        list.push({ id: s.step, label: s.label ?? s.step });
        removed.set(s.stage, list);
    }
    return removed;
}

/** The note's text, the steps by their labels, wrapped to a stage band's width. */
export function wrapRemovedNote(steps: readonly RemovedStep[], bandWidth: number): WrappedText {
    return wrapText(`removed: ${steps.map((s) => s.label).join(', ')}`, Math.max(20, bandWidth - 2 * M.stagePad - 2 * NOTE_PAD_X), M.itemFont);
}

/** How much taller the note makes a stage band. */
export function removedNoteHeight(w: WrappedText): number {
    return NOTE_GAP + w.height + 2 * NOTE_PAD_Y;
}

/** The note under a stage's label, whose top is `labelBottom`. */
export function placeRemovedNote(stageId: string, steps: readonly RemovedStep[], w: WrappedText, x: number, labelBottom: number): RemovedNoteGeom {
    const box = { x, y: labelBottom + NOTE_GAP, width: w.width + 2 * NOTE_PAD_X, height: w.height + 2 * NOTE_PAD_Y };
    return { stageId, steps: [...steps], box, text: textGeom(w, box.x + NOTE_PAD_X, box.y + NOTE_PAD_Y, box, 'jm-removed-text') };
}
