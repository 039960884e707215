import type { JourneyModel } from '@journey-maps/model';
import { drawSvg } from './draw-svg.js';
import type { MapGeometry } from './geometry.js';
import { FlowLayouter, flowShapeKey, type FlowLayout } from './layout-flow.js';
import { placeMap } from './layout-map.js';
import { PlaceCache } from './place-cache.js';
import { prepareFlow } from './prepare-flow.js';
import type { ThemeOption } from './theme.css.js';

export interface RenderOptions {
    /** Root class `jm-theme-…`; 'auto' (default) follows the webview's VS Code theme or prefers-color-scheme. */
    theme?: ThemeOption;
}

export interface RenderedMap {
    svg: string;
    width: number;
    height: number;
    /** Lanes drawn, top to bottom, for the preview's lane toggles (`data-lane` values). */
    lanes: { id: string; label: string }[];
    /** Personas of the journey, for the preview's filter (`data-persona` values). */
    personas: { id: string; label: string }[];
    geometry: MapGeometry;
    /** True when the ELK layout of a previous render was reused. */
    layoutReused: boolean;
}

export interface MapRendererOptions {
    /** How many distinct flow layouts to keep (default 8). */
    cacheSize?: number;
    /** Called after each ELK run (tests and benchmarks count them). */
    onLayout?: (info: { columns: number; edges: number; ms: number }) => void;
}

export interface MapRenderer {
    /**
     * Renders a model. A newer call supersedes older pending ones: an older call that has not
     * finished rejects with RenderSupersededError (at the latest when its ELK run returns; it
     * draws nothing after that), so only the newest edit is ever drawn.
     */
    render(model: JourneyModel, opts?: RenderOptions): Promise<RenderedMap>;
    /** ELK runs and layout-cache hits so far. */
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
    const layouter = new FlowLayouter();
    const cache = new Map<string, FlowLayout>();
    const cacheSize = Math.max(1, options.cacheSize ?? 8);
    const stats = { layoutRuns: 0, cacheHits: 0 };
    // Lane items, cards and edges of the last render, reused where an edit left them unchanged.
    const placeCache = new PlaceCache();
    let generation = 0;
    let disposed = false;

    const check = (gen: number) => {
        if (disposed || gen !== generation) throw new RenderSupersededError();
    };

    return {
        stats,
        async render(model, opts = {}) {
            const gen = ++generation;
            // Let a newer call made in the same tick take over before any work is done.
            await Promise.resolve();
            check(gen);
            const prep = prepareFlow(model);
            const key = flowShapeKey(prep.input);
            let flow = cache.get(key);
            const reused = flow !== undefined;
            if (flow) {
                stats.cacheHits++;
                cache.delete(key);
                cache.set(key, flow); // most recently used last
            } else {
                const t0 = performance.now();
                stats.layoutRuns++;
                flow = await layouter.layout(prep.input);
                options.onLayout?.({ columns: prep.input.nodes.length, edges: prep.input.edges.length, ms: performance.now() - t0 });
                cache.set(key, flow);
                while (cache.size > cacheSize) cache.delete(cache.keys().next().value as string);
                check(gen);
            }
            const geometry = placeMap(model, prep, flow, placeCache);
            const svg = drawSvg(model, geometry, prep.index, { theme: opts.theme ?? 'auto' });
            const personaLabel = prep.index.personaLabel;
            return {
                svg,
                width: geometry.width,
                height: geometry.height,
                lanes: geometry.lanes.map((l) => ({ id: l.id, label: l.label })),
                personas: model.journey.personas.map((id) => ({ id, label: personaLabel.get(id) ?? id })),
                geometry,
                layoutReused: reused
            };
        },
        dispose() {
            disposed = true;
            cache.clear();
            placeCache.clear();
        }
    };
}

/** One-shot convenience: the SVG of a model (a fresh renderer, so concurrent calls never supersede each other). */
export async function renderMapSvg(model: JourneyModel, opts: RenderOptions = {}): Promise<string> {
    const r = createMapRenderer({ cacheSize: 1 });
    try {
        return (await r.render(model, opts)).svg;
    } finally {
        r.dispose();
    }
}
