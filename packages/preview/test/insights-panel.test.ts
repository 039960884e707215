import { analyzeJourney } from '@journey-maps/language';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportJourneys, readJourneys } from '../../renderer/test/fixtures/examples.js';
import { markInsight, renderInsightsPanel } from '../src/insights-panel.js';
import { parseHostMessage, parsePreviewState, parseWebviewMessage, type InsightsView } from '../src/protocol.js';

const doc = new JSDOM('<!DOCTYPE html><body><aside id="insights"></aside></body>').window.document;
let insights: InsightsView;

beforeAll(async () => {
    const models = await exportJourneys(readJourneys());
    // The analysis as the server sends it, through the webview's own message schema.
    const message = parseHostMessage({
        type: 'render', uri: 'file:///bank-onboarding.journey', version: 1, title: 'Open a current account', seq: 0,
        personas: [], lanes: [], svg: '<svg/>', insights: analyzeJourney(models['bank-onboarding']!)
    });
    if (message?.type !== 'render' || !message.insights) throw new Error('the render message with insights did not parse');
    insights = message.insights;
});

function panelWith(view: InsightsView | undefined, picked: string[] = []): HTMLElement {
    const panel = doc.createElement('aside');
    renderInsightsPanel(panel, view, (ref) => picked.push(ref));
    return panel;
}

const titles = (section: Element) => Array.from(section.querySelectorAll('.jm-insight-title')).map((t) => t.textContent);

