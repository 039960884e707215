import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { sanitize } from '@journey-maps/preview/svg-insert';

/**
 * The map's SVG as the preview webview would insert it: parsed as XML in the extension host and
 * stripped of everything active by the preview's own sanitizer (no script, foreign content,
 * handlers or outside references), then written back as markup for the Markdown preview.
 * Undefined when it is not a well-formed SVG document.
 */
export function sanitizeSvgMarkup(markup: string): string | undefined {
    try {
        const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
        const root = doc.documentElement;
        if (!root || root.localName !== 'svg' || doc.getElementsByTagName('parsererror').length > 0) return undefined;
        sanitize(root as unknown as Element);
        return new XMLSerializer().serializeToString(root);
    } catch {
        return undefined;
    }
}
