import { analyzeJourney } from '@journey-maps/language';
import { isSvgGroup, type JourneyModel } from '@journey-maps/model';
import { describe, expect, it } from 'vitest';
import { createMapRenderer, insightLayers, type InsightsOption } from '../src/index.js';
import { parseSvg } from './check-map.js';
import { example } from './fixtures/index.js';

const renderer = createMapRenderer();

function insightsOf(model: JourneyModel, heatTint?: boolean): InsightsOption {
    return { hotspots: analyzeJourney(model).hotspots, heatTint };
}

function leafKeys(parts: { key: string; parts?: { key: string }[] }[]): string[] {
    return parts.flatMap((p) => [p.key, ...(p.parts ?? []).map((c) => c.key)]);
}

describe('the analysis drawn on the map', () => {
    it('puts a rank badge on every hotspot card, #1 on the top hotspot, in the exported SVG', async () => {
        const model = example('bank-onboarding');
        const insights = insightsOf(model);
        const r = await renderer.render(model, { insights });
        const doc = parseSvg(r.svg);
        const badges = Array.from(doc.getElementsByTagName('g')).filter((g) => g.getAttribute('class') === 'jm-rank');
        expect(badges.map((b) => b.getAttribute('data-ref'))).toEqual(insights.hotspots.map((h) => `step:${h.step}`));
        expect(badges[0]!.getAttribute('data-ref')).toBe('step:fill');
        expect(badges[0]!.textContent).toBe('#1');
        expect(badges.map((b) => b.textContent)).toEqual(insights.hotspots.map((_, i) => `#${i + 1}`));
    });

    it('places each badge on the corner of its card', async () => {
        const model = example('bank-onboarding');
        const r = await renderer.render(model, { insights: insightsOf(model) });
        const card = r.geometry.cards.find((c) => c.stepId === 'fill')!;
        const badge = Array.from(parseSvg(r.svg).getElementsByTagName('g')).find((g) => g.getAttribute('data-key') === 'rank:fill')!;
        const box = badge.getElementsByTagName('rect')[0]!;
        const x = Number(box.getAttribute('x'));
        const y = Number(box.getAttribute('y'));
        expect(x).toBeGreaterThan(card.x);
        expect(x + Number(box.getAttribute('width'))).toBeGreaterThan(card.x + card.width);
        expect(y).toBeLessThan(card.y);
        expect(y + Number(box.getAttribute('height'))).toBeGreaterThan(card.y);
    });

    it('tints the hotspot columns, the top hotspot the strongest, and not when the tint is off', async () => {
        const model = example('bank-onboarding');
        const on = await renderer.render(model, { insights: insightsOf(model) });
        const tints = Array.from(parseSvg(on.svg).getElementsByTagName('rect')).filter((t) => t.getAttribute('class') === 'jm-heat');
        const insights = insightsOf(model);
        expect(tints.map((t) => t.getAttribute('data-ref'))).toEqual(insights.hotspots.map((h) => `step:${h.step}`));
        const opacities = tints.map((t) => Number(t.getAttribute('fill-opacity')));
        expect(Math.max(...opacities)).toBe(opacities[0]);
        expect(opacities.every((o) => o > 0 && o < 0.2)).toBe(true);
        const off = await renderer.render(model, { insights: insightsOf(model, false) });
        expect(off.svg).not.toContain('jm-heat"');
        expect(off.svg).toContain('jm-rank');
    });

    it('draws neither without insights, and keys every badge and tint uniquely', async () => {
        const model = example('bank-onboarding');
        const plain = await renderer.render(model);
        expect(plain.svg).not.toContain('jm-rank"');
        expect(plain.svg).not.toContain('jm-heat"');
        const r = await renderer.render(model, { insights: insightsOf(model) });
        const keys = leafKeys(r.parts.parts.map((p) => (isSvgGroup(p) ? p : { key: p.key })));
        expect(new Set(keys).size).toBe(keys.length);
        expect(keys).toEqual(expect.arrayContaining(['rank:fill', 'heat:fill']));
    });
});

describe('shares on arrows', () => {
    it('writes the share on the arrow label before its label, and alone when there is none', async () => {
        const r = await renderer.render(example('bank-onboarding'));
        const labels = new Map(r.geometry.edges.map((e) => [`${e.from}->${e.to}`, e.labelText?.lines.join(' ')]));
        expect(labels.get('fill->verify')).toBe('62%');
        expect(labels.get('fill->call')).toBe('23% · stuck on a field');
        expect(labels.get('fill->abandon')).toBe('15% · gives up');
    });

    it('draws an arrow wider the larger its share, an arrow without share at the normal width', async () => {
        const r = await renderer.render(example('bank-onboarding'));
        const paths = new Map(Array.from(parseSvg(r.svg).getElementsByTagName('g'))
            .filter((g) => g.getAttribute('data-ref')?.startsWith('edge:'))
            .map((g) => [g.getAttribute('data-ref')!, g.getElementsByTagName('path')[0]!.getAttribute('class')]));
        expect(paths.get('edge:fill->verify')).toBe('jm-edge jm-share-3');
        expect(paths.get('edge:fill->abandon')).toBe('jm-edge jm-share-1');
        const width = (n: number) => Number(new RegExp(`\\.jm-share-${n}\\s*\\{\\s*stroke-width:\\s*([\\d.]+)`).exec(r.svg)![1]);
        expect(width(3)).toBeGreaterThan(width(1));
        expect(r.svg.indexOf('.jm-share-0')).toBeGreaterThan(r.svg.indexOf('.jm-edge-back'));
        expect([...paths.values()].filter((c) => !c?.includes('jm-share')).length).toBeGreaterThan(0);
    });
});

