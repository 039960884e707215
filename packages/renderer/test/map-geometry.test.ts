import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMapRenderer } from '../src/index.js';
import { num } from '../src/svg-writer.js';
import { checkMap } from './check-map.js';
import { EXAMPLES, example, FIXTURES } from './fixtures/index.js';
import { generateModel } from './fixtures/generate.js';
import { scriptsModel } from './fixtures/scripts.js';

const renderer = createMapRenderer();

describe('map geometry', () => {
    it('draws every example journey of the repository, as the language exports it', () => {
        expect(Object.keys(EXAMPLES).sort()).toEqual(['bank-future', 'bank-onboarding', 'car-claim', 'day-commuter', 'sklep-pl']);
    });

    for (const [name, model] of Object.entries(FIXTURES)) {
        it(`draws ${name}: every step and successor, file order, no overlap, nothing outside the viewBox, no text overflow`, async () => {
            checkMap(model, await renderer.render(model));
        });
    }

    it('keeps stage columns in file order', async () => {
        for (const model of Object.values(EXAMPLES)) {
            const { geometry: g } = await renderer.render(model);
            expect(g.stages.map((s) => s.stageId)).toEqual(model.stages.map((s) => s.id));
            const xs = g.cards.map((c) => c.x);
            expect([...xs].sort((a, b) => a - b)).toEqual(xs);
        }
    });

    it('leaves empty lanes out and lists the lanes drawn', async () => {
        const r = await renderer.render(example('day-commuter'));
        expect(r.lanes.map((l) => l.id)).toEqual(['actors', 'touchpoints', 'emotions', 'thinks', 'pains', 'opportunities']);
        const bank = await renderer.render(example('bank-onboarding'));
        expect(bank.lanes.map((l) => l.id)).toEqual(['actors', 'touchpoints', 'emotions', 'needs', 'thinks', 'pains', 'opportunities', 'metrics', 'owners', 'evidence', 'backstage', 'support']);
    });

    it('adds the blueprint lanes and lines for kind blueprint', async () => {
        const r = await renderer.render(example('car-claim'));
        const ids = r.lanes.map((l) => l.id);
        expect(ids.indexOf('evidence')).toBeLessThan(ids.indexOf('line-of-interaction'));
        expect(ids.indexOf('line-of-interaction')).toBeLessThan(ids.indexOf('frontstage'));
        expect(ids.indexOf('frontstage')).toBeLessThan(ids.indexOf('line-of-visibility'));
        expect(ids.indexOf('line-of-visibility')).toBeLessThan(ids.indexOf('backstage'));
        expect(ids.indexOf('backstage')).toBeLessThan(ids.indexOf('support'));
    });

    it('marks metrics met, missed and unmeasured, moments of truth and ends', async () => {
        const r = await renderer.render(example('bank-onboarding'));
        expect(r.geometry.laneItems.find((i) => i.ref === 'metric:dropoff')?.cls).toBe('jm-metric-missed');
        expect(r.geometry.laneItems.find((i) => i.ref === 'metric:csat')?.cls).toBe('jm-metric-met');
        expect(r.geometry.cards.find((c) => c.stepId === 'fill')?.momentOfTruth).toBe(true);
        expect(r.geometry.cards.find((c) => c.stepId === 'abandon')?.end).toBe(true);
        expect(r.svg).toContain('class="jm-card-mot"');
        expect(r.svg).toContain('■ End');
        const g = await renderer.render(generateModel({ steps: 150, seed: 5 }));
        expect(new Set(g.geometry.laneItems.filter((i) => i.lane === 'metrics').map((i) => i.cls))).toEqual(new Set(['jm-metric-met', 'jm-metric-missed', 'jm-metric-unmeasured']));
    });

    it('tags persona elements and lanes for CSS-only filtering', async () => {
        const r = await renderer.render(example('bank-onboarding'));
        expect(r.personas).toEqual([
            { id: 'anna', label: 'Anna, 34, opens her first account online' },
            { id: 'marek', label: 'Marek, 61, trusts the branch' }
        ]);
        for (const p of ['anna', 'marek']) {
            expect(r.svg).toContain(`data-ref="persona:${p}" data-persona="${p}"`);
            expect(r.svg).toMatch(new RegExp(`<path class="jm-emo-line [^"]*" d="[^"]*" data-ref="persona:${p}" data-persona="${p}"`));
        }
        expect(r.svg).toContain('data-ref="touchpoint:form"');
        expect(r.svg).toContain('data-ref="metric:dropoff"');
        expect(r.svg).toContain('data-ref="stage:apply"');
        expect(r.svg).toContain('data-ref="edge:fill-&gt;verify"');
        expect(r.svg).toMatch(/<title>Fills in the application<\/title>/);
    });

    it('names who acts in each step card and who takes each arrow, and each lane band, for the preview', async () => {
        const model = structuredClone(EXAMPLES['bank-onboarding']!);
        const fill = model.stages.flatMap((s) => s.steps).find((s) => s.id === 'fill')!;
        fill.next = fill.next.map((n) => ({ ...n, personas: ['anna'] }));
        const r = await createMapRenderer().render(model);
        expect(r.svg).toContain('data-ref="step:ask" data-stage="discover" data-actors="marek"');
        expect(r.svg).toContain('data-ref="step:welcome" data-stage="use" data-actors="anna marek"');
        expect(r.svg).toContain('data-ref="edge:fill-&gt;call" data-actors="anna"');
        for (const lane of r.geometry.lanes) {
            expect(r.svg).toContain(`data-lane="${lane.id}" data-y="${num(lane.y)}" data-height="${num(lane.height)}"`);
        }
    });

    it('wraps Cyrillic, Polish and Arabic labels inside their boxes', async () => {
        const r = await renderer.render(scriptsModel);
        checkMap(scriptsModel, r);
        const long = r.geometry.cards.find((c) => c.stepId === 'шаг1')!;
        expect(long.texts[0]!.lines.length).toBeGreaterThan(1);
        const word = r.geometry.laneItems.find((i) => i.lane === 'needs')!;
        expect(word.texts[0]!.lines.length).toBeGreaterThan(1);
    });

    for (const n of [20, 200]) {
        it(`draws a generated map of ${n} steps`, async () => {
            const model = generateModel({ steps: n, seed: n, personas: 4 });
            checkMap(model, await renderer.render(model));
        });
    }

    it('holds for random models (fast-check)', async () => {
        await fc.assert(
            fc.asyncProperty(
                fc.integer({ min: 1, max: 40 }),
                fc.integer({ min: 1, max: 1_000_000 }),
                fc.integer({ min: 1, max: 5 }),
                fc.constantFrom('current', 'future', 'day', 'blueprint' as const),
                async (steps, seed, personas, kind) => {
                    const model = generateModel({ steps, seed, personas, kind, stageSize: [1, 6] });
                    checkMap(model, await createMapRenderer().render(model));
                }
            ),
            { numRuns: 25 }
        );
    });
});
