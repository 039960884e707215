// The webview's own cost of a repaint, in Debian's Chromium without VS Code (the fast loop; the
// real editor's figure is test/e2e/bench-preview.mjs): the built webview script and CSS in a page
// with the panel's HTML and CSP, fed the messages the extension posts for the 200-step map of
// bench-preview.mjs (the whole map, then label edits as patches). Per patch: message → end of the
// webview's handler, → the rAF of the frame that paints it, → that frame drawn (a task queued from
// the rAF runs after its style, layout and paint).
// Usage (npm run build first): node test/bench/run-benchmarks.mjs webview-frame
//   [--dist before=dirA,after=dirB] [--rounds 3] [--insights]  (dirs holding preview.js + preview.css,
//   alternated A, B, A, B; --insights: the Insights panel open)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { applyMapChanges, RenderMapResultSchema, type DrawnMap } from '@journey-maps/model';
import { CancellationTokenSource } from 'vscode-languageserver';
import { generateJourney } from '../../../test/e2e/generate-journey.mjs';
import { MapSender } from '../../extension/src/preview/map-sender.js';
import { previewHtml } from '../../extension/src/preview/html.js';
import { createMapAnswer } from '../../language-server/src/server/render-map-handler.js';
import { TestWorkspace, uriOf } from '../../language-server/test/lsp/lsp-test-services.js';

const repo = join(import.meta.dirname, '../../..');
const arg = (name: string, fallback: string) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1]! : fallback; };
const ROUNDS = Number(arg('--rounds', '3'));
const EDITS = 14;
const insightsOpen = process.argv.includes('--insights');
const builds = arg('--dist', `current=${join(repo, 'packages/preview/dist')}`).split(',').map((item) => {
    const [label, dir] = item.split('=') as [string, string];
    return { label, dir, rows: [] as Row[] };
});
interface Row { handler: number; raf: number; drawn: number }

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2; };

