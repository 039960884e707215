// Benchmark in the real VS Code (code-server + Chromium): edit → repainted-preview latency for
// journeys of 20 and 200 steps (median of N edits each), and the extension's activation time.
//
// Latency = from the keydown in the editor (workbench page clock) to the animation frame that puts
// the new map on screen in the webview (webview clock; both are performance.timeOrigin + now()).
// Usage: node test/e2e/bench-preview.mjs [--edits 12] [--json out.json]   (npm run build first;
// tools are installed by test/e2e/setup-tools.sh, the .vsix is packaged here)
// Before/after on a noisy machine: --vsix before=a.vsix,after=b.vsix [--rounds 3] runs the builds
// in turn (A, B, A, B, ...), one session each, and prints each build's median over all its rounds,
// with the medians of the extension log's parts of each repaint (server round trip, webview insert).
// Each hop line ends with when the frame was drawn (style, layout, paint done), timed by the bench
// itself inside the webview, so it is the same measurement for every build.
import { execFileSync } from 'node:child_process';
import { writeFileSync, readFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import path from 'node:path';
import { ROOT, RUNS, SETUP } from './lib/paths.mjs';
import { packageVsix } from './package-vsix.mjs';
import { extensionLog, startSession } from './lib/session.mjs';
import { focusEditor, goToLine, mod, openFile, previewFrameHandle } from './lib/workbench.mjs';
import { generateJourney } from './generate-journey.mjs';

const arg = (name, def) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : def; };
const EDITS = Number(arg('--edits', 12));
const SIZES = [20, 200];
const ROUNDS = Number(arg('--rounds', 1));

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

/** Loads dist/extension.cjs with a stub `vscode` module: the bundle's code-loading cost in Node. */
function codeLoadMs() {
    const file = path.join(ROOT, 'packages/extension/dist/extension.cjs');
    const origLoad = Module._load;
    Module._load = function (request, ...rest) {
        if (request === 'vscode') return new Proxy({}, { get: () => new Proxy(function () {}, { get: () => ({}) }) });
        return origLoad.call(this, request, ...rest);
    };
    try {
        const t0 = performance.now();
        createRequire(import.meta.url)(file);
        return performance.now() - t0;
    } finally {
        Module._load = origLoad;
    }
}

async function measure(session, file, steps) {
    const { page } = session;
    await openFile(page, file);
    await page.keyboard.press(`${mod}+K`);
    await page.keyboard.press('V');
    let frame = await previewFrameHandle(page, 60_000);
    await frame.waitForFunction((n) => document.querySelectorAll('g.jm-step[data-ref^="step:"]').length === n, steps, { timeout: 120_000 });
    await page.evaluate(() => window.addEventListener('keydown', () => { window.__keyAt = performance.timeOrigin + performance.now(); }, true));
    // After the preview's own handler of each message: when the frame that paints it has been drawn
    // (style, layout and paint done: a task queued from that frame's rAF runs after them). The same
    // for every build, since the bench adds it, not the webview.
    await frame.evaluate(() => window.addEventListener('message', () => {
        const r = { at: performance.timeOrigin + performance.now() };
        (window.__frames ??= []).push(r);
        requestAnimationFrame(() => {
            const ch = new MessageChannel();
            ch.port1.onmessage = () => { r.drawnAt = performance.timeOrigin + performance.now(); };
            ch.port2.postMessage(0);
        });
    }));
    await focusEditor(page, file);
    const text = readFileSync(path.join(session.workspace, file), 'utf8').split('\n');
    const line = text.findIndex((l) => l.includes('step s0 ')) + 1;
    await goToLine(page, line, text[line - 1].lastIndexOf('"') + 1);
    const samples = [];
    for (let i = 0; i < EDITS + 2; i++) {
        frame = await previewFrameHandle(page);
        const before = await frame.evaluate(() => document.body.dataset.version ?? '');
        await page.keyboard.type(String.fromCharCode(97 + (i % 26)));
        await frame.waitForFunction((v) => document.body.dataset.version !== v && document.body.dataset.status === 'ok', before, { timeout: 60_000, polling: 'raf' });
        const keyAt = await page.evaluate(() => window.__keyAt);
        const paintedAt = Number(await frame.evaluate(() => document.body.dataset.paintedAt));
        const arrivedAt = Number(await frame.evaluate(() => document.body.dataset.arrivedAt));
        const version = Number(await frame.evaluate(() => document.body.dataset.version));
        const drawnAt = await frame.waitForFunction((at) => window.__frames?.find((r) => r.at >= at)?.drawnAt, arrivedAt, { timeout: 5_000 })
            .then((h) => h.jsonValue()).catch(() => undefined);
        if (process.env.BENCH_DEBUG) console.log(await frame.evaluate(() => document.body.dataset.timing));
        // Two warm-up edits; each sample keeps the browser's clock readings for the hops (hopsOf).
        if (i >= 2) samples.push({ ms: paintedAt - keyAt, keyAt, arrivedAt, paintedAt, drawnAt, version });
        await page.waitForTimeout(150);
    }
    return samples;
}

