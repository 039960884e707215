import type { JourneyModel } from '@journey-maps/model';
import { describe, expect, it } from 'vitest';
import { createMapRenderer } from '../src/index.js';
import { REPEAT_WIDTH } from '../src/map-across.js';
import { checkMap } from './check-map.js';
import { step } from './fixtures/build.js';
import { example } from './fixtures/index.js';
import { generateModel } from './fixtures/generate.js';

const renderer = createMapRenderer();
const texts = (lines: { lines: string[] }[]) => lines.map((t) => t.lines.join(' '));

describe('everything the file says is on the map', () => {
    it('shows each persona as a card with its label, segment, needs and expects', async () => {
        const model: JourneyModel = structuredClone(example('bank-onboarding'));
        const anna = model.personas.find((p) => p.id === 'anna')!;
        anna.needs.push('Know the fees up front');
        const r = await renderer.render(model);
        const card = r.geometry.legend.find((l) => l.persona === 'anna')!;
        expect(card.label.lines.join(' ')).toBe(anna.label);
        expect(texts(card.details)).toEqual([anna.segment, `Needs: ${anna.needs.join(' · ')}`, `Expects: ${anna.expects.join(' · ')}`]);
        const marek = r.geometry.legend.find((l) => l.persona === 'marek')!;
        expect(texts(marek.details)).toEqual(['branch loyal', 'Needs: Talk to a person before signing']);
        expect(r.svg).toContain('>Expects: No branch visit<');
        // The cards of a row are one band.
        expect(marek.height).toBe(card.height);
    });

    it('names the owner of a touchpoint on its card', async () => {
        const r = await renderer.render(example('bank-onboarding'));
        const form = r.geometry.laneItems.find((i) => i.ref === 'touchpoint:form')!;
        expect(texts(form.texts)).toEqual(['◆ Online application form', 'Website · digital', 'Owner: Sales']);
        const reviews = r.geometry.laneItems.find((i) => i.ref === 'touchpoint:reviews')!;
        expect(texts(reviews.texts).some((t) => t.startsWith('Owner'))).toBe(false);
    });

    it('writes on each arrow the share of customers who take it, before its label', async () => {
        const r = await renderer.render(example('bank-onboarding'));
        const label = (to: string) => r.geometry.edges.find((e) => e.from === 'fill' && e.to === to)?.labelText?.lines.join(' ');
        expect([label('verify'), label('call'), label('abandon')]).toEqual(['62%', '23% · stuck on a field', '15% · gives up']);
        expect(r.svg).toContain('<title>fill → call (23%): stuck on a field</title>');
    });

    it('writes a pain’s severity and an opportunity’s impact and effort under its text', async () => {
        const r = await renderer.render(example('bank-onboarding'));
        const item = (lane: string, step: string) => texts(r.geometry.laneItems.find((i) => i.lane === lane && i.stepId === step)!.texts);
        expect(item('pains', 'fill')).toEqual(['Asked for the address twice', 'severity 4 of 5']);
        expect(item('opportunities', 'fill')).toEqual(['Prefill the address from the ID', 'impact 4 of 5 · effort 1 of 5']);
    });

    it('counts steps, stages and personas in words that read well', async () => {
        const one: JourneyModel = {
            version: 2,
            journey: { id: 'j', title: 'One', kind: 'day', goals: [], personas: ['p'] },
            personas: [{ id: 'p', label: 'Pat', needs: [], expects: [] }],
            channels: [], touchpoints: [], teams: [], metrics: [],
            stages: [{ id: 's', label: 'Morning', steps: [step({ id: 'wake', label: 'Wakes up', actors: ['p'] })] }]
        };
        expect(texts((await renderer.render(one)).geometry.header)).toContain('Day-in-the-life map · 1 step in 1 stage · 1 persona');
        expect(texts((await renderer.render(example('bank-onboarding'))).geometry.header)).toContain('Current-state journey map · 8 steps in 3 stages · 2 personas');
    });
});

describe('wide maps', () => {
    it('repeat the lane titles every few stages, in a column of their own at a stage boundary', async () => {
        const model = generateModel({ steps: 40, seed: 12, personas: 3 });
        const r = await renderer.render(model);
        checkMap(model, r);
        const g = r.geometry;
        const repeats = g.lanes[0]!.repeats.map((t) => t.box.x - 8);
        expect(repeats.length).toBeGreaterThanOrEqual(2);
        for (const lane of g.lanes) {
            expect(lane.repeats.map((t) => t.lines.join(' ')), lane.id).toEqual(repeats.map(() => lane.title.lines.join(' ')));
            for (const t of lane.repeats) {
                expect(t.box.y).toBeGreaterThanOrEqual(lane.y);
                expect(t.box.y + t.box.height).toBeLessThanOrEqual(lane.y + lane.height);
            }
        }
        for (const x of repeats) {
            // Each column of titles starts a stage, and nothing of the lanes or the flow is in it.
            expect(g.stages.some((s) => Math.abs(s.x - x) < 0.01)).toBe(true);
            const inside = (a: number, b: number) => b > x && a < x + REPEAT_WIDTH;
            expect(g.cards.filter((c) => inside(c.x, c.x + c.width))).toEqual([]);
            expect(g.laneItems.filter((i) => inside(i.x, i.x + i.width))).toEqual([]);
            expect(g.emotionPoints.filter((p) => inside(p.x - 5, p.x + 5))).toEqual([]);
        }
        expect(r.svg.match(/jm-lane-repeat/g)!.length).toBe(g.lanes.length * repeats.length);
    });

    it('keep a map that fits in one view without repeats', async () => {
        expect((await renderer.render(example('bank-onboarding'))).geometry.lanes.every((l) => l.repeats.length === 0)).toBe(true);
    });
});
