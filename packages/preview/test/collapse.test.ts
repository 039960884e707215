import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { renderMapSvg } from '@journey-maps/renderer';
import { collapseMap, COLLAPSED } from '../src/collapse.js';
import { FIXTURES } from '../../renderer/test/fixtures/index.js';

const model = FIXTURES['bank-onboarding']!;
const svg = await renderMapSvg(model, { theme: 'light' });
const steps = model.stages.flatMap((s) => s.steps.map((step) => step.id));

function drawn(): SVGSVGElement {
    return new JSDOM(`<body>${svg}</body>`).window.document.querySelector('svg') as unknown as SVGSVGElement;
}

const card = (root: SVGSVGElement, id: string) => root.querySelector(`g.jm-step[data-ref="step:${id}"]`)!;
const x = (root: SVGSVGElement, id: string) => Number(card(root, id).querySelector('rect')!.getAttribute('x'));
const shiftOf = (el: Element) => Number(/translate\((-?[\d.]+) (-?[\d.]+)\)/.exec(el.getAttribute('transform') ?? '')?.[1] ?? 0);
const width = (root: SVGSVGElement) => Number(root.getAttribute('viewBox')!.split(' ')[2]);

describe('closing up a drawn map', () => {
    it('cuts a hidden step\'s column out: the steps after it move back by that much, and the map narrows', () => {
        const root = drawn();
        const [first, hidden, next, last] = [steps[0]!, steps[1]!, steps[2]!, steps[steps.length - 1]!];
        const gap = x(root, next) - x(root, hidden);
        const before = width(root);
        collapseMap(root, { steps: new Set([hidden]), lanes: new Set() });
        expect(shiftOf(card(root, first))).toBe(0);
        expect(shiftOf(card(root, next))).toBeCloseTo(-gap, 1);
        expect(shiftOf(card(root, last))).toBeCloseTo(-gap, 1);
        expect(width(root)).toBeCloseTo(before - gap, 1);
    });

    it('cuts a hidden lane\'s band out: the rows below it move up, and the lane is marked closed', () => {
        const root = drawn();
        const rows = Array.from(root.querySelectorAll('g.jm-lane-row'));
        const [hidden, below] = [rows[1]!, rows[2]!];
        collapseMap(root, { steps: new Set(), lanes: new Set([hidden.getAttribute('data-lane')!]) });
        expect(hidden.classList.contains(COLLAPSED)).toBe(true);
        expect(below.getAttribute('transform')).toBe(`translate(0 ${-Number(hidden.getAttribute('data-height'))})`);
        expect(rows[0]!.hasAttribute('transform')).toBe(false);
    });

    it('undoes itself with no cuts: the markup is the renderer\'s again, except the originals it keeps', () => {
        const root = drawn();
        const plain = drawn().outerHTML;
        collapseMap(root, { steps: new Set(steps.slice(1, 3)), lanes: new Set(['pains']) });
        expect(root.outerHTML).not.toBe(plain);
        collapseMap(root, { steps: new Set(), lanes: new Set() });
        const clean = (html: string) => html.replace(/ data-jm-o-[a-z]+="[^"]*"/g, '').replace(/ data-jm-collapsed=""/g, '').replace(/ class=""/g, '');
        expect(clean(root.outerHTML)).toBe(clean(plain));
    });
});
