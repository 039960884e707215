import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { parseSvg } from '@journey-maps/preview/svg-insert';

/**
 * The map's SVG as the preview webview would insert it: parsed as XML and stripped of everything
 * active by the preview's own sanitizer (no script, foreign content, handlers or outside
 * references), then written back as markup for the Markdown preview. Undefined when it is not a
 * well-formed SVG document.
 */
export function sanitizeSvgMarkup(markup: string): string | undefined {
    try {
        const { root } = parseSvg(markup, new DOMParser() as unknown as Parameters<typeof parseSvg>[1]);
        return new XMLSerializer().serializeToString(root as unknown as Parameters<XMLSerializer['serializeToString']>[0]);
    } catch {
        return undefined;
    }
}
