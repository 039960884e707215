import { collapseMap } from './collapse.js';
import { LEGEND_CLASS, OWNED_ELEMENTS, drawnFor, personaEffect, type OwnerAttributes, type PersonaFilterMode } from '@journey-maps/renderer/map-filters';
import type { NamedItem } from './protocol.js';

/**
 * Persona filter and lane toggles: classes on the elements of the current SVG, and (for hidden
 * lanes, and for other personas' steps when the filter hides) the map closed up around them.
 */

export interface FilterState {
    persona: string | null;
    hiddenLanes: string[];
}

export type { PersonaFilterMode };

export const DIMMED = 'jm-filtered-out';
export const HIDDEN = 'jm-persona-hidden';


const words = (s: string | null): string[] => (s ?? '').split(/[\s,]+/).filter(Boolean);

/** Whether an element belongs to `persona` (the renderer's one rule, shared with the PNG export). */
export function belongsTo(el: Element, persona: string, stepActors: ReadonlyMap<string, string[]>): boolean {
    return drawnFor(ownerOf(el), persona, stepActors);
}

function ownerOf(el: Element): OwnerAttributes {
    return {
        persona: el.getAttribute('data-persona'),
        actors: el.getAttribute('data-actors'),
        step: el.getAttribute('data-step'),
        ref: el.getAttribute('data-ref')
    };
}

/**
 * Whether the filters leave the map as the renderer drew it: no persona picked, no lane hidden,
 * nothing closed up. Parts patched into such a map need no `applyFilters`.
 */
export function filtersAreOff(svg: SVGSVGElement, state: FilterState): boolean {
    return state.persona === null && state.hiddenLanes.length === 0 && !svg.hasAttribute('data-jm-collapsed');
}

export function applyFilters(svg: SVGSVGElement, state: FilterState, mode: PersonaFilterMode = 'dim'): void {
    const persona = state.persona;
    const stepActors = new Map<string, string[]>();
    for (const card of Array.from(svg.querySelectorAll('g.jm-step[data-ref^="step:"]'))) {
        stepActors.set((card.getAttribute('data-ref') ?? '').slice('step:'.length), words(card.getAttribute('data-actors')));
    }
    const out = new Set<Element>();
    for (const el of Array.from(svg.querySelectorAll(OWNED_ELEMENTS))) {
        // The same rule as the PNG export's (bakeFilters).
        const effect = personaEffect(ownerOf(el), persona, mode, el.closest(`.${LEGEND_CLASS}`) !== null, stepActors);
        if (effect !== 'shown') out.add(el);
        el.classList.toggle(DIMMED, effect === 'dimmed');
        el.classList.toggle(HIDDEN, effect === 'hidden');
    }
    const hidden = new Set(state.hiddenLanes);
    for (const el of Array.from(svg.querySelectorAll('[data-lane]'))) {
        el.classList.toggle('jm-lane-hidden', hidden.has(el.getAttribute('data-lane') ?? ''));
    }
    const cutSteps = new Set<string>();
    const cutLanes = new Set(hidden);
    const cutItems = new Set<Element>();
    if (mode === 'hide' && persona !== null) {
        for (const el of out) if (el.hasAttribute('data-step') && el.closest('.jm-lane-row')) cutItems.add(el);
        for (const card of Array.from(svg.querySelectorAll('g.jm-step[data-ref^="step:"]'))) {
            if (out.has(card)) cutSteps.add((card.getAttribute('data-ref') ?? '').slice('step:'.length));
        }
        // A lane left with nothing of this persona closes up too.
        for (const row of Array.from(svg.querySelectorAll('g.jm-lane-row'))) {
            const items = Array.from(row.children).filter((c) => c.localName === 'g');
            if (items.length > 0 && items.every((i) => out.has(i))) cutLanes.add(row.getAttribute('data-lane') ?? '');
        }
    }
    collapseMap(svg, { steps: cutSteps, lanes: cutLanes, items: cutItems });
}

/** Rebuilds the persona <select> options; keeps the selection when that persona still exists. */
export function renderPersonaFilter(select: HTMLSelectElement, personas: NamedItem[], state: FilterState): void {
    const key = JSON.stringify(personas);
    if (select.dataset.key !== key) {
        select.dataset.key = key;
        const all = document.createElement('option');
        all.value = '';
        all.textContent = 'All personas';
        const options = personas.map((p) => {
            const o = document.createElement('option');
            o.value = p.id;
            o.textContent = p.label === p.id ? p.id : `${p.id}: ${p.label}`;
            return o;
        });
        select.replaceChildren(all, ...options);
    }
    if (state.persona !== null && !personas.some((p) => p.id === state.persona)) state.persona = null;
    select.value = state.persona ?? '';
    select.hidden = personas.length < 2;
}

/** Rebuilds the lane toggle buttons (aria-pressed = lane shown). */
export function renderLaneToggles(container: HTMLElement, lanes: NamedItem[], state: FilterState,
    onToggle: (lane: string) => void): void {
    const key = JSON.stringify(lanes);
    if (container.dataset.key !== key) {
        container.dataset.key = key;
        container.replaceChildren(...lanes.map((lane) => {
            const b = document.createElement('button');
            b.type = 'button';
            b.className = 'jm-lane-toggle';
            b.dataset.lane = lane.id;
            b.textContent = lane.label;
            b.title = `Show or hide the ${lane.label} lane`;
            b.addEventListener('click', () => onToggle(lane.id));
            return b;
        }));
    }
    if (container.parentElement) container.parentElement.hidden = lanes.length === 0;
    state.hiddenLanes = state.hiddenLanes.filter((id) => lanes.some((l) => l.id === id));
    for (const b of Array.from(container.querySelectorAll<HTMLButtonElement>('button[data-lane]'))) {
        b.setAttribute('aria-pressed', String(!state.hiddenLanes.includes(b.dataset.lane ?? '')));
    }
}
