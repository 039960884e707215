import { joinSvgParts, type DrawnMap, type RenderMapResult } from '@journey-maps/model';
import type { PreviousVersion } from '@journey-maps/model/lsp';
import type * as vscode from 'vscode';
import { describe, expect, it, vi } from 'vitest';
import type { MapRequest } from '../src/preview/preview-panel.js';
import { fakePanelHost, fakeWebviewPanel } from './fake-vscode.js';

vi.mock('vscode', async () => (await import('./fake-vscode.js')).fakeVscodeApi());

const { PreviewPanel } = await import('../src/preview/preview-panel.js');

const URI = 'file:///ws/bank-future.journey';
const HEAD: PreviousVersion = { label: 'HEAD', commit: '0123456789abcdef0123456789abcdef01234567', text: 'journey j {}' };

/** A map as the server draws it: with the comparison's parts when asked, else without. */
function drawn(mapId: string, compared: boolean): DrawnMap {
    const parts = [{ key: 'stage:apply', svg: '<rect class="jm-stage"/>' }, ...(compared ? [{ key: 'removed:apply', svg: '<g class="jm-baseline jm-removed"/>' }] : [])];
    return { status: 'ok', uri: URI, version: 1, mapId, journeyId: 'j', title: 'J', parts: { head: '<svg>', parts, tail: '</svg>' }, sourceMap: {}, personas: [], lanes: [], warnings: [] };
}

interface Asked {
    request: MapRequest;
    answer(result: RenderMapResult): void;
}

/** A panel on a fake webview and a fake language client, which answers each request only when the test says. */
function panel(restoredCompare = false) {
    const asked: Asked[] = [];
    const { panel: webviewPanel, posted } = fakeWebviewPanel();
    const host = fakePanelHost((request) => new Promise((resolve) => asked.push({ request, answer: resolve })));
    const p = new PreviewPanel(host, webviewPanel, { toString: () => URI } as vscode.Uri, false, restoredCompare);
    return {
        panel: p,
        asked,
        posted,
        /** Lets the panel's pending promises run (it opens the document before it asks). */
        settle
    };
}

/** Lets a panel's pending promises run (it opens the document before it asks). */
function settle(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A panel whose webview is ready and shows the map drawn alone (`m.1`), with Compare off. */
async function panelShowingMapAlone() {
    const t = panel();
    t.panel.receive({ type: 'ready' });
    await settle();
    t.asked[0]!.answer(drawn('m.1', false));
    await settle();
    return t;
}

describe('the preview panel and the Compare toggle', () => {
    it('asks the server for the map drawn with the comparison when the webview turns Compare on, once, and alone when it turns it off', async () => {
        const t = panel();
        t.panel.receive({ type: 'ready' });
        await t.settle();
        expect(t.asked.map((a) => a.request.compare)).toEqual([false]);
        t.asked[0]!.answer(drawn('m.1', false));
        await t.settle();

        t.panel.receive({ type: 'compare', on: true });
        await t.settle();
        expect(t.asked).toHaveLength(2);
        // Named with the map it holds, so the server may answer with what changed.
        expect(t.asked[1]!.request).toMatchObject({ uri: URI, compare: true, base: 'm.1' });
        expect(t.asked[1]!.request.previous).toBeUndefined();
        // The same state again (the webview reloaded) is no new drawing.
        t.panel.receive({ type: 'compare', on: true });
        await t.settle();
        expect(t.asked).toHaveLength(2);
        t.asked[1]!.answer(drawn('m.2', true));
        await t.settle();

        t.panel.receive({ type: 'compare', on: false });
        await t.settle();
        expect(t.asked.map((a) => a.request.compare)).toEqual([false, true, false]);
        expect(t.asked[2]!.request.base).toBe('m.2');
    });

    it('asks a panel restored after a reload once, with the toggle its webview restores', async () => {
        const t = panel(true);
        // The webview says what it restored, then that it is ready.
        t.panel.receive({ type: 'compare', on: true });
        t.panel.receive({ type: 'ready' });
        await t.settle();
        expect(t.asked.map((a) => a.request.compare)).toEqual([true]);
    });

    it('exports the map on screen: the one drawn alone until the compared one has come', async () => {
        const t = await panelShowingMapAlone();
        t.panel.receive({ type: 'compare', on: true });
        await t.settle();
        expect(t.panel.svg).toBe(joinSvgParts(drawn('m.1', false).parts));
        t.asked[1]!.answer(drawn('m.2', true));
        await t.settle();
        expect(t.panel.svg).toBe(joinSvgParts(drawn('m.2', true).parts));
        expect(t.panel.svg).toContain('jm-removed');
    });

    it('keeps the last good map when the file has errors as Compare is turned on', async () => {
        const t = await panelShowingMapAlone();
        t.panel.receive({ type: 'compare', on: true });
        await t.settle();
        t.asked[1]!.answer({ status: 'errors', uri: URI, version: 1, errors: [] });
        await t.settle();
        expect(t.panel.shownStatus).toBe('errors');
        expect(t.panel.svg).toBe(joinSvgParts(drawn('m.1', false).parts));
        expect(t.posted.at(-1)?.type).toBe('errors');
    });

    it('asks once for Compare with Previous Version, whose toggle the webview turns on, and once for the map alone when it stops', async () => {
        const t = await panelShowingMapAlone();
        t.panel.compareWith(HEAD);
        await t.settle();
        // The webview shows "Compared with HEAD" with its toggle on, and says so.
        t.panel.receive({ type: 'compare', on: true });
        await t.settle();
        expect(t.asked).toHaveLength(2);
        expect(t.asked[1]!.request.previous).toEqual(HEAD);
        t.asked[1]!.answer(drawn('m.2', true));
        await t.settle();

        t.panel.receive({ type: 'stopComparing' });
        await t.settle();
        t.panel.receive({ type: 'compare', on: false });
        await t.settle();
        expect(t.asked).toHaveLength(3);
        expect(t.asked[2]!.request).toMatchObject({ compare: false, base: 'm.2' });
        expect(t.asked[2]!.request.previous).toBeUndefined();
    });
});
