import type { JourneyModel } from '@journey-maps/model';
import { describe, expect, it } from 'vitest';
import { createMapRenderer, isRenderSuperseded, layoutFlow, renderMapSvg, RenderSupersededError, type FlowInput, type FlowLayout } from '../src/index.js';
import { example } from './fixtures/index.js';
import { generateModel } from './fixtures/generate.js';

const clone = (m: JourneyModel): JourneyModel => structuredClone(m);

describe('renderer API', () => {
    it('reuses the ELK layout when an edit does not change the flow shape', async () => {
        const runs: number[] = [];
        const r = createMapRenderer({ onLayout: (i) => runs.push(i.columns) });
        const model = generateModel({ steps: 200, seed: 11 });
        const first = await r.render(model);
        expect(first.layoutReused).toBe(false);
        expect(r.stats.layoutRuns).toBe(1);

        // A lane text edit and a step label edit that wraps to the same lines: no new ELK run.
        const edited = clone(model);
        edited.stages[0]!.steps[0]!.pains.push({ text: 'A new pain point' });
        edited.stages[0]!.steps[0]!.label = edited.stages[0]!.steps[0]!.label.slice(0, -1) + 'x';
        edited.journey.title = 'Renamed';
        const second = await r.render(edited);
        expect(second.layoutReused).toBe(true);
        expect(r.stats.layoutRuns).toBe(1);
        expect(runs).toEqual([200]);
        expect(second.svg).toContain('A new pain point');
        expect(second.geometry.cards.map((c) => [c.x, c.y])).toEqual(first.geometry.cards.map((c) => [c.x, c.y]));

        // A new successor changes the shape: ELK runs again.
        const rewired = clone(model);
        rewired.stages[0]!.steps[0]!.next.push({ step: rewired.stages.at(-1)!.steps.at(-1)!.id, label: 'shortcut', personas: [] });
        expect((await r.render(rewired)).layoutReused).toBe(false);
        expect(r.stats.layoutRuns).toBe(2);
    });

    it('draws an edit with reused parts exactly as a fresh renderer draws it', async () => {
        const r = createMapRenderer();
        const base = generateModel({ steps: 60, seed: 21, personas: 3 });
        const first = await r.render(base);
        // A label edit reuses the placed lane items of every other step (the same objects).
        const relabelled = clone(base);
        const edited = relabelled.stages[2]!.steps[0]!;
        edited.label += 'y';
        const items = (await r.render(relabelled)).geometry.laneItems;
        expect(items.length).toBe(first.geometry.laneItems.length);
        items.forEach((it, i) => expect(it === first.geometry.laneItems[i]).toBe(it.stepId !== edited.id));
        const edits: ((m: JourneyModel) => void)[] = [
            (m) => void (m.stages[2]!.steps[0]!.label += ' x'), // label only
            (m) => void m.stages[3]!.steps[1]!.pains.push({ text: 'A new pain point that wraps over a few lines of the card column' }),
            (m) => void m.stages[0]!.steps[0]!.channels.push('web', 'shop', 'web'), // a top lane grows: lanes below move
            (m) => void (m.personas[0]!.label = 'Renamed persona, 40'), // what every step refers to
            (m) => void (m.stages[1]!.label = 'A renamed stage'),
            (m) => void m.stages[1]!.steps[0]!.emotions.push({ persona: 'p2', value: -3, label: 'new low' }),
            (m) => void (m.stages[2]!.steps[0]!.momentOfTruth = !m.stages[2]!.steps[0]!.momentOfTruth),
            (m) => void m.stages[4]!.steps.splice(0, 1), // shape change: ELK runs again
            () => undefined // back to the original
        ];
        let model = base;
        for (const edit of edits) {
            model = clone(model);
            edit(model);
            const got = await r.render(model);
            const fresh = await createMapRenderer().render(model);
            expect(got.svg).toBe(fresh.svg);
            expect(got.parts).toEqual(fresh.parts);
            expect(got.geometry).toEqual(fresh.geometry);
        }
        const again = await r.render(base);
        expect(again.svg).toBe(await renderMapSvg(base));
    });

    it('lets a newer render supersede an older pending one', async () => {
        const r = createMapRenderer();
        const older = r.render(generateModel({ steps: 100, seed: 1 }));
        const newer = r.render(example('bank-onboarding'));
        await expect(older).rejects.toBeInstanceOf(RenderSupersededError);
        const done = await newer;
        expect(done.geometry.cards.map((c) => c.stepId)).toContain('fill');
    });

    it('drops an older render whose layout finishes after a newer render began', async () => {
        // ELK in this thread runs to its end at once; an engine elsewhere (a worker) may answer
        // late, and even ignore the abort: the older render must draw nothing all the same.
        let started = 0;
        const late = { layout: (input: FlowInput) => { started++; return new Promise<FlowLayout>((resolve) => setTimeout(() => void layoutFlow(input).then(resolve), 20)); } };
        const r = createMapRenderer({ layoutEngine: late });
        const older = r.render(generateModel({ steps: 300, seed: 2 }));
        while (started === 0) await new Promise((resolve) => setTimeout(resolve, 1)); // the older render is now laid out
        const newer = r.render(example('bank-onboarding'));
        const outcome = await older.then(
            () => 'resolved',
            (e: unknown) => (isRenderSuperseded(e) ? 'superseded' : `other: ${String(e)}`)
        );
        expect(outcome).toBe('superseded');
        expect((await newer).width).toBeGreaterThan(0);
    });

    it('rejects pending renders after dispose', async () => {
        const r = createMapRenderer();
        const p = r.render(example('bank-onboarding'));
        r.dispose();
        await expect(p).rejects.toBeInstanceOf(RenderSupersededError);
    });

    it('lays out with the engine it is given, and aborts that engine\'s pending layout when a newer render supersedes it', async () => {
        const signals: AbortSignal[] = [];
        const engine = {
            layout: (input: FlowInput, signal: AbortSignal): Promise<FlowLayout> => {
                signals.push(signal);
                return new Promise((resolve, reject) => {
                    signal.addEventListener('abort', () => reject(new Error('the worker was stopped')));
                    if (signals.length > 1) void layoutFlow(input).then(resolve);
                });
            }
        };
        const r = createMapRenderer({ layoutEngine: engine });
        const model = generateModel({ steps: 30, seed: 4 });
        const older = r.render(model);
        // Let the older render reach its layout before the newer one arrives.
        while (signals.length === 0) await new Promise((resolve) => setTimeout(resolve, 1));
        const changed = clone(model);
        changed.stages[0]!.steps[0]!.next = [];
        const newer = r.render(changed);
        await expect(older).rejects.toBeInstanceOf(RenderSupersededError);
        expect(signals[0]!.aborted).toBe(true);
        const drawn = await newer;
        expect(signals[1]!.aborted).toBe(false);
        expect(drawn.geometry.cards.length).toBe(30);
    });

    it('renders one-shot with renderMapSvg and sets the theme class', async () => {
        const svg = await renderMapSvg(example('bank-onboarding'), { theme: 'dark' });
        expect(svg.startsWith('<svg')).toBe(true);
        expect(svg).toMatch(/^<svg[^>]*class="jm jm-theme-dark jm-kind-current"/);
        const auto = await renderMapSvg(example('bank-onboarding'));
        expect(auto).toMatch(/^<svg[^>]*class="jm jm-theme-auto /);
    });

    it('draws a deep-frozen model exactly as the model itself: it writes nothing into the model (the exporter shares one frozen empty list among steps)', async () => {
        const deepFreeze = <T>(value: T): T => {
            if (value && typeof value === 'object' && !Object.isFrozen(value)) {
                Object.freeze(value);
                Object.values(value).forEach(deepFreeze);
            }
            return value;
        };
        for (const name of ['bank-onboarding', 'bank-future', 'car-claim']) {
            const model = example(name);
            expect(await renderMapSvg(deepFreeze(clone(model)))).toBe(await renderMapSvg(clone(model)));
        }
    });
});
