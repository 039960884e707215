import type { JourneyModel, Step } from '@journey-maps/model';
import type { PersonaCurve } from './emotion-curves.js';
import type { BaselineCurve } from './place-baseline.js';
import type { CardGeom, EdgeGeom, EmotionAxisGeom, EmotionLabelGeom, EmotionPointGeom, LaneGeom, LaneItemGeom } from './geometry.js';
import { itemsFor, type LaneId, type LaneItem } from './lanes.js';
import type { FlowLayout } from './layout-flow.js';
import type { ModelIndex } from './model-index.js';
import type { WrappedText } from './wrap.js';

/**
 * Everything one renderer keeps between renders so that an edit costs about what it changes, in
 * one owner, so what is reused is decided in one place and dropped together:
 *
 * - flow layouts by flow shape (an ELK run is the dearest step);
 * - per step (keyed by its content): its lane items, its last placed geometry per lane, its card
 *   and its emotion points; the edges of the last flow layout; the emotion lane, whose texts are
 *   placed round every curve, as a whole. A placed part is reused only
 *   when everything it was computed from is equal (the step's content, its column's x and width,
 *   the lane's top), so the geometry is the same as computed afresh;
 * - the SVG drawn for those geometry objects, keyed by the object (placement hands back the same
 *   object exactly when it reuses it) and by what the drawing shows beyond it (`drawn`).
 *
 * Reused geometry objects are shared between renders: treat a RenderedMap's geometry as read-only.
 */
export class RenderMemo {
    private readonly layouts = new Map<string, FlowLayout>();
    private sig = '';
    private prev = new Map<string, StepMemo>();
    private cur = new Map<string, StepMemo>();
    private fragments = new WeakMap<object, { extra: string; svg: string }>();
    edges: EdgeMemo = emptyEdges();
    /** The emotion lane as last placed, and what it was placed from (place-lanes.ts). */
    emotionLane?: { key: string; placed: EmotionLaneMemo };

    constructor(private readonly layoutLimit = 8) {}

    /** The cached layout of a flow shape (and marks it most recently used). */
    layout(shape: string): FlowLayout | undefined {
        const flow = this.layouts.get(shape);
        if (flow) {
            this.layouts.delete(shape);
            this.layouts.set(shape, flow);
        }
        return flow;
    }

    keepLayout(shape: string, flow: FlowLayout): void {
        this.layouts.set(shape, flow);
        while (this.layouts.size > Math.max(1, this.layoutLimit)) this.layouts.delete(this.layouts.keys().next().value as string);
    }

    /** Starts placing a model: a change to what all steps depend on (personas, channels, …, kind) drops every step memo. */
    begin(model: JourneyModel): void {
        const sig = JSON.stringify([model.journey.kind, model.journey.personas, model.personas, model.channels, model.touchpoints, model.teams, model.metrics]);
        if (sig !== this.sig) this.clearPlaced();
        this.sig = sig;
    }

    /** The memo of a step's content (new when the content is new). */
    step(step: Step): StepMemo {
        const key = JSON.stringify(step);
        let m = this.cur.get(key);
        if (m) return m;
        m = this.prev.get(key) ?? { items: new Map(), placed: new Map() };
        this.cur.set(key, m);
        return m;
    }

    /** Ends placing: memos of steps that were not drawn this time are dropped. */
    end(): void {
        this.prev = this.cur;
        this.cur = new Map();
    }

    /**
     * The SVG of a geometry object: drawn again unless this object was drawn before showing the
     * same `extra` (what the SVG takes from elsewhere: a persona's name and colour, the full label).
     */
    drawn(geom: object, extra: string, draw: () => string): string {
        const hit = this.fragments.get(geom);
        if (hit && hit.extra === extra) return hit.svg;
        const svg = draw();
        this.fragments.set(geom, { extra, svg });
        return svg;
    }

    clear(): void {
        this.layouts.clear();
        this.clearPlaced();
    }

    private clearPlaced(): void {
        this.sig = '';
        this.prev = new Map();
        this.cur = new Map();
        this.edges = emptyEdges();
        this.emotionLane = undefined;
        this.fragments = new WeakMap();
    }
}

export interface StepMemo {
    items: Map<LaneId, LaneItem[]>;
    /** Lane id → the items as last placed (x, width of the column and top of the lane they were placed for). */
    placed: Map<LaneId, PlacedItems>;
    card?: { x: number; y: number; height: number; column: number; stageId: string; geom: CardGeom };
    emotions?: PlacedEmotions;
    /** What of the step the emotion lane depends on (its dots, and the paths its curves follow). */
    emotionKey?: string;
}

export interface EmotionLaneMemo {
    lane: LaneGeom;
    axis: EmotionAxisGeom;
    points: EmotionPointGeom[];
    curves: PersonaCurve[];
    labels: EmotionLabelGeom[];
    baselineCurves: BaselineCurve[];
}

export interface PlacedItems {
    x: number;
    width: number;
    top: number;
    geoms: LaneItemGeom[];
    /** Height of the items, from the lane's top padding. */
    extent: number;
}

export interface PlacedEmotions {
    x: number;
    width: number;
    axisTop: number;
    points: EmotionPointGeom[];
}

/** The edges of the last render and what they were placed for. */
export interface EdgeMemo {
    flow?: FlowLayout;
    /** MapAcross.key of the map the edges were placed on. */
    across: string;
    flowTop: number;
    list: EdgeGeom[];
    wrapped: (WrappedText | undefined)[];
}

function emptyEdges(): EdgeMemo {
    return { across: '', flowTop: 0, list: [], wrapped: [] };
}

export function memoItems(m: StepMemo, lane: LaneId, step: Step, ix: ModelIndex): LaneItem[] {
    let items = m.items.get(lane);
    if (!items) m.items.set(lane, (items = itemsFor(lane, step, ix)));
    return items;
}