function summary(steps, edits) {
    const samples = edits.map((e) => e.ms);
    return { steps, edits: samples.length, medianMs: Math.round(median(samples)), minMs: Math.round(Math.min(...samples)), maxMs: Math.round(Math.max(...samples)) };
}

/** The log's account of each repaint in a session, in order: round trip and webview insert, ms; when the edit reached the extension host and when the map was posted. */
function repaintsFromLog(runDir) {
    const found = [];
    for (const m of (extensionLog(runDir) ?? '').matchAll(/version (\d+) painted (\d+) ms after the edit \(renderMap round trip (\d+) ms, webview insert ([\d.?]+) ms[^;)]*(?:; asked (\d+) ms and posted (\d+) ms after the edit, at ([\d.]+))?/g)) {
        found.push({ version: Number(m[1]), paintedMs: Number(m[2]), roundTripMs: Number(m[3]), insertMs: Number(m[4]), askedMs: Number(m[5]), postedMs: Number(m[6]), editAt: Number(m[7]) });
    }
    return found;
}

/**
 * Where the time of each edit went, from the browser's clock readings and the extension host's
 * log (both on the machine's wall clock): keydown → the extension host hears of the edit → the
 * server's answer is posted to the webview → the webview has it → the frame that paints it.
 */
function hopsOf(samples, repaints) {
    const hops = [];
    for (const s of samples) {
        const r = repaints.find((x) => x.version === s.version && x.editAt > 0);
        if (!r || !(s.arrivedAt > 0)) continue;
        const posted = r.editAt + r.postedMs;
        hops.push({
            toHost: r.editAt - s.keyAt, hostToPosted: r.postedMs, asked: r.askedMs, roundTrip: r.roundTripMs, answerToPosted: r.postedMs - r.askedMs - r.roundTripMs,
            postedToWebview: s.arrivedAt - posted, webviewToFrame: s.paintedAt - s.arrivedAt,
            ...(s.drawnAt > 0 ? { webviewToDrawn: s.drawnAt - s.arrivedAt, keyToDrawn: s.drawnAt - s.keyAt } : {})
        });
    }
    return hops;
}

function hopSummary(hops) {
    if (hops.length === 0) return '';
    const m = (k) => Math.round(median(hops.map((h) => h[k])));
    const drawn = hops.filter((h) => h.webviewToDrawn !== undefined);
    const d = (k) => Math.round(median(drawn.map((h) => h[k])));
    const drawnPart = drawn.length ? `; the frame drawn (style, layout, paint done) ${d('webviewToDrawn')} ms after the webview had it, ${d('keyToDrawn')} ms after the keydown` : '';
    return `; hops (medians): keydown → extension host ${m('toHost')} ms, → map posted ${m('hostToPosted')} ms (asked after ${m('asked')}, the server round trip ${m('roundTrip')}, answer checked and posted in ${m('answerToPosted')}), → webview has it ${m('postedToWebview')} ms, → painting frame ${m('webviewToFrame')} ms${drawnPart}`;
}

function activationFromLog(runDir) {
    const t = extensionLog(runDir);
    if (t === undefined) return {};
    return {
        activateMs: Number(/activated in ([\d.]+) ms/.exec(t)?.[1]),
        clientReadyMs: Number(/language client ready ([\d.]+) ms/.exec(t)?.[1])
    };
}

/** One session of one build: the samples of each size and the log's repaints (20 steps first). */
async function sessionOf(vsix, extraFiles) {
    const session = await startSession({ vsix, extraFiles, timeout: 60_000 });
    const samples = {};
    try {
        for (const n of SIZES) samples[n] = await measure(session, `bench-${n}.journey`, n);
    } finally {
        await session.close();
    }
    return { samples, repaints: repaintsFromLog(session.runDir), activation: activationFromLog(session.runDir) };
}

/** The log's repaints of the i-th size of a session: it has every painted edit in order (the 20-step map's first, warm-ups included). */
function loggedRepaints(session, i) {
    const per = EDITS + 2;
    return session.repaints.slice(i * per, (i + 1) * per);
}