describe('the Insights panel', () => {
    it('lists the ranked hotspots first, the top one bank-onboarding\'s fill with its reasons', () => {
        const panel = panelWith(insights);
        const [hotspots, wins, stages] = Array.from(panel.querySelectorAll('section'));
        expect(hotspots!.querySelector('h2')!.textContent).toBe('Hotspots');
        expect(titles(hotspots!)).toEqual(insights.hotspots.map((h) => `#${h.rank} ${h.label}`));
        const top = hotspots!.querySelector<HTMLButtonElement>('.jm-insight')!;
        expect(top.dataset.ref).toBe('step:fill');
        const details = Array.from(top.querySelectorAll('.jm-insight-detail')).map((d) => d.textContent);
        expect(details).toEqual([`score ${insights.hotspots[0]!.score}`, ...insights.hotspots[0]!.reasons.map((r) => r.message)]);
        expect(wins!.querySelector('h2')!.textContent).toBe('Quick wins');
        expect(titles(wins!)).toEqual(insights.opportunities.map((o) => `${o.rank}. ${o.text}`));
        expect(stages!.querySelector('h2')!.textContent).toBe('Stage health');
        expect(Array.from(stages!.querySelectorAll<HTMLElement>('.jm-insight')).map((b) => b.dataset.ref)).toEqual(insights.stages.map((s) => `stage:${s.id}`));
    });

    it('says what a stage holds: its pains, those without an opportunity, missed metrics and emotions', () => {
        const apply = insights.stages.find((s) => s.id === 'apply')!;
        const entry = panelWith(insights).querySelector('[data-ref="stage:apply"]')!;
        const [counts, emotions] = Array.from(entry.querySelectorAll('.jm-insight-detail')).map((d) => d.textContent);
        expect(counts).toContain(`${apply.pains} pain`);
        expect(counts).toContain(`${apply.unaddressedPains} without an opportunity`);
        expect(counts).toContain(`${apply.missedMetrics} missed metric`);
        expect(emotions).toMatch(/^emotion: anna -?\d/);
    });

    it('hands the clicked entry\'s data-ref over, so its card is highlighted and its source revealed', () => {
        const picked: string[] = [];
        const panel = panelWith(insights, picked);
        panel.querySelector<HTMLButtonElement>('[data-ref="step:fill"]')!.click();
        panel.querySelector<HTMLButtonElement>('[data-ref="stage:apply"]')!.click();
        expect(picked).toEqual(['step:fill', 'stage:apply']);
    });

    it('marks the entries of the selected element, and only those', () => {
        const panel = panelWith(insights);
        markInsight(panel, 'step:fill');
        const selected = Array.from(panel.querySelectorAll<HTMLElement>('.jm-insight-selected')).map((b) => b.dataset.ref);
        expect(selected.length).toBeGreaterThan(0);
        expect(new Set(selected)).toEqual(new Set(['step:fill']));
        markInsight(panel, null);
        expect(panel.querySelectorAll('.jm-insight-selected')).toHaveLength(0);
    });

    it('writes labels as text, never as markup', () => {
        const hostile: InsightsView = { hotspots: [{ rank: 1, step: 's', stage: 'a', label: '<img src=x onerror=alert(1)>', score: 3, reasons: [{ kind: 'pain', message: '<b>x</b>' }] }], opportunities: [], stages: [] };
        const panel = panelWith(hostile);
        expect(panel.querySelector('img, b')).toBeNull();
        expect(panel.querySelector('.jm-insight-title')!.textContent).toBe('#1 <img src=x onerror=alert(1)>');
    });

    it('says so when there is nothing to show, and when there is no analysis', () => {
        expect(panelWith({ hotspots: [], opportunities: [], stages: [] }).textContent).toContain('No hotspots');
        expect(panelWith(undefined).textContent).toContain('No insights');
    });

    it('remembers in the saved state whether it is open, closed by default', () => {
        expect(parsePreviewState({ uri: 'file:///a.journey', insightsOpen: true })?.insightsOpen).toBe(true);
        expect(parsePreviewState({ uri: 'file:///a.journey' })?.insightsOpen).toBe(false);
        expect(parsePreviewState({ uri: 'file:///a.journey', insightsOpen: 'yes' })?.insightsOpen).toBe(false);
    });

    it('is opened by the host\'s showInsights message, which carries nothing else', () => {
        expect(parseHostMessage({ type: 'showInsights' })).toEqual({ type: 'showInsights' });
        expect(parseHostMessage({ type: 'showInsights', uri: 'x' })).toBeUndefined();
    });

    it('redrawn after a label edit, keeps the nodes of every entry that did not change and draws what a fresh panel draws', () => {
        const picked: string[] = [];
        const panel = panelWith(insights, picked);
        const before = Array.from(panel.querySelectorAll('li'));
        const titlesBefore = Array.from(panel.querySelectorAll('.jm-insight-title'));
        const relabelled: InsightsView = { ...insights, hotspots: insights.hotspots.map((h, i) => (i === 1 ? { ...h, label: `${h.label} (edited)` } : h)) };
        renderInsightsPanel(panel, relabelled, (ref) => picked.push(ref));
        const after = Array.from(panel.querySelectorAll('li'));
        expect(panel.innerHTML).toBe(panelWith(relabelled).innerHTML);
        expect(after.length).toBe(before.length);
        // Only the edited title is new: every entry, and every other line, is the node it was.
        expect(after.every((li, i) => li === before[i])).toBe(true);
        const titlesAfter = Array.from(panel.querySelectorAll('.jm-insight-title'));
        expect(titlesAfter.flatMap((t, i) => (t === titlesBefore[i] ? [] : [i]))).toEqual([1]);
        expect(after[1]!.textContent).toContain('(edited)');
        // A kept entry still hands its own data-ref over.
        after[0]!.querySelector('button')!.click();
        after[1]!.querySelector('button')!.click();
        expect(picked).toEqual([insights.hotspots[0]!.step, insights.hotspots[1]!.step].map((s) => `step:${s}`));
        renderInsightsPanel(panel, undefined, () => {});
        expect(panel.textContent).toBe('No insights while the map has errors.');
    });
});

