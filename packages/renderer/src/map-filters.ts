import { escapeAttr } from './svg-writer.js';

/**
 * The preview's persona filter and lane toggles, as rules on the renderer's markup: the webview
 * applies them to the live SVG as classes, the PNG export writes them into the markup. One rule
 * for both, so the exported image dims and hides what the preview does.
 */

export interface MapFilters {
    /** The persona shown in full; the others are dimmed. Null: every persona in full. */
    persona: string | null;
    /** `data-lane` values of the lane rows that are hidden. */
    hiddenLanes: readonly string[];
}

/** How much of a dimmed element an exported image shows. */
export const EXPORT_DIMMED_OPACITY = 0.2;

/** True when a persona is chosen and an element whose `data-persona` is `personas` is not hers. */
export function dimmedByPersona(personas: string, persona: string | null): boolean {
    return persona !== null && !personas.split(/[\s,]+/).includes(persona);
}

/**
 * The SVG with the filters written in as presentation attributes (`display="none"` on hidden lane
 * rows, `opacity` on other personas' elements), for a renderer that runs no script and has no
 * preview stylesheet. The renderer never writes either attribute itself, so none is doubled.
 */
export function bakeFilters(svg: string, filters: MapFilters): string {
    if (filters.persona === null && filters.hiddenLanes.length === 0) return svg;
    // Attribute values in the markup are escaped; compare them with escaped filter values.
    const persona = filters.persona === null ? null : escapeAttr(filters.persona);
    const hidden = new Set(filters.hiddenLanes.map(escapeAttr));
    // Escaped values hold no '<' or '>', so a start tag is '<' name, attributes, '>'.
    return svg.replace(/<([A-Za-z][\w:-]*)(\s[^<>]*?)?(\/?)>/g, (tag: string, name: string, attrs: string | undefined, selfClose: string) => {
        if (!attrs?.includes(' data-')) return tag;
        const lane = / data-lane="([^"]*)"/.exec(attrs)?.[1];
        const personas = / data-persona="([^"]*)"/.exec(attrs)?.[1];
        let added = '';
        if (lane !== undefined && hidden.has(lane)) added += ' display="none"';
        if (personas !== undefined && dimmedByPersona(personas, persona)) added += ` opacity="${EXPORT_DIMMED_OPACITY}"`;
        return added ? `<${name}${attrs}${added}${selfClose}>` : tag;
    });
}
