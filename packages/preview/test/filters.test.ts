import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { renderMapSvg } from '@journey-maps/renderer';
import { applyFilters, filtersAreOff } from '../src/filters.js';
import { FIXTURES } from '../../renderer/test/fixtures/index.js';

const model = FIXTURES['bank-onboarding']!;
const svg = await renderMapSvg(model, { theme: 'light' });

function drawn(): SVGSVGElement {
    return new JSDOM(`<body>${svg}</body>`).window.document.querySelector('svg') as unknown as SVGSVGElement;
}

describe('parts patched into a map with no filter on', () => {
    it('need no filtering: with no persona picked and no lane hidden, filtering leaves a fresh drawing as it is', () => {
        const root = drawn();
        const fresh = root.outerHTML;
        const off = { persona: null, hiddenLanes: [] };
        expect(filtersAreOff(root, off)).toBe(true);
        applyFilters(root, off, 'hide');
        expect(root.outerHTML).toBe(fresh);
    });

    it('are filtered while a persona is picked, a lane is hidden or the map is still closed up', () => {
        const root = drawn();
        expect(filtersAreOff(root, { persona: 'anna', hiddenLanes: [] })).toBe(false);
        expect(filtersAreOff(root, { persona: null, hiddenLanes: ['pains'] })).toBe(false);
        applyFilters(root, { persona: null, hiddenLanes: ['pains'] });
        expect(filtersAreOff(root, { persona: null, hiddenLanes: [] })).toBe(false);
        applyFilters(root, { persona: null, hiddenLanes: [] });
        expect(filtersAreOff(root, { persona: null, hiddenLanes: [] })).toBe(true);
    });
});
