import { dimmedByPersona } from '@journey-maps/renderer/map-filters';
import type { NamedItem } from './protocol.js';

/** Persona filter and lane toggles: they only toggle classes on elements of the current SVG. */

export interface FilterState {
    persona: string | null;
    hiddenLanes: string[];
}

export function applyFilters(svg: Element, state: FilterState): void {
    for (const el of Array.from(svg.querySelectorAll('[data-persona]'))) {
        el.classList.toggle('jm-filtered-out', dimmedByPersona(el.getAttribute('data-persona') ?? '', state.persona));
    }
    const hidden = new Set(state.hiddenLanes);
    for (const el of Array.from(svg.querySelectorAll('[data-lane]'))) {
        el.classList.toggle('jm-lane-hidden', hidden.has(el.getAttribute('data-lane') ?? ''));
    }
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
