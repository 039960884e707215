import { isSvgGroup, joinSvgParts, partSvg, type JourneyModel } from '@journey-maps/model';
import type { Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { createMapRenderer } from '../src/index.js';
import { parseSvg } from './check-map.js';
import { example, FIXTURES } from './fixtures/index.js';
import { hostileModel } from './fixtures/hostile.js';

const renderer = createMapRenderer();

describe('the drawing in keyed parts', () => {
    for (const [name, model] of Object.entries({ ...FIXTURES, hostile: hostileModel() })) {
        it(`hands over ${name} as parts that join to the SVG, each root tagged with its own unique key`, async () => {
            const r = await renderer.render(model);
            expect(joinSvgParts(r.parts)).toBe(r.svg);
            const keys: string[] = [];
            for (const part of r.parts.parts) {
                keys.push(part.key, ...(isSvgGroup(part) ? part.parts.map((p) => p.key) : []));
                const root = parseSvg(`<svg xmlns="http://www.w3.org/2000/svg">${partSvg(part)}</svg>`).documentElement!;
                const elements = children(root);
                expect(elements).toHaveLength(1);
                expect(elements[0]!.getAttribute('data-key')).toBe(part.key);
                if (isSvgGroup(part)) expect(children(elements[0]!).map((c) => c.getAttribute('data-key'))).toEqual(part.parts.map((p) => p.key));
            }
            expect(new Set(keys).size).toBe(keys.length);
            expect(r.parts.head.startsWith('<svg')).toBe(true);
            expect(r.parts.head).not.toContain('data-key');
            expect(r.parts.tail).toBe('</svg>');
        });
    }

    it('names parts by what they show, so an edit keeps the keys of everything else', async () => {
        const r = await renderer.render(example('bank-onboarding'));
        const keys = r.parts.parts.flatMap((p) => [p.key, ...(isSvgGroup(p) ? p.parts.map((c) => c.key) : [])]);
        expect(keys).toEqual(expect.arrayContaining(['header', 'legend', 'legend:anna', 'stages', 'stage:apply', 'lane:pains', 'lane:pains:bg', 'item:pains:fill:0', 'emotion:fill:anna', 'flow', 'step:fill', 'edge:fill->verify']));
    });

    it('keys a name used twice apart, so a model with errors still draws patchable parts', async () => {
        const model: JourneyModel = structuredClone(example('day-commuter'));
        const twice = structuredClone(model.stages[0]!.steps[0]!);
        model.stages[1]!.steps.push(twice);
        const keys = (await createMapRenderer().render(model)).parts.parts.flatMap((p) => (isSvgGroup(p) ? p.parts.map((c) => c.key) : [p.key]));
        expect(keys).toContain(`step:${twice.id}`);
        expect(keys).toContain(`step:${twice.id}#2`);
        expect(new Set(keys).size).toBe(keys.length);
    });
});

describe('persona order', () => {
    it("follows the journey's `for` in the legend, the colours and the filter list alike", async () => {
        const model: JourneyModel = structuredClone(example('bank-onboarding'));
        model.journey.personas.reverse(); // `for marek, anna`, declared anna first
        const r = await createMapRenderer().render(model);
        expect(r.geometry.legend.map((l) => l.persona)).toEqual(['marek', 'anna']);
        expect(r.personas.map((p) => p.id)).toEqual(['marek', 'anna']);
        expect(r.geometry.legend.map((l) => l.style.colour)).toEqual([0, 1]);
        expect(r.geometry.legend.map((l) => l.style.marker)).toEqual(['circle', 'square']);
        expect(r.geometry.laneItems.find((i) => i.lane === 'actors' && i.persona === 'marek')?.chip).toEqual(r.geometry.legend[0]!.style);
    });

    it('lists every declared persona for a model whose journey names none', async () => {
        const model: JourneyModel = structuredClone(example('bank-onboarding'));
        model.journey.personas = [];
        const r = await createMapRenderer().render(model);
        expect(r.personas.map((p) => p.id)).toEqual(model.personas.map((p) => p.id));
        expect(r.geometry.legend.map((l) => l.persona)).toEqual(model.personas.map((p) => p.id));
    });
});

/** Element children through childNodes: the XML DOM lacks `children`. */
function children(node: Element): Element[] {
    const out: Element[] = [];
    for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) out.push(c as Element);
    return out;
}
