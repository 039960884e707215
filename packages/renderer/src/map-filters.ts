import { escapeAttr } from './svg-writer.js';

/**
 * The preview's persona filter and lane toggles, as rules on the renderer's markup: the webview
 * applies them to the live SVG as classes, the PNG export writes them into the markup. One rule
 * for both, so the exported image dims and hides what the preview does.
 */

/** journey.preview.personaFilter: what the persona filter does to the other personas' elements. */
export type PersonaFilterMode = 'dim' | 'hide';

export interface MapFilters {
    /** The persona shown in full; the others are dimmed or hidden. Null: every persona in full. */
    persona: string | null;
    /** `data-lane` values of the lane rows that are hidden. */
    hiddenLanes: readonly string[];
    /** What happens to the other personas' elements (default: dim). */
    personaFilter?: PersonaFilterMode;
}

/** How the persona filter shows an element. */
export type PersonaEffect = 'shown' | 'dimmed' | 'hidden';

/** The attributes by which the renderer says whose an element is. */
export interface OwnerAttributes {
    /** `data-persona`: the element is one persona's (a chip, a curve, a legend entry). */
    persona: string | null;
    /** `data-actors`: the personas of a step card or who take an arrow. */
    actors: string | null;
    /** `data-step`: a lane item belongs to its step's actors. */
    step: string | null;
    /** `data-ref`: a step's other parts (`step:fill`). */
    ref: string | null;
}

/** Elements that carry one of the owner attributes. */
export const OWNED_ELEMENTS = '[data-persona], [data-actors], [data-step], [data-ref^="step:"]';

/** How much of a dimmed element an exported image shows: as much as the preview does (`.jm-filtered-out` in preview.css). */
export const EXPORT_DIMMED_OPACITY = 0.15;

const words = (s: string | null): string[] => (s ?? '').split(/[\s,]+/).filter(Boolean);

/** Whether an element is drawn for `persona`: its own persona, its actors, or its step's actors; no one named means everyone's. */
export function drawnFor(owner: OwnerAttributes, persona: string, stepActors: ReadonlyMap<string, readonly string[]>): boolean {
    if (owner.persona !== null) return words(owner.persona).includes(persona);
    const step = owner.step ?? (owner.ref?.startsWith('step:') ? owner.ref.slice('step:'.length) : null);
    const actors = owner.actors !== null ? words(owner.actors) : step !== null ? stepActors.get(step) : undefined;
    return !actors || actors.length === 0 || actors.includes(persona);
}

/** True when a persona is chosen and the element is not drawn for her. */
export function dimmedByPersona(owner: OwnerAttributes, persona: string | null, stepActors: ReadonlyMap<string, readonly string[]>): boolean {
    return persona !== null && !drawnFor(owner, persona, stepActors);
}

/**
 * What the persona filter does to an element: nothing when it is drawn for the chosen persona (or
 * none is chosen); else it is dimmed, or hidden in hide mode, except in the legend (the key to the
 * colours), which only dims.
 */
export function personaEffect(
    owner: OwnerAttributes, persona: string | null, mode: PersonaFilterMode, inLegend: boolean,
    stepActors: ReadonlyMap<string, readonly string[]>
): PersonaEffect {
    if (!dimmedByPersona(owner, persona, stepActors)) return 'shown';
    return mode === 'hide' && !inLegend ? 'hidden' : 'dimmed';
}

/** The class of the map's legend group. */
export const LEGEND_CLASS = 'jm-legend';

const attr = (attrs: string, name: string): string | null => new RegExp(` ${name}="([^"]*)"`).exec(attrs)?.[1] ?? null;

/**
 * The SVG with the filters written in as presentation attributes (`display="none"` on hidden lane
 * rows and, in hide mode, on other personas' elements; `opacity` on those it dims), for a renderer
 * that runs no script and has no preview stylesheet. The renderer never writes either attribute
 * itself, so none is doubled.
 */
export function bakeFilters(svg: string, filters: MapFilters): string {
    if (filters.persona === null && filters.hiddenLanes.length === 0) return svg;
    // Attribute values in the markup are escaped; compare them with escaped filter values.
    const persona = filters.persona === null ? null : escapeAttr(filters.persona);
    const mode = filters.personaFilter ?? 'dim';
    const hidden = new Set(filters.hiddenLanes.map(escapeAttr));
    // Escaped values hold no '<' or '>', so a tag is '<' name, attributes, '>' (or '</' name '>').
    const tag = /<(\/?)([A-Za-z][\w:-]*)(\s[^<>]*?)?(\/?)>/g;
    const stepActors = new Map<string, string[]>();
    for (const [, close, , attrs] of svg.matchAll(tag)) {
        const ref = !close && attrs ? attr(attrs, 'data-ref') : null;
        if (attrs && ref?.startsWith('step:') && attrs.includes(' class="jm-step"')) stepActors.set(ref.slice('step:'.length), words(attr(attrs, 'data-actors')));
    }
    // Open elements, to know whether a tag lies inside the legend.
    const open: boolean[] = [];
    let legendDepth = 0;
    return svg.replace(tag, (whole: string, close: string, name: string, attrs: string | undefined, selfClose: string) => {
        if (close) {
            if (open.pop()) legendDepth--;
            return whole;
        }
        const isLegend = attrs !== undefined && words(attr(attrs, 'class')).includes(LEGEND_CLASS);
        const inLegend = legendDepth > 0 || isLegend;
        if (!selfClose) {
            open.push(isLegend);
            if (isLegend) legendDepth++;
        }
        if (!attrs?.includes(' data-')) return whole;
        const lane = attr(attrs, 'data-lane');
        const owner = { persona: attr(attrs, 'data-persona'), actors: attr(attrs, 'data-actors'), step: attr(attrs, 'data-step'), ref: attr(attrs, 'data-ref') };
        const owned = owner.persona !== null || owner.actors !== null || owner.step !== null || owner.ref?.startsWith('step:') === true;
        const effect = owned ? personaEffect(owner, persona, mode, inLegend, stepActors) : 'shown';
        let added = '';
        if ((lane !== null && hidden.has(lane)) || effect === 'hidden') added += ' display="none"';
        else if (effect === 'dimmed') added += ` opacity="${EXPORT_DIMMED_OPACITY}"`;
        return added ? `<${name}${attrs}${added}${selfClose}>` : whole;
    });
}
