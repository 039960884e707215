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
}

export interface LaneGeom {
    id: string;
    label: string;
    y: number;
    height: number;
    /** Separator lines of a blueprint (line of interaction, line of visibility) have no items. */
    kind: 'items' | 'emotion' | 'line';
    title: TextGeom;
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
    /** Persona colour of a leading chip (actors lane). */
    chip?: number;
}

export interface EmotionPointGeom extends Point {
    persona: string;
    stepId: string;
    value: number;
    word?: string;
    label?: TextGeom;
}

export interface EmotionAxisGeom {
    /** y of each value -3..+3: valueY[v + 3]. */
    valueY: number[];
    x: number;
    width: number;
}

export interface LegendItemGeom extends Box {
    persona: string;
    colour: number;
    label: TextGeom;
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
    /** One polyline per persona, in step order. */
    emotionLines: { persona: string; points: Point[] }[];
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
