import { joinSvgParts, type JourneyModel, type SvgParts } from '@journey-maps/model';
import { drawSvg } from './draw-svg.js';
import type { InsightsOption } from './draw-insights.js';
import type { BaselineOption } from './place-baseline.js';
import type { MapGeometry } from './geometry.js';
import { flowShapeKey, inThreadLayout, type FlowLayoutEngine } from './layout-flow.js';
import { placeMap } from './layout-map.js';
import { mapPersonas } from './persona-order.js';
import { prepareFlow } from './prepare-flow.js';
import { RenderMemo } from './render-memo.js';
import type { ThemeOption } from './theme.css.js';

export interface RenderOptions {
    /** Root class `jm-theme-…`; 'auto' (default) follows the webview's VS Code theme or prefers-color-scheme. */
    theme?: ThemeOption;
    /** The analysis' ranked hotspots, drawn as rank badges and (unless `heatTint` is false) a heat tint of their columns. */
    insights?: InsightsOption;
    /** The comparison with the journey's baseline (the core's `compareJourneys` steps): dashed baseline curves, new-step marks. */
    baseline?: BaselineOption;
}

export interface RenderedMap {
    /** The whole SVG document (`joinSvgParts(parts)`). */
    svg: string;
    /** The same drawing in keyed parts, for whoever patches an older drawing (the preview). */
    parts: SvgParts;
    width: number;
    height: number;
    /** Lanes drawn, top to bottom, for the preview's lane toggles (`data-lane` values). */
    lanes: { id: string; label: string }[];
    /** Personas of the map in the legend's order, for the preview's filter (`data-persona` values). */
    personas: { id: string; label: string }[];
    geometry: MapGeometry;
    /** True when the ELK layout of a previous render was reused. */
    layoutReused: boolean;
}

export interface MapRendererOptions {
    /** How many distinct flow layouts to keep (default 8). */
    cacheSize?: number;
    /**
     * Called whenever the flow is laid out anew, i.e. on every layout-cache miss (tests and
     * benchmarks count them). A straight chain is laid out by arithmetic, without ELK, and counts too.
     */
    onLayout?: (info: { columns: number; edges: number; ms: number }) => void;
    /** Who lays out the flow (default: ELK in this thread). */
    layoutEngine?: FlowLayoutEngine;
}

export interface MapRenderer {
    /**
     * Renders a model. A newer call supersedes older pending ones: an older call that has not
     * finished rejects with RenderSupersededError (at the latest when its ELK run returns; it
     * draws nothing after that), so only the newest edit is ever drawn.
     */
    render(model: JourneyModel, opts?: RenderOptions): Promise<RenderedMap>;
    /** Flow layouts computed (layout-cache misses) and layout-cache hits so far. */
    readonly stats: { layoutRuns: number; cacheHits: number };
    /** Drops the cache; pending renders reject with RenderSupersededError. */
    dispose(): void;
}

/** The rejection of a render that a newer render (or dispose) replaced. */
export class RenderSupersededError extends Error {
    override readonly name = 'RenderSupersededError';
    constructor() {
        super('Render superseded by a newer render');
    }
}

export function isRenderSuperseded(e: unknown): e is RenderSupersededError {
    return e instanceof RenderSupersededError || (e instanceof Error && e.name === 'RenderSupersededError');
}

export function createMapRenderer(options: MapRendererOptions = {}): MapRenderer {
    const engine = options.layoutEngine ?? inThreadLayout;
    const memo = new RenderMemo(options.cacheSize ?? 8);
    const stats = { layoutRuns: 0, cacheHits: 0 };
    let generation = 0;
    let disposed = false;
    /** Aborts the pending layout when a newer render or dispose supersedes it. */
    let pending: AbortController | undefined;

    const check = (gen: number) => {
        if (disposed || gen !== generation) throw new RenderSupersededError();
    };

    return {
        stats,
        async render(model, opts = {}) {
            const gen = ++generation;
            pending?.abort();
            pending = undefined;
            // Let a newer call made in the same tick take over before any work is done.
            await Promise.resolve();
            check(gen);
            const prep = prepareFlow(model);
            const shape = flowShapeKey(prep.input);
            let flow = memo.layout(shape);
            const reused = flow !== undefined;
            if (flow) {
                stats.cacheHits++;
            } else {
                const t0 = performance.now();
                stats.layoutRuns++;
                const mine = (pending = new AbortController());
                try {
                    flow = await engine.layout(prep.input, mine.signal);
                } catch (error) {
                    // An aborted layout rejects however the engine likes: it is superseded all the same.
                    check(gen);
                    throw error;
                } finally {
                    if (pending === mine) pending = undefined;
                }
                options.onLayout?.({ columns: prep.input.nodes.length, edges: prep.input.edges.length, ms: performance.now() - t0 });
                memo.keepLayout(shape, flow);
                check(gen);
            }
            const geometry = placeMap(model, prep, flow, memo, opts.baseline);
            const parts = drawSvg(model, geometry, prep.index, { theme: opts.theme ?? 'auto', insights: opts.insights, baseline: opts.baseline }, memo);
            return {
                svg: joinSvgParts(parts),
                parts,
                width: geometry.width,
                height: geometry.height,
                lanes: geometry.lanes.map((l) => ({ id: l.id, label: l.label })),
                personas: mapPersonas(model),
                geometry,
                layoutReused: reused
            };
        },
        dispose() {
            disposed = true;
            pending?.abort();
            pending = undefined;
            memo.clear();
        }
    };
}

/** One-shot convenience: the SVG of a model (a fresh renderer, so concurrent calls never supersede each other). */
export async function renderMapSvg(model: JourneyModel, opts: RenderOptions = {}, layoutEngine?: FlowLayoutEngine): Promise<string> {
    const r = createMapRenderer({ cacheSize: 1, layoutEngine });
    try {
        return (await r.render(model, opts)).svg;
    } finally {
        r.dispose();
    }
}