describe('metrics of a future-state map', () => {
    it('draws a metric as its goal with today\'s value beside it, never as a miss', async () => {
        const r = await renderer.render(example('bank-future'));
        const dropoff = r.geometry.laneItems.filter((i) => i.ref === 'metric:dropoff');
        expect(dropoff.length).toBeGreaterThan(0);
        const text = dropoff[0]!.texts.flatMap((t) => t.lines).join(' ');
        expect(text).toContain('target ≤ 20 % (today 41 %)');
        expect(text).not.toContain('missed');
        expect(r.svg).not.toContain('jm-metric-missed"');
        expect(r.svg).toContain('class="jm-metric-target"');
    });

    it('keeps drawing a current-state map\'s metric that misses its target as missed', async () => {
        const r = await renderer.render(example('bank-onboarding'));
        expect(r.svg).toContain('jm-metric-missed');
        expect(r.svg).not.toContain('class="jm-metric-target"');
    });
});

describe('a map against its baseline', () => {
    async function compared() {
        const models = { future: example('bank-future'), today: example('bank-onboarding') };
        const comparison = analyzeJourney(models.future, models.today).comparison!;
        const r = await renderer.render(models.future, { baseline: { steps: comparison.steps } });
        return { r, comparison };
    }

    it('draws each persona\'s baseline emotions dashed, one curve per persona that had one on a kept step', async () => {
        const { r, comparison } = await compared();
        const curves = Array.from(parseSvg(r.svg).getElementsByTagName('path')).filter((p) => p.getAttribute('class')?.includes('jm-emo-baseline'));
        const personas = new Set(comparison.steps.filter((s) => s.status === 'kept').flatMap((s) => s.emotions.filter((e) => e.before !== undefined).map((e) => e.persona)));
        expect(curves.map((c) => c.getAttribute('data-persona')).sort()).toEqual([...personas].sort());
    });

    it('joins the baseline emotions along the persona\'s path, as its own curve runs, not in column order', async () => {
        const { r, comparison } = await compared();
        const g = r.geometry;
        const centre = (step: string) => { const c = g.columns.find((col) => col.stepId === step)!; return c.x + c.width / 2; };
        const before = (step: string) => comparison.steps.find((s) => s.step === step)!.emotions.find((e) => e.persona === 'anna')!.before!;
        const own = g.emotionCurves.find((c) => c.persona === 'anna')!;
        // bank-future forks at fill (to verify, and to call, which loops back): no line from call on to verify.
        expect(own.segments.map((s) => `${s.from}>${s.to}`)).toEqual(['search>fill', 'fill>verify', 'fill>call', 'verify>welcome']);
        const drawn = g.baselineCurves.find((c) => c.persona === 'anna')!.lines.flatMap((line) => line.slice(1).map((p, i) => [line[i]!, p]));
        const expected = own.segments.map((s) => [{ x: centre(s.from), y: g.emotionAxis!.valueY[before(s.from) + 3] }, { x: centre(s.to), y: g.emotionAxis!.valueY[before(s.to) + 3] }]);
        const key = (seg: { x: number; y?: number }[]) => JSON.stringify(seg);
        expect(drawn.map(key).sort()).toEqual(expected.map(key).sort());
    });

    it('draws the removed steps as a ghost note on the stage they were in, below the stage label', async () => {
        const { r, comparison } = await compared();
        expect(comparison.steps.filter((s) => s.status === 'removed').map((s) => [s.step, s.stage])).toEqual([['abandon', 'apply']]);
        const notes = Array.from(parseSvg(r.svg).getElementsByTagName('g')).filter((el) => el.getAttribute('class') === 'jm-baseline jm-removed');
        expect(notes.map((n) => [n.getAttribute('data-ref'), n.getAttribute('data-removed')])).toEqual([['stage:apply', 'abandon']]);
        // The step by its label in the old map, as a reader knows it; its id in the tooltip, to find it by.
        expect(notes[0]!.getElementsByTagName('text')[0]!.textContent).toBe('removed: Leaves the form unfinished');
        expect(notes[0]!.getElementsByTagName('title')[0]!.textContent).toBe('Removed since the baseline: Leaves the form unfinished (abandon)');
        const stage = r.geometry.stages.find((s) => s.stageId === 'apply')!;
        const note = r.geometry.removedNotes[0]!.box;
        expect(note.y).toBeGreaterThanOrEqual(stage.label.box.y + stage.label.box.height);
        expect(note.x + note.width).toBeLessThanOrEqual(stage.x + stage.width);
        expect(note.y + note.height).toBeLessThanOrEqual(stage.y + stage.height);
    });

    it('names a removed step by its id when the comparison gives no label', async () => {
        const r = await renderer.render(example('bank-future'), { baseline: { steps: [{ step: 's12', stage: 'apply', status: 'removed', emotions: [] }] } });
        const note = Array.from(parseSvg(r.svg).getElementsByTagName('g')).find((el) => el.getAttribute('class') === 'jm-baseline jm-removed')!;
        expect(note.getElementsByTagName('text')[0]!.textContent).toBe('removed: s12');
        expect(note.getElementsByTagName('title')[0]!.textContent).toBe('Removed since the baseline: s12');
    });

    it('draws a map whose comparison is off as the map without a baseline: no comparison part, stage bands no taller', async () => {
        const future = example('bank-future');
        const insights = analyzeJourney(future, example('bank-onboarding'));
        const alone = await createMapRenderer().render(future, insightLayers({ ...insights, comparison: undefined }));
        const off = await createMapRenderer().render(future, insightLayers(insights));
        const on = await createMapRenderer().render(future, insightLayers(insights, { compare: true }));
        expect(off.svg).toBe(alone.svg);
        expect(off.geometry.stages.map((s) => s.height)).toEqual(alone.geometry.stages.map((s) => s.height));
        expect(off.svg).not.toContain('jm-baseline');
        // On, the removed note makes the bands taller, as it did before.
        expect(on.geometry.stages[0]!.height).toBeGreaterThan(alone.geometry.stages[0]!.height);
        expect(on.svg).toContain('jm-baseline jm-removed');
    });

    it('leaves the stage bands as they are when no step was removed', async () => {
        const model = example('bank-future');
        const plain = await renderer.render(model);
        const withAdded = await renderer.render(model, { baseline: { steps: [{ step: 'search', stage: 'discover', status: 'added', emotions: [] }] } });
        expect(withAdded.geometry.removedNotes).toEqual([]);
        expect(withAdded.geometry.stages).toEqual(plain.geometry.stages);
    });

    it('marks the added steps new, and only those', async () => {
        const future: JourneyModel = structuredClone(example('bank-future'));
        const stage = future.stages[1]!;
        const extra = { ...structuredClone(stage.steps[0]!), id: 'chat-bot', label: 'Asks the chat bot', next: [] };
        stage.steps.push(extra);
        const comparison = analyzeJourney(future, example('bank-onboarding')).comparison!;
        const r = await renderer.render(future, { baseline: { steps: comparison.steps } });
        const marks = Array.from(parseSvg(r.svg).getElementsByTagName('g')).filter((g) => g.getAttribute('class') === 'jm-baseline jm-new');
        expect(marks.map((m) => m.getAttribute('data-ref'))).toEqual(['step:chat-bot']);
        expect(comparison.steps.filter((s) => s.status === 'added').map((s) => s.step)).toEqual(['chat-bot']);
    });

    it('marks a kept step whose emotion rose better, one whose emotion fell worse, and names each persona\'s change in its title', async () => {
        const future: JourneyModel = structuredClone(example('bank-future'));
        const ask = future.stages.flatMap((st) => st.steps).find((st) => st.id === 'ask')!;
        for (const e of ask.emotions) e.value = -3;
        const comparison = analyzeJourney(future, example('bank-onboarding')).comparison!;
        const r = await renderer.render(future, { baseline: { steps: comparison.steps } });
        const marks = Array.from(parseSvg(r.svg).getElementsByTagName('g')).filter((g) => g.getAttribute('class')?.startsWith('jm-baseline jm-changed'));
        const byStep = new Map(marks.map((m) => [m.getAttribute('data-ref'), m]));
        expect(byStep.get('step:fill')?.getAttribute('class')).toBe('jm-baseline jm-changed jm-better');
        expect(byStep.get('step:fill')?.getElementsByTagName('title')[0]?.textContent).toBe('Against the baseline: anna −2 → +1');
        expect(byStep.get('step:ask')?.getAttribute('class')).toBe('jm-baseline jm-changed jm-worse');
        // Kept steps whose emotion did not change get no mark.
        const unchanged = comparison.steps.filter((st) => st.status === 'kept' && st.emotions.every((e) => e.before === e.after)).map((st) => `step:${st.step}`);
        expect(unchanged.length).toBeGreaterThan(0);
        for (const ref of unchanged) expect(byStep.has(ref), ref).toBe(false);
    });
});
