import { EmptyFileSystem } from 'langium';
import { renderJourney } from '../../packages/api/src/index.js';
import { journeyFromMermaid } from '../../packages/cli/src/mermaid/journey-from-mermaid.js';
import { parseMermaidJourney } from '../../packages/cli/src/mermaid/mermaid-journey.js';
import { createJourneyServices, identifierCheck } from '../../packages/language/src/index.js';
import { createMapRenderer } from '../../packages/renderer/src/index.js';
import { CHEAPEST_LAYERED_OPTIONS, elkLayout } from '../../packages/renderer/src/layout-elk.js';
import { collapseStraightRuns } from '../../packages/renderer/src/layout-runs.js';
import { prepareFlow } from '../../packages/renderer/src/prepare-flow.js';

/**
 * Journey text → SVG in a browser page through the library API: the same parser, validator,
 * exporter and renderer the language server runs, bundled for the browser, so the Mermaid
 * comparison is text → SVG on both sides. `mermaidToJourney` is `journey import mermaid`'s
 * conversion, so the headline variant draws the very Mermaid text it is compared with.
 */
async function journeyTextToSvg(text: string): Promise<string> {
    const { svg, problems } = await renderJourney(text);
    if (!svg) {
        throw new Error(`no map: ${problems.filter(p => p.severity === 'error').map(p => p.message).join('; ') || 'no journey in the text'}`);
    }
    return svg;
}

/**
 * Where the time of one text → SVG goes: the drawing of the exported model with a fresh renderer,
 * and the flow layout (ELK) inside it, as the renderer's own onLayout reports it.
 */
async function journeyDrawingTimes(text: string): Promise<{ draw: number; layout: number }> {
    const { model } = await renderJourney(text);
    if (!model) throw new Error('no map');
    let layout = 0;
    const renderer = createMapRenderer({ cacheSize: 1, onLayout: info => (layout += info.ms) });
    const t = performance.now();
    await renderer.render(model);
    const draw = performance.now() - t;
    renderer.dispose();
    return { draw, layout };
}

/**
 * ELK's cheapest layered run on the flow the renderer would hand it (its straight runs collapsed):
 * no crossing minimisation, polyline edges. What that takes is the floor of any drawing that lets
 * ELK lay out every card, so Mermaid's time divided by it bounds the ratio such a drawing can reach.
 */
async function elkFloorTime(text: string): Promise<number> {
    const { model } = await renderJourney(text);
    if (!model) throw new Error('no map');
    const collapsed = collapseStraightRuns(prepareFlow(model).input).input;
    const t = performance.now();
    elkLayout(collapsed, CHEAPEST_LAYERED_OPTIONS);
    return performance.now() - t;
}

const isIdentifier = identifierCheck(createJourneyServices(EmptyFileSystem).Journey);

function mermaidToJourney(text: string): string {
    return journeyFromMermaid(parseMermaidJourney(text), { isIdentifier, source: 'bench', fallbackName: 'bench' }).text;
}

Object.assign(globalThis, { journeyTextToSvg, journeyDrawingTimes, elkFloorTime, mermaidToJourney });
