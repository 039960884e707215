import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { bakeFilters, dimmedByPersona, EXPORT_DIMMED_OPACITY, personaEffect } from '../src/map-filters.js';
import { renderMapSvg } from '../src/index.js';
import { FIXTURES } from './fixtures/index.js';

const markup = '<svg xmlns="http://www.w3.org/2000/svg"><g class="jm-lane-row" data-lane="pains"><rect x="1"/></g>'
    + '<g class="jm-lane-row" data-lane="emotions"><path data-ref="persona:anna" data-persona="anna" d="M0 0"/>'
    + '<g data-ref="step:fill" data-persona="marek"><circle r="5"/></g></g><g data-ref="step:x"/></svg>';

describe('filters baked into the exported markup', () => {
    it('dims an element unless a persona is chosen and it is hers', () => {
        const own = (persona: string) => ({ persona, actors: null, step: null, ref: null });
        const none = new Map<string, string[]>();
        expect(dimmedByPersona(own('anna'), null, none)).toBe(false);
        expect(dimmedByPersona(own('anna'), 'anna', none)).toBe(false);
        expect(dimmedByPersona(own('marek'), 'anna', none)).toBe(true);
        expect(dimmedByPersona(own('marek anna'), 'anna', none)).toBe(false);
        expect(dimmedByPersona(own('marek,anna'), 'anna', none)).toBe(false);
    });

    it('dims a step card by its actors, and its lane items by their step\'s actors, as the preview does', () => {
        const steps = new Map([['fill', ['marek']]]);
        expect(dimmedByPersona({ persona: null, actors: 'marek', step: null, ref: 'step:fill' }, 'anna', steps)).toBe(true);
        expect(dimmedByPersona({ persona: null, actors: null, step: 'fill', ref: 'item:pains:fill:0' }, 'anna', steps)).toBe(true);
        expect(dimmedByPersona({ persona: null, actors: null, step: 'fill', ref: 'item:pains:fill:0' }, 'marek', steps)).toBe(false);
        const card = '<svg><g class="jm-step" data-ref="step:fill" data-actors="marek"><rect/></g><g data-step="fill" data-ref="item:pains:fill:0"/></svg>';
        expect(bakeFilters(card, { persona: 'anna', hiddenLanes: [] })).toBe(
            `<svg><g class="jm-step" data-ref="step:fill" data-actors="marek" opacity="${EXPORT_DIMMED_OPACITY}"><rect/></g><g data-step="fill" data-ref="item:pains:fill:0" opacity="${EXPORT_DIMMED_OPACITY}"/></svg>`);
    });

    it('leaves the markup as it is without filters', () => {
        expect(bakeFilters(markup, { persona: null, hiddenLanes: [] })).toBe(markup);
    });

    it('hides the hidden lanes\' rows and dims the other personas\' elements only', () => {
        const baked = bakeFilters(markup, { persona: 'anna', hiddenLanes: ['pains'] });
        expect(baked).toContain('<g class="jm-lane-row" data-lane="pains" display="none">');
        expect(baked).toContain('<g class="jm-lane-row" data-lane="emotions">');
        expect(baked).toContain('<path data-ref="persona:anna" data-persona="anna" d="M0 0"/>');
        expect(baked).toContain(`<g data-ref="step:fill" data-persona="marek" opacity="${EXPORT_DIMMED_OPACITY}">`);
        expect(baked).toContain('<g data-ref="step:x"/>');
    });

    it('matches ids that the markup escapes', () => {
        const svg = '<svg><g data-lane="a&amp;b"/><g data-persona="&quot;x&quot;"/></svg>';
        expect(bakeFilters(svg, { persona: 'y', hiddenLanes: ['a&b'] })).toBe(`<svg><g data-lane="a&amp;b" display="none"/><g data-persona="&quot;x&quot;" opacity="${EXPORT_DIMMED_OPACITY}"/></svg>`);
        expect(bakeFilters(svg, { persona: '"x"', hiddenLanes: [] })).toBe(svg);
    });

    it('keeps a drawn map well-formed, with every other persona\'s element dimmed', async () => {
        const svg = await renderMapSvg(FIXTURES['bank-onboarding']!, { theme: 'light' });
        const baked = bakeFilters(svg, { persona: 'anna', hiddenLanes: ['pains'] });
        const errors: string[] = [];
        const doc = new DOMParser({ onError: (level, message) => { errors.push(`${level}: ${message}`); } }).parseFromString(baked, 'image/svg+xml');
        expect(errors).toEqual([]);
        const all = Array.from(doc.getElementsByTagName('*'));
        const marek = all.filter((el) => el.getAttribute('data-persona') === 'marek');
        expect(marek.length).toBeGreaterThan(3);
        expect(marek.every((el) => el.getAttribute('opacity') === String(EXPORT_DIMMED_OPACITY))).toBe(true);
        expect(all.filter((el) => el.getAttribute('data-persona') === 'anna').every((el) => !el.hasAttribute('opacity'))).toBe(true);
        expect(all.filter((el) => el.getAttribute('data-lane') === 'pains').map((el) => el.getAttribute('display'))).toEqual(['none']);
    });

    it('hides the other personas\' elements in hide mode, as the preview does, and only dims them in the legend', () => {
        const svg = '<svg><g class="jm-legend"><g data-persona="marek"><rect/></g><g data-persona="anna"/></g>'
            + '<g class="jm-step" data-ref="step:fill" data-actors="marek"><rect/></g><g data-step="fill" data-ref="item:pains:fill:0"/><path data-persona="marek"/></svg>';
        expect(bakeFilters(svg, { persona: 'anna', hiddenLanes: [], personaFilter: 'hide' })).toBe(
            `<svg><g class="jm-legend"><g data-persona="marek" opacity="${EXPORT_DIMMED_OPACITY}"><rect/></g><g data-persona="anna"/></g>`
            + '<g class="jm-step" data-ref="step:fill" data-actors="marek" display="none"><rect/></g><g data-step="fill" data-ref="item:pains:fill:0" display="none"/><path data-persona="marek" display="none"/></svg>');
        expect(bakeFilters(svg, { persona: 'anna', hiddenLanes: [], personaFilter: 'dim' })).toBe(bakeFilters(svg, { persona: 'anna', hiddenLanes: [] }));
    });

    it('gives the preview\'s effect for every element: shown, dimmed, or hidden outside the legend in hide mode', () => {
        const marek = { persona: 'marek', actors: null, step: null, ref: null };
        const none = new Map<string, string[]>();
        expect(personaEffect(marek, 'marek', 'hide', false, none)).toBe('shown');
        expect(personaEffect(marek, null, 'hide', false, none)).toBe('shown');
        expect(personaEffect(marek, 'anna', 'dim', false, none)).toBe('dimmed');
        expect(personaEffect(marek, 'anna', 'hide', false, none)).toBe('hidden');
        expect(personaEffect(marek, 'anna', 'hide', true, none)).toBe('dimmed');
    });

    it('leaves nothing of another persona visible outside the legend of a drawn map in hide mode', async () => {
        const svg = await renderMapSvg(FIXTURES['bank-onboarding']!, { theme: 'light' });
        const baked = bakeFilters(svg, { persona: 'anna', hiddenLanes: [], personaFilter: 'hide' });
        const doc = new DOMParser().parseFromString(baked, 'image/svg+xml');
        const all = Array.from(doc.getElementsByTagName('*'));
        type Node = (typeof all)[number];
        const inLegend = (el: Node): boolean => {
            for (let p: Node | null = el; p; p = p.parentNode as Node | null) if (p.getAttribute?.('class') === 'jm-legend') return true;
            return false;
        };
        const marek = all.filter((el) => el.getAttribute('data-persona') === 'marek');
        expect(marek.filter(inLegend).length).toBeGreaterThan(0);
        expect(marek.filter(inLegend).every((el) => el.getAttribute('opacity') === String(EXPORT_DIMMED_OPACITY))).toBe(true);
        expect(marek.filter((el) => !inLegend(el)).length).toBeGreaterThan(3);
        expect(marek.filter((el) => !inLegend(el)).every((el) => el.getAttribute('display') === 'none' && !el.hasAttribute('opacity'))).toBe(true);
        expect(all.filter((el) => el.hasAttribute('opacity')).every(inLegend)).toBe(true);
    });
});