/** What the extension posts: the whole map, then a patch per letter typed into the first step's label. */
async function messages(): Promise<unknown[]> {
    const name = 'bench-200.journey';
    const workspace = await TestWorkspace.of({ [name]: generateJourney(200) });
    const answer = createMapAnswer(workspace.services);
    const ask = async (base?: string) => RenderMapResultSchema.parse(await answer({ uri: uriOf(name).toString(), ...(base ? { base } : {}) }, new CancellationTokenSource().token));
    const first = await ask();
    if (first.status !== 'ok') throw new Error(`the map is ${first.status}`);
    const sender = new MapSender();
    sender.panelShown(insightsOpen, undefined);
    const out: unknown[] = [sender.messageFor(first)];
    let held: DrawnMap = first;
    for (let i = 0; i < EDITS; i++) {
        await workspace.set(new Map([[name, workspace.text(name).replace(/(step s0 "[^"]*)"/, `$1${String.fromCharCode(97 + i)}"`)]]));
        const changes = await ask(held.mapId);
        if (changes.status !== 'changes') throw new Error(`expected changes, got ${changes.status}`);
        held = applyMapChanges(held, changes)!;
        out.push(sender.messageFor(held, { base: changes.base, parts: changes.parts, insightsChanged: 'insights' in changes.fields }));
    }
    return out;
}

// A few of VS Code's theme variables, in a style element the CSP allows (as VS Code injects them).
const THEME = 'body { --vscode-editor-background: #ffffff; --vscode-editor-foreground: #3b3b3b; --vscode-descriptionForeground: #717171; '
    + '--vscode-editorWidget-background: #f8f8f8; --vscode-foreground: #3b3b3b; --vscode-focusBorder: #005fb8; --vscode-font-family: sans-serif; --vscode-font-size: 13px; }';
const ORIGIN = 'http://webview.bench';

const drive = createRequire(join(repo, '.e2e-tools/drive/node_modules/noop.js'));
const { chromium } = drive('playwright-core') as typeof import('playwright-core');
const posts = await messages();
console.log(`webview frame bench: 200 steps, a whole map of ${JSON.stringify(posts[0]).length >> 10} KiB, then ${EDITS} label-edit patches of ${JSON.stringify(posts[1]).length} chars (Insights panel ${insightsOpen ? 'open' : 'closed'})`);
const browser = await chromium.launch({ executablePath: process.env.E2E_CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });

async function session(dir: string): Promise<Row[]> {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    const html = previewHtml({ cspSource: ORIGIN, nonce: 'bench', scriptUri: `${ORIGIN}/preview.js`, styleUri: `${ORIGIN}/preview.css`, title: 'bench' })
        .replace('<body>', '<body class="vscode-light">').replace('</head>', `<style nonce="bench">${THEME}</style></head>`);
    await page.route(`${ORIGIN}/**`, (route) => {
        const file = new URL(route.request().url()).pathname.slice(1);
        if (file === '') return route.fulfill({ contentType: 'text/html', body: html });
        return route.fulfill({ contentType: file.endsWith('.css') ? 'text/css' : 'text/javascript', body: readFileSync(join(dir, file)) });
    });
    await page.addInitScript((open: boolean) => {
        let state: unknown = open ? { uri: '', locked: false, views: {}, persona: null, hiddenLanes: [], insightsOpen: true, compare: false } : undefined;
        Object.assign(window, { acquireVsCodeApi: () => ({ postMessage: () => {}, getState: () => state, setState: (s: unknown) => { state = s; } }) });
    }, insightsOpen);
    await page.goto(`${ORIGIN}/`);
    // After the webview's own listener (added when its script ran): its handler is done.
    await page.evaluate(() => {
        const w = window as unknown as { timings: Array<Record<string, number>> };
        w.timings = [];
        window.addEventListener('message', () => {
            const t: Record<string, number> = { arrived: Number(document.body.dataset.arrivedAt) - performance.timeOrigin, handled: performance.now() };
            w.timings.push(t);
            requestAnimationFrame(() => {
                t.raf = performance.now();
                const channel = new MessageChannel();
                channel.port1.onmessage = () => { t.drawn = performance.now(); };
                channel.port2.postMessage(0);
            });
        });
    });
    const post = (m: unknown) => page.evaluate((message) => new Promise<Record<string, number>>((resolve) => {
        const w = window as unknown as { timings: Array<Record<string, number>> };
        const n = w.timings.length;
        window.postMessage(message, '*');
        const wait = () => { const t = w.timings[n]; if (t?.drawn !== undefined) resolve(t); else setTimeout(wait, 5); };
        wait();
    }), m);
    await post(posts[0]);
    await page.waitForTimeout(300);
    const rows: Row[] = [];
    for (const [i, m] of posts.slice(1).entries()) {
        const t = await post(m);
        // Two warm-up patches.
        if (i >= 2) rows.push({ handler: t.handled! - t.arrived!, raf: t.raf! - t.arrived!, drawn: t.drawn! - t.arrived! });
        await page.waitForTimeout(100);
    }
    const patched = await page.evaluate(() => Number(document.body.dataset.patches ?? 0));
    await page.close();
    if (patched !== EDITS) throw new Error(`${dir}: ${patched} of ${EDITS} patches applied`);
    return rows;
}

try {
    for (let round = 1; round <= ROUNDS; round++) {
        for (const b of builds) b.rows.push(...await session(b.dir));
    }
} finally {
    await browser.close();
}
for (const b of builds) {
    const m = (k: keyof Row) => median(b.rows.map((r) => r[k])).toFixed(1);
    console.log(`${b.label}: patch message → handler done ${m('handler')} ms, → painting frame's rAF ${m('raf')} ms, → that frame drawn ${m('drawn')} ms (medians of ${b.rows.length} patches over ${ROUNDS} round(s))`);
}