/**
 * What the editor itself spends on every repaint, whatever the map: keydown → the extension host
 * hears of the edit, and the posted map → the webview has it (code-server's messages between the
 * browser, its server and the extension host). Their sum at the smallest map is the floor under
 * any repaint in this editor.
 */
function editorHops(hops) {
    const m = (k) => median(hops.map((h) => h[k]));
    return Math.round(m('toHost') + m('postedToWebview'));
}

/** Builds named on the command line (--vsix before=a.vsix,after=b.vsix), run in turn for --rounds rounds. */
async function compareBuilds(spec, extraFiles) {
    const builds = spec.split(',').map((item) => {
        const [label, file] = item.includes('=') ? item.split('=') : [path.basename(item, '.vsix'), item];
        return { label, file: path.resolve(file), samples: Object.fromEntries(SIZES.map((n) => [n, []])), repaints: Object.fromEntries(SIZES.map((n) => [n, []])), hops: Object.fromEntries(SIZES.map((n) => [n, []])) };
    });
    for (let round = 1; round <= ROUNDS; round++) {
        for (const b of builds) {
            // A session that fails on this loaded machine (a preview that never opened) is run once more.
            const r = await sessionOf(b.file, extraFiles).catch((e) => {
                console.log(`round ${round} ${b.label}: the session failed (${e.message.split('\n')[0]}); running it again`);
                return sessionOf(b.file, extraFiles);
            });
            SIZES.forEach((n, i) => {
                const logged = loggedRepaints(r, i);
                b.samples[n].push(...r.samples[n]);
                b.repaints[n].push(...logged.slice(2));
                b.hops[n].push(...hopsOf(r.samples[n], logged));
                console.log(`round ${round} ${b.label}, ${n} steps: median ${Math.round(median(r.samples[n].map((e) => e.ms)))} ms`);
            });
        }
    }
    for (const n of SIZES) {
        for (const b of builds) {
            const s = summary(n, b.samples[n]);
            const rp = b.repaints[n];
            const parts = rp.length ? `; log: round trip ${Math.round(median(rp.map((x) => x.roundTripMs)))} ms, webview insert ${median(rp.map((x) => x.insertMs))} ms` : '';
            console.log(`${b.label}: edit → repainted preview, ${n} steps: median ${s.medianMs} ms (min ${s.minMs}, max ${s.maxMs}, ${s.edits} edits over ${ROUNDS} round(s))${parts}${hopSummary(b.hops[n])}`);
        }
    }
}

if (import.meta.url === `file://${process.argv[1]}`) {
    execFileSync('bash', [SETUP], { stdio: 'inherit' });
    const extraFiles = Object.fromEntries(SIZES.map((n) => [`bench-${n}.journey`, generateJourney(n)]));
    if (arg('--vsix')) {
        await compareBuilds(arg('--vsix'), extraFiles);
        process.exit(0);
    }
    const { file: vsix, bytes } = packageVsix(path.join(RUNS, 'journey-maps-bench.vsix'));
    const session = await sessionOf(vsix, extraFiles);
    const results = { vsixKiB: Math.round(bytes / 1024), latency: [], activation: {} };
    SIZES.forEach((n, i) => {
        const r = summary(n, session.samples[n]);
        const hops = hopsOf(session.samples[n], loggedRepaints(session, i));
        results.latency.push({ ...r, ...(hops.length ? { editorHopsMs: editorHops(hops) } : {}) });
        console.log(`edit → repainted preview, ${n} steps: median ${r.medianMs} ms (min ${r.minMs}, max ${r.maxMs}, ${r.edits} edits)${hopSummary(hops)}`);
    });
    const smallest = results.latency[0];
    if (smallest?.editorHopsMs !== undefined) {
        console.log(`the editor's own hops at ${smallest.steps} steps (keydown → extension host, posted map → webview): ${smallest.editorHopsMs} ms, before the server, the webview and the frame do anything: the floor under every repaint in this editor (target at 200 steps: 60 ms)`);
    }
    results.activation = { ...session.activation, codeLoadMs: Math.round(codeLoadMs() * 10) / 10 };
    console.log(`activation: activate() ${results.activation.activateMs} ms, bundle code load ${results.activation.codeLoadMs} ms (Node, stub vscode), language server ready ${results.activation.clientReadyMs} ms after activation`);
    console.log(`vsix: ${results.vsixKiB} KiB`);
    const out = arg('--json');
    if (out) writeFileSync(out, JSON.stringify(results, null, 2));
}
