import { renderJourney } from '../../packages/api/src/index.js';

/**
 * Journey text → SVG in a browser page through the library API: the same parser, validator,
 * exporter and renderer the language server runs, bundled for the browser, so the Mermaid
 * comparison is text → SVG on both sides.
 */
async function journeyTextToSvg(text: string): Promise<string> {
    const { svg, problems } = await renderJourney(text);
    if (!svg) {
        throw new Error(`no map: ${problems.filter(p => p.severity === 'error').map(p => p.message).join('; ') || 'no journey in the text'}`);
    }
    return svg;
}

(globalThis as unknown as { journeyTextToSvg: typeof journeyTextToSvg }).journeyTextToSvg = journeyTextToSvg;