describe('the Insights panel of a journey with a baseline', () => {
    let future: InsightsView;
    beforeAll(async () => {
        const models = await exportJourneys(readJourneys());
        const message = parseHostMessage({
            type: 'render', uri: 'file:///bank-future.journey', version: 1, title: 'future', seq: 0, personas: [], lanes: [], svg: '<svg/>',
            insights: analyzeJourney(models['bank-future']!, models['bank-onboarding']!)
        });
        if (message?.type !== 'render' || !message.insights?.comparison) throw new Error('the comparison did not parse');
        future = message.insights;
    });

    it('lists the hotspots resolved, the steps added and removed, and the kept steps that improved', () => {
        const panel = panelWith(future);
        const section = Array.from(panel.querySelectorAll('section')).find((s) => s.querySelector('h2')!.textContent === 'Against the baseline')!;
        expect(section).toBeDefined();
        const shown = titles(section);
        const comparison = future.comparison!;
        for (const step of comparison.hotspots.resolved) expect(shown).toContain(`resolved: ${step}`);
        for (const c of comparison.steps.filter((c) => c.status === 'added')) expect(shown).toContain(`new: ${c.step}`);
        for (const c of comparison.steps.filter((c) => c.status === 'removed')) expect(shown).toContain(`removed: ${c.step}`);
        const improved = comparison.steps.filter((c) => c.status === 'kept' && c.emotions.some((e) => e.before !== undefined && e.after !== undefined && e.after > e.before)
            && c.emotions.every((e) => e.before === undefined || e.after === undefined || e.after >= e.before));
        expect(improved.length).toBeGreaterThan(0);
        for (const c of improved) expect(shown).toContain(`improved: ${c.step}`);
        expect(comparison.hotspots.resolved.length).toBeGreaterThan(0);
        expect(section.textContent).toContain(`hotspot score ${Math.round(comparison.hotspots.scoreBefore * 10) / 10} → ${Math.round(comparison.hotspots.scoreAfter * 10) / 10}`);
    });

    it('names the version compared with instead of the baseline under Compare with Previous Version', () => {
        const panel = doc.createElement('aside');
        renderInsightsPanel(panel, future, () => undefined, 'HEAD');
        const headings = Array.from(panel.querySelectorAll('h2')).map((h) => h.textContent);
        expect(headings).toContain('Against HEAD');
        expect(headings).not.toContain('Against the baseline');
        const section = panel.querySelector('section.jm-comparison')!;
        expect(section.querySelector('h2')!.textContent).toBe('Against HEAD');
        expect(Array.from(section.querySelectorAll('.jm-insight-detail')).map((d) => d.textContent)).toContain('was a hotspot at HEAD');
    });

    it('has no baseline section for a journey without one', () => {
        const panel = panelWith(insights);
        expect(Array.from(panel.querySelectorAll('h2')).map((h) => h.textContent)).not.toContain('Against the baseline');
    });
});

describe('compare with baseline in the saved state', () => {
    it('is remembered, off by default and when the saved value does not fit', () => {
        expect(parsePreviewState({ uri: 'file:///a.journey', compare: true })?.compare).toBe(true);
        expect(parsePreviewState({ uri: 'file:///a.journey' })?.compare).toBe(false);
        expect(parsePreviewState({ uri: 'file:///a.journey', compare: 1 })?.compare).toBe(false);
    });
});

describe('the compare switch the webview reports', () => {
    it('says on or off and nothing else', () => {
        expect(parseWebviewMessage({ type: 'compare', on: true })).toEqual({ type: 'compare', on: true });
        expect(parseWebviewMessage({ type: 'compare', on: 'yes' })).toBeUndefined();
        expect(parseWebviewMessage({ type: 'compare', on: false, uri: 'file:///x' })).toBeUndefined();
    });
});

describe('the messages of Compare with Previous Version', () => {
    it('the host names the version compared with, or null when it ends; the webview asks to stop, with nothing else', () => {
        expect(parseHostMessage({ type: 'comparedWith', label: 'HEAD' })).toEqual({ type: 'comparedWith', label: 'HEAD' });
        expect(parseHostMessage({ type: 'comparedWith', label: null })).toEqual({ type: 'comparedWith', label: null });
        expect(parseHostMessage({ type: 'comparedWith', label: '' })).toBeUndefined();
        expect(parseWebviewMessage({ type: 'stopComparing' })).toEqual({ type: 'stopComparing' });
        expect(parseWebviewMessage({ type: 'stopComparing', uri: 'file:///x' })).toBeUndefined();
    });
});
