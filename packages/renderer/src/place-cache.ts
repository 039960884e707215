import type { JourneyModel, Step } from '@journey-maps/model';
import type { CardGeom, EdgeGeom, EmotionPointGeom, LaneItemGeom, Point } from './geometry.js';
import { itemsFor, type LaneItem, type ModelIndex } from './lanes.js';
import type { FlowLayout } from './layout-flow.js';
import type { WrappedText } from './wrap.js';

/**
 * What one renderer keeps between renders so that an edit costs about what it changes: per step
 * (keyed by its content), its lane items and its last placed geometry per lane, its card and its
 * emotion points; and the edges of the last flow layout. A part is reused only when everything it
 * was computed from is equal (the step's content, its column's x and width, the lane's top), so
 * the geometry is the same as computed afresh. Reused geometry objects are shared between renders:
 * treat a RenderedMap's geometry as read-only.
 */
export class PlaceCache {
    private sig = '';
    private prev = new Map<string, StepMemo>();
    private cur = new Map<string, StepMemo>();
    edges: { flow?: FlowLayout; left: number; flowTop: number; list: EdgeGeom[]; wrapped: (WrappedText | undefined)[] } = { left: 0, flowTop: 0, list: [], wrapped: [] };

    /** Starts a render: a change to what all steps depend on (personas, channels, …, kind) drops everything. */
    begin(model: JourneyModel): void {
        const sig = JSON.stringify([model.journey.kind, model.journey.personas, model.personas, model.channels, model.touchpoints, model.teams, model.metrics]);
        if (sig !== this.sig) this.clear();
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

    /** Ends a render: memos of steps that were not drawn this time are dropped. */
    end(): void {
        this.prev = this.cur;
        this.cur = new Map();
    }

    clear(): void {
        this.sig = '';
        this.prev = new Map();
        this.cur = new Map();
        this.edges = { left: 0, flowTop: 0, list: [], wrapped: [] };
    }
}

export interface StepMemo {
    /** Lane id → the step's items in that lane. */
    items: Map<string, LaneItem[]>;
    /** Lane id → the items as last placed (x, width of the column and top of the lane they were placed for). */
    placed: Map<string, { x: number; width: number; top: number; geoms: LaneItemGeom[]; extent: number }>;
    card?: { x: number; y: number; height: number; column: number; stageId: string; geom: CardGeom };
    emotions?: { x: number; width: number; axisTop: number; points: EmotionPointGeom[]; line: Point[]; bottom: number };
}

export function memoItems(m: StepMemo, lane: string, step: Step, ix: ModelIndex): LaneItem[] {
    let items = m.items.get(lane);
    if (!items) m.items.set(lane, (items = itemsFor(lane, step, ix)));
    return items;
}
