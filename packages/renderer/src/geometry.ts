import type { PersonaCurve } from './emotion-curves.js';
import type { PersonaStyle } from './persona-style.js';
import type { BaselineCurve, RemovedNoteGeom } from './place-baseline.js';

/** Laid-out geometry of a map: what the SVG writer draws and what tests assert on. Pixels, origin top-left. */

export interface Point {
    x: number;
    y: number;
}

export interface Box {
    x: number;
    y: number;
    width: number;
    height: number;
}

/** A block of wrapped text; `box` is its extent, `container` the box it must stay inside. */
export interface TextGeom {
    box: Box;
    container: Box;
    lines: string[];
    fontSize: number;
    lineHeight: number;
    bold: boolean;
    /** Class of the <text> element. */
    cls: string;
}

export interface StageGeom extends Box {
    stageId: string;
    label: TextGeom;
}

export interface CardGeom extends Box {
    stepId: string;
    stageId: string;
    /** Index of the step in file order = its column. */
    column: number;
    momentOfTruth: boolean;
    end: boolean;
    texts: TextGeom[];
}

export interface ColumnGeom {
    /** Step id, or undefined for the placeholder of an empty stage. */
    stepId?: string;
    stageId: string;
    x: number;
    width: number;
}

export interface EdgeGeom {
    from: string;
    to: string;
    label?: string;
    /** The share of the customers who go this way (0–100): the arrow's width says it. */
    share?: number;
    /** Orthogonal polyline from the source card to the target card (arrowhead at the last point). */
    points: Point[];
    labelText?: TextGeom;
    /** The label sits on the line, which is left out under it; otherwise beside the line. */
    labelOnLine?: boolean;
}

export interface LaneGeom {
    id: string;
    label: string;
    y: number;
    height: number;
    /** Separator lines of a blueprint (line of interaction, line of visibility) have no items. */
    kind: 'items' | 'emotion' | 'line';
    title: TextGeom;
    /** The title again in each column of repeated lane titles of a wide map. */
    repeats: TextGeom[];
}

export interface LaneItemGeom extends Box {
    lane: string;
    stepId: string;
    ref: string;
    persona?: string;
    /** Extra class of the item (e.g. badge status). */
    cls: string;
    texts: TextGeom[];
    tooltip: string;
    /** Persona marker of a leading chip (actors lane). */
    chip?: PersonaStyle;
}

export interface EmotionPointGeom extends Point {
    persona: string;
    stepId: string;
    value: number;
    word?: string;
}

/** A text of the emotion lane: a step's emotion word (once for all who share it), or a persona's name at an end of its curve. */
export interface EmotionLabelGeom {
    kind: 'word' | 'name';
    stepId: string;
    /** Whose word or name it is. */
    personas: string[];
    text: TextGeom;
}

export interface EmotionAxisGeom {
    /** y of each value -3..+3: valueY[v + 3]. */
    valueY: number[];
    x: number;
    width: number;
    /** The labels of -3, 0 and +3 left of the axis. */
    ticks: TextGeom[];
}

/** A persona card of the header: key (marker and line), name, then segment, needs and expects. */
export interface LegendItemGeom extends Box {
    persona: string;
    style: PersonaStyle;
    label: TextGeom;
    /** Segment, needs, expects: as many as the persona declares. */
    details: TextGeom[];
    /** Where the key sample (a stretch of the curve with a marker) is drawn. */
    key: { x: number; y: number; width: number };
}

export interface MapGeometry {
    width: number;
    height: number;
    header: TextGeom[];
    legend: LegendItemGeom[];
    stages: StageGeom[];
    columns: ColumnGeom[];
    cards: CardGeom[];
    edges: EdgeGeom[];
    lanes: LaneGeom[];
    laneItems: LaneItemGeom[];
    emotionAxis?: EmotionAxisGeom;
    emotionPoints: EmotionPointGeom[];
    /** One curve per persona, along its path (emotion-curves.ts). */
    emotionCurves: PersonaCurve[];
    emotionLabels: EmotionLabelGeom[];
    /** The baseline's emotion curves, when the map is compared with one (place-baseline.ts). */
    baselineCurves: BaselineCurve[];
    /** Against a baseline: the ghost note of each stage that lost steps, under its label. */
    removedNotes: RemovedNoteGeom[];
    /** Top and bottom of the area below the stage headers (for moment-of-truth column bands). */
    body: { top: number; bottom: number };
}

export function boxesOverlap(a: Box, b: Box, tolerance = 0.01): boolean {
    return a.x + a.width - tolerance > b.x && b.x + b.width - tolerance > a.x && a.y + a.height - tolerance > b.y && b.y + b.height - tolerance > a.y;
}

export function boxInside(inner: Box, outer: Box, tolerance = 0.01): boolean {
    return (
        inner.x >= outer.x - tolerance &&
        inner.y >= outer.y - tolerance &&
        inner.x + inner.width <= outer.x + outer.width + tolerance &&
        inner.y + inner.height <= outer.y + outer.height + tolerance
    );
}
