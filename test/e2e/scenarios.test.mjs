// The end-to-end scenarios in a real VS Code (code-server) driven by Chromium. One session serves
// all scenarios, in order; each saves a screenshot to test-results/e2e/. Run by test/e2e/run.mjs
// (which installs the tools and packages the .vsix), or directly with E2E_VSIX set.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_VSIX, RESULTS, ROOT } from './lib/paths.mjs';
import { commitWorkspaceFiles, startSession } from './lib/session.mjs';
import {
    closeTab, cursorPosition, focusEditor, goToLine, mod, openFile, previewFrame, previewFrameHandle, runCommand, screenshot
} from './lib/workbench.mjs';

const VSIX = process.env.E2E_VSIX ?? DEFAULT_VSIX;
const T = 30_000;

/** @type {Awaited<ReturnType<typeof startSession>>} */
let s;
const dialogs = [];

const read = (name) => readFileSync(path.join(s.workspace, name), 'utf8');
const lineOf = (name, needle) => read(name).split('\n').findIndex((l) => l.includes(needle)) + 1;
const stepIds = (text) => [...text.matchAll(/^\s*step\s+([\p{L}_][\p{L}\p{N}_-]*)/gmu)].map((m) => m[1]);

/**
 * Waits until `fn` holds in a journey preview's webview, and returns that webview's frame. Every
 * webview frame is asked afresh at each poll, with a timer, not animation frames: Chromium pauses
 * animation frames in a hidden cross-origin frame, and during a reload the frame found first may
 * be the old page's. On a timeout the error says what each preview showed (that is how a server
 * race that left the Insights panel empty was found).
 */
async function waitInPreview(fn, arg, timeout = T) {
    const frame = await previewWhere(fn, timeout, arg);
    if (frame) return frame;
    await screenshot(s.page, `timeout-${Date.now()}`).catch(() => {});
    throw new Error(`no preview satisfied ${String(fn).replace(/\s+/g, ' ').slice(0, 200)} within ${timeout} ms; ${await describePreviews()}`);
}

/** What each webview shows and which tabs are open: for the error of a wait that timed out. */
async function describePreviews() {
    const frames = [];
    for (const f of s.page.frames()) {
        if (!f.url().includes('fake.html')) continue;
        frames.push(await f.evaluate(() => ({
            preview: !!document.getElementById('viewport'),
            body: { ...document.body?.dataset, timing: undefined },
            steps: document.querySelectorAll('g.jm-step').length,
            banner: document.getElementById('banner')?.hidden === false ? document.getElementById('banner').textContent.slice(0, 160) : null,
            insights: document.getElementById('insights')?.hidden === false
                ? `${document.getElementById('insights').childElementCount} parts: ${document.getElementById('insights').textContent.slice(0, 160)}` : 'hidden',
            visibility: document.visibilityState
        })).catch((e) => ({ error: String(e).slice(0, 120) })));
    }
    const tabs = await s.page.locator('.tabs-container .tab').allInnerTexts().catch(() => []);
    return `webviews: ${JSON.stringify(frames)}; tabs: ${JSON.stringify(tabs.map((t) => t.trim()))}`;
}

/** Changes a workspace setting while VS Code runs (it watches .vscode/settings.json; code-server does not reload the user settings file). */
function setWorkspaceSetting(key, value) {
    const file = path.join(s.workspace, '.vscode/settings.json');
    mkdirSync(path.dirname(file), { recursive: true });
    const settings = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
    if (value === undefined) delete settings[key];
    else settings[key] = value;
    writeFileSync(file, JSON.stringify(settings, null, 2));
}

/** The zoom the preview shows, from its toolbar label ("80%" → 0.8). */
async function zoomOf(frame) {
    return Number((await frame.locator('#zoom-reset').innerText()).replace('%', '')) / 100;
}

/** Drags the map (a real pointer drag in the webview) so its top-left corner sits 8 px inside the viewport. */
async function dragMapToCorner() {
    const f = await previewFrameHandle(s.page);
    const at = await f.evaluate(() => {
        const v = document.getElementById('viewport').getBoundingClientRect();
        const m = document.querySelector('#stage svg').getBoundingClientRect();
        return { dx: v.left + 8 - m.left, dy: v.top + 8 - m.top };
    });
    const box = await s.page.locator('iframe.webview.ready').last().boundingBox();
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await s.page.mouse.move(x, y);
    await s.page.mouse.down();
    await s.page.mouse.move(x + at.dx / 2, y + at.dy / 2, { steps: 4 });
    await s.page.mouse.move(x + at.dx, y + at.dy, { steps: 4 });
    await s.page.mouse.up();
    await s.page.mouse.move(700, 890);
}

/** VS Code's own Markdown preview: the Playwright Frame of its content. */
async function markdownPreviewFrame(page, timeout = T) {
    const deadline = Date.now() + timeout;
    while (Date.now() < deadline) {
        for (const f of page.frames()) {
            try {
                if (await f.$('.markdown-body')) return f;
            } catch { /* detached */ }
        }
        await page.waitForTimeout(100);
    }
    throw new Error('Markdown preview frame not found');
}

/**
 * Waits until `fn` holds in the Markdown preview. The preview may load its content frame anew
 * (a refresh after a fence is drawn), so the frame is looked up again on every try.
 */
async function waitInMarkdownPreview(fn, arg, timeout = T) {
    const deadline = Date.now() + timeout;
    for (;;) {
        const frame = await markdownPreviewFrame(s.page, Math.max(1000, deadline - Date.now()));
        try {
            if (await frame.evaluate(fn, arg)) return frame;
        } catch { /* the frame was replaced meanwhile */ }
        if (Date.now() > deadline) throw new Error(`Markdown preview: condition not met in ${timeout} ms: ${fn}`);
        await s.page.waitForTimeout(200);
    }
}

/** The workbench's iframe element that holds a webview's content frame (for a cropped screenshot). */
async function previewIframe(page, frame) {
    for (const element of await page.locator('iframe.webview.ready').elementHandles()) {
        const outer = await element.contentFrame();
        if (outer && outer.childFrames().includes(frame)) return element;
    }
    throw new Error('no workbench iframe holds that frame');
}

/** Switches the colour theme with the theme picker (Ctrl+K Ctrl+T). */
async function pickTheme(theme) {
    await s.page.keyboard.press(`${mod}+K`);
    await s.page.keyboard.press(`${mod}+T`);
    const input = s.page.locator('.quick-input-widget input.input');
    await input.waitFor();
    await input.fill(theme);
    await s.page.locator('.quick-input-list .monaco-list-row', { hasText: theme }).first().waitFor();
    await s.page.keyboard.press('Enter');
    await s.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** The journey preview whose page satisfies `fn` (other previews may still be open), or undefined after `timeout`. */
async function previewWhere(fn, timeout = T, arg = undefined) {
    const deadline = Date.now() + timeout;
    for (;;) {
        for (const f of s.page.frames()) {
            if (!f.url().includes('fake.html')) continue;
            try {
                if (await f.evaluate(fn, arg)) return f;
            } catch { /* detached, or not a preview */ }
        }
        if (Date.now() >= deadline) return undefined;
        await s.page.waitForTimeout(100);
    }
}

async function step(name, fn) {
    try {
        await fn();
    } finally {
        await screenshot(s.page, name).catch(() => {});
    }
}

describe('Journey Maps in a real VS Code (code-server)', { timeout: 600_000 }, () => {
    before(async () => {
        assert.ok(existsSync(VSIX), `no .vsix at ${VSIX}: run npm run test:e2e (it packages one)`);
        s = await startSession({ vsix: VSIX, timeout: T });
        s.page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
        console.log(`# session ready, the extension's language client too, in ${(s.readyMs / 1000).toFixed(1)} s (install ${s.server.installMs.toFixed(0)} ms, code-server up ${s.server.startMs.toFixed(0)} ms)`);
    });

    after(async () => {
        const logs = path.join(s?.runDir ?? '', 'ud/logs');
        if (s && existsSync(logs)) {
            // A window reload starts another extension host (exthost2, …), with its own log.
            for (const dir of readdirSync(logs)) {
                for (const host of readdirSync(path.join(logs, dir)).filter((d) => d.startsWith('exthost')).sort()) {
                    const f = path.join(logs, dir, host, 'journey-maps.journey-maps/Journey Maps.log');
                    if (!existsSync(f)) continue;
                    for (const line of readFileSync(f, 'utf8').split('\n')) {
                        if (/activated in|client ready|painted|error|dropped|focus goes back/.test(line)) console.log(`# log (${host}): ${line.slice(0, 300)}`);
                    }
                }
            }
        }
        await s?.close();
    });

    it('open an example: its diagnostics appear in the Problems panel', async () => {
        await step('01-problems', async () => {
            await openFile(s.page, 'broken.journey');
            await runCommand(s.page, 'View: Focus Problems');
            const expected = [...read('broken.journey').matchAll(/^\/\/ expect: (\w+) ([\w-]+) line (\d+)/gm)];
            assert.equal(expected.length, 5);
            const rows = s.page.locator('.markers-panel .monaco-list-row');
            await rows.filter({ hasText: "Unknown channel 'wbe'." }).first().waitFor();
            for (const [, , code, line] of expected) {
                await rows.filter({ hasText: code }).filter({ hasText: `[Ln ${line},` }).first().waitFor();
            }
            const fileRow = await rows.filter({ hasText: 'broken.journey' }).first().innerText();
            assert.match(fileRow, /broken\.journey\s+5\b/, `file row: ${fileRow}`);
        });
        await s.page.keyboard.press(`${mod}+J`); // hide the panel again
    });

    it('completion offers personas after `by`', async () => {
        await step('02-completion', async () => {
            await openFile(s.page, 'completion.journey');
            const line = lineOf('completion.journey', 'step one');
            const col = read('completion.journey').split('\n')[line - 1].indexOf('via web ') + 'via web '.length + 1;
            await goToLine(s.page, line, col);
            await s.page.keyboard.type('by ');
            await s.page.keyboard.press('Control+Space');
            const rows = s.page.locator('.suggest-widget .monaco-list-row');
            await rows.filter({ hasText: 'anna' }).first().waitFor();
            await rows.filter({ hasText: 'marek' }).first().waitFor();
        });
        await s.page.keyboard.press('Escape');
        await focusEditor(s.page, 'completion.journey');
        await runCommand(s.page, 'File: Revert File');
    });

    it('rename a persona: the declaring and the importing file change', async () => {
        await step('03-rename', async () => {
            await openFile(s.page, 'bank-people.journey');
            await goToLine(s.page, lineOf('bank-people.journey', 'persona anna'), 'persona '.length + 2);
            await s.page.keyboard.press('F2');
            const input = s.page.locator('.rename-box input, .rename-input').first();
            await input.waitFor();
            await input.fill('anja');
            await s.page.keyboard.press('Enter');
            await input.waitFor({ state: 'hidden' });
            await runCommand(s.page, 'File: Save All');
            const deadline = Date.now() + T;
            while (Date.now() < deadline && !(read('bank-onboarding.journey').includes('for anja, marek') && read('bank-people.journey').includes('persona anja'))) {
                await s.page.waitForTimeout(200);
            }
            assert.match(read('bank-people.journey'), /persona anja "Anna, 34/);
            const onboarding = read('bank-onboarding.journey');
            assert.match(onboarding, /for anja, marek/);
            assert.doesNotMatch(onboarding, /\banna\b/, 'every use of anna in the importing file is renamed');
        });
    });

    it('open the preview to the side (Ctrl+K V): readable at first sight, the whole map one click away', async () => {
        await step('04a-preview-first-view', async () => {
            await openFile(s.page, 'bank-onboarding.journey');
            await s.page.keyboard.press(`${mod}+K`);
            await s.page.keyboard.press('V');
            await s.page.locator('.tabs-container .tab', { hasText: 'Preview bank-onboarding.journey' }).waitFor();
            await previewFrame(s.page).locator('g.jm-step[data-ref="step:search"]').waitFor({ state: 'visible' });
            const f = await previewFrameHandle(s.page);
            const first = await f.evaluate(() => {
                const v = document.getElementById('viewport').getBoundingClientRect();
                const inside = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.left >= v.left - 1 && r.right <= v.right + 1 && r.top >= v.top - 1 && r.bottom <= v.bottom + 1; };
                const svg = document.querySelector('#stage svg');
                const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
                const label = document.querySelector('g.jm-step[data-ref="step:search"] text');
                return {
                    scale,
                    cardTextPx: label.getBoundingClientRect().height / (label.querySelectorAll('tspan').length || 1),
                    title: inside(document.querySelector('#stage .jm-header text')),
                    firstStage: inside(document.querySelector('#stage [data-ref="stage:discover"] text')),
                    firstCards: ['search', 'ask'].filter((id) => inside(document.querySelector(`g.jm-step[data-ref="step:${id}"]`)))
                };
            });
            assert.ok(first.scale >= 0.75, `opens at a readable zoom (${first.scale.toFixed(2)})`);
            assert.ok(first.cardTextPx >= 10, `card text is ${first.cardTextPx.toFixed(1)} px high on screen`);
            assert.ok(first.title, 'the title is in view');
            assert.ok(first.firstStage, 'the first stage is in view');
            assert.deepEqual(first.firstCards, ['search', 'ask'], 'the first stage\'s cards are in view');
        });
        await step('04b-preview-fit', async () => {
            await previewFrame(s.page).locator('#zoom-fit').click();
            const ids = stepIds(read('bank-onboarding.journey'));
            assert.equal(ids.length, 8);
            const f = await previewFrameHandle(s.page);
            const shown = await f.evaluate(() => [...document.querySelectorAll('g.jm-step[data-ref^="step:"]')]
                .filter((g) => { const r = g.getBoundingClientRect(); const v = document.getElementById('viewport').getBoundingClientRect();
                    return r.width > 0 && r.left >= v.left - 1 && r.right <= v.right + 1 && r.top >= v.top - 1 && r.bottom <= v.bottom + 1; })
                .map((g) => g.getAttribute('data-ref')));
            assert.deepEqual(shown.sort(), ids.map((id) => `step:${id}`).sort(), 'after Fit every step card lies inside the preview viewport');
        });
    });

    it('type in the editor: the preview changes in place, keeping zoom', async () => {
        await step('05-live-update', async () => {
            const frame = previewFrame(s.page);
            await frame.locator('#zoom-in').click();
            await focusEditor(s.page, 'bank-onboarding.journey');
            const line = lineOf('bank-onboarding.journey', 'step search');
            const text = read('bank-onboarding.journey').split('\n')[line - 1];
            await goToLine(s.page, line, text.lastIndexOf('"') + 1);
            // The cursor in the step selects its card (and scrolls it into view) before the edit.
            const f = await waitInPreview(() => document.querySelector('g.jm-step[data-ref="step:search"]')?.classList.contains('jm-selected'));
            await s.page.waitForTimeout(300);
            const before = await f.evaluate(() => {
                window.__sameDocument = true;
                return { transform: document.getElementById('stage').style.transform, version: document.body.dataset.version };
            });
            await s.page.keyboard.type(' LIVE');
            await waitInPreview(() => (document.querySelector('g.jm-step[data-ref="step:search"]')?.textContent ?? '').includes('LIVE'));
            const afterState = await f.evaluate(() => ({
                same: window.__sameDocument === true,
                transform: document.getElementById('stage').style.transform,
                version: document.body.dataset.version,
                patches: Number(document.body.dataset.patches ?? 0),
                cards: document.querySelectorAll('g.jm-step').length
            }));
            assert.ok(afterState.same, 'the webview was not reloaded');
            assert.ok(afterState.patches > 0, 'typing in a label sends only the changed pieces of the map');
            assert.equal(afterState.cards, 8, 'every step is still drawn once');
            assert.equal(afterState.transform, before.transform, 'zoom and pan are kept');
            assert.notEqual(afterState.version, before.version);
        });
    });

    it('an imported file changes on disk: the open preview redraws within a second, with no keystroke', async () => {
        await step('05b-import-changed-on-disk', async () => {
            const file = path.join(s.workspace, 'bank-people.journey');
            const original = readFileSync(file, 'utf8');
            assert.match(original, /team sales "Sales"/);
            const label = 'Sales, renamed on disk';
            // Not open in an editor: nothing in VS Code reloads it, only the server hears of it.
            await closeTab(s.page, 'bank-people.journey');
            await waitInPreview(() => document.querySelector('g.jm-step') !== null);
            const written = Date.now();
            // As a `git checkout` or another editor would: straight to the file, not through VS Code.
            writeFileSync(file, original.replace('team sales "Sales"', `team sales "${label}"`));
            try {
                await waitInPreview((text) => document.getElementById('stage')?.textContent?.includes(text) ?? false, label, 10_000);
                const ms = Date.now() - written;
                console.log(`# preview redrawn ${ms} ms after the imported file changed on disk`);
                assert.ok(ms <= 1000, `the preview took ${ms} ms to show the change on disk`);
            } finally {
                writeFileSync(file, original);
                await waitInPreview((text) => !(document.getElementById('stage')?.textContent?.includes(text) ?? true), label, 10_000);
            }
        });
    });

    it('break the syntax: the last map stays and the banner lists the errors', async () => {
        try {
        await step('06-errors-banner', async () => {
            const line = lineOf('bank-onboarding.journey', 'step fill');
            await goToLine(s.page, line, 5);
            await s.page.keyboard.type('}}} ');
            const frame = await waitInPreview(() => !document.getElementById('banner').hidden
                && document.querySelectorAll('#banner .jm-problem').length > 0);
            const state = await frame.evaluate(() => ({
                status: document.body.dataset.status,
                steps: document.querySelectorAll('g.jm-step[data-ref^="step:"]').length,
                live: (document.querySelector('g.jm-step[data-ref="step:search"]')?.textContent ?? '').includes('LIVE'),
                first: document.querySelector('#banner .jm-problem-location')?.textContent
            }));
            assert.equal(state.status, 'errors');
            assert.equal(state.steps, 8, 'the last good map is still shown');
            assert.ok(state.live, 'it is the last good map, with the earlier edit');
            // The banner shows the language server's plain-language messages as they are: the same
            // text as the Problems panel (once both show the last version typed).
            await runCommand(s.page, 'View: Focus Problems');
            const rows = s.page.locator('.markers-panel .monaco-list-row');
            let messages = [];
            let missing = ['?'];
            for (const deadline = Date.now() + T; missing.length > 0 && Date.now() < deadline;) {
                messages = await frame.evaluate(() => [...document.querySelectorAll('#banner .jm-problem-message')].map((e) => e.textContent));
                missing = [];
                for (const m of messages) if ((await rows.filter({ hasText: m }).count()) === 0) missing.push(m);
                if (missing.length > 0) await s.page.waitForTimeout(200);
            }
            assert.deepEqual(missing, [], 'every banner message reads as in the Problems panel');
            for (const m of messages) {
                assert.ok(m.trim().length > 10, `a message, not a fragment: '${m}'`);
                assert.doesNotMatch(m, /found ''/);
            }
            await s.page.keyboard.press(`${mod}+J`);
            // Clicking a problem jumps to it.
            await focusEditor(s.page, 'bank-onboarding.journey');
            await goToLine(s.page, 1, 1);
            await previewFrame(s.page).locator('#banner .jm-problem').first().click();
            const wanted = Number(/:(\d+):\d+$/.exec(state.first)?.[1]);
            const deadline = Date.now() + T;
            let pos = await cursorPosition(s.page);
            while (pos.line !== wanted && Date.now() < deadline) { await s.page.waitForTimeout(100); pos = await cursorPosition(s.page); }
            assert.equal(pos.line, wanted, `cursor on the problem's line (${state.first})`);
        });
        } finally {
            await focusEditor(s.page, 'bank-onboarding.journey');
            await runCommand(s.page, 'File: Revert File');
        }
        await waitInPreview(() => document.body.dataset.status === 'ok' && document.getElementById('banner').hidden);
    });

    it('click a card: the cursor moves to its source; the cursor highlights the step under it', async () => {
        await step('07-click-to-source', async () => {
            await previewFrame(s.page).locator('#zoom-fit').click();
            await focusEditor(s.page, 'bank-onboarding.journey');
            await goToLine(s.page, 1, 1);
            await previewFrame(s.page).locator('g.jm-step[data-ref="step:verify"]').click();
            const wanted = lineOf('bank-onboarding.journey', 'step verify');
            const deadline = Date.now() + T;
            let pos = await cursorPosition(s.page);
            while (pos.line !== wanted && Date.now() < deadline) { await s.page.waitForTimeout(100); pos = await cursorPosition(s.page); }
            assert.equal(pos.line, wanted, `cursor at 'step verify' (status bar: ${pos.text})`);
            assert.match(pos.text, /selected/, 'the step source is selected');
            // editor → preview
            await focusEditor(s.page, 'bank-onboarding.journey');
            await goToLine(s.page, lineOf('bank-onboarding.journey', 'step call') + 1, 7);
            await waitInPreview(() => document.querySelector('g.jm-step[data-ref="step:call"]')?.classList.contains('jm-selected'));
        });
    });

    it('zoom in, then 100%: the map stays in view', async () => {
        await step('07b-zoom-actual-size', async () => {
            const frame = previewFrame(s.page);
            await frame.locator('#zoom-fit').click();
            await frame.locator('#zoom-in').click();
            await frame.locator('#zoom-in').click();
            await frame.locator('#zoom-reset').click();
            assert.equal(await zoomOf(frame), 1);
            const f = await previewFrameHandle(s.page);
            const r = await f.evaluate(() => {
                const v = document.getElementById('viewport').getBoundingClientRect();
                const m = document.querySelector('#stage svg').getBoundingClientRect();
                return { vw: v.width, vh: v.height, x: Math.min(v.right, m.right) - Math.max(v.left, m.left), y: Math.min(v.bottom, m.bottom) - Math.max(v.top, m.top) };
            });
            assert.ok(r.x >= r.vw / 2 - 1 && r.y >= r.vh / 2 - 1, `the map covers the viewport (${r.x.toFixed(0)}×${r.y.toFixed(0)} of ${r.vw.toFixed(0)}×${r.vh.toFixed(0)})`);
        });
    });

    it('Ctrl+wheel zooms about the pointer', async () => {
        await step('07c-ctrl-wheel', async () => {
            const frame = previewFrame(s.page);
            await frame.locator('#zoom-fit').click();
            const before = await zoomOf(frame);
            const card = frame.locator('g.jm-step[data-ref="step:verify"]');
            const b = await card.boundingBox();
            const px = b.x + b.width / 2;
            const py = b.y + b.height / 2;
            await s.page.mouse.move(px, py);
            await s.page.keyboard.down('Control');
            for (let i = 0; i < 3; i++) await s.page.mouse.wheel(0, -120);
            await s.page.keyboard.up('Control');
            const deadline = Date.now() + T;
            while ((await zoomOf(frame)) < before * 2 && Date.now() < deadline) await s.page.waitForTimeout(100);
            assert.ok(await zoomOf(frame) >= before * 2, `zoomed in from ${before}`);
            const a = await card.boundingBox();
            assert.ok(Math.abs(a.x + a.width / 2 - px) < 3 && Math.abs(a.y + a.height / 2 - py) < 3,
                `the card under the pointer stays under it (${(a.x + a.width / 2).toFixed(0)},${(a.y + a.height / 2).toFixed(0)} vs ${px.toFixed(0)},${py.toFixed(0)})`);
            await s.page.mouse.move(700, 890);
        });
    });

    it('at 200 % the cursor on the last step brings its card wholly into view; zoomed text stays vector', async () => {
        await step('07d-reveal-at-200', async () => {
            const frame = previewFrame(s.page);
            await focusEditor(s.page, 'bank-onboarding.journey');
            await goToLine(s.page, lineOf('bank-onboarding.journey', 'step search') + 1, 5);
            await waitInPreview(() => document.querySelector('g.jm-step[data-ref="step:search"]')?.classList.contains('jm-selected'));
            await frame.locator('#zoom-reset').click();
            for (let i = 0; i < 4; i++) await frame.locator('#zoom-in').click();
            assert.ok(await zoomOf(frame) >= 2, 'at 200 % or more');
            const f = await previewFrameHandle(s.page);
            const inView = () => f.evaluate(() => {
                const v = document.getElementById('viewport').getBoundingClientRect();
                const r = document.querySelector('g.jm-step[data-ref="step:welcome"]').getBoundingClientRect();
                return Math.min(r.left - v.left, v.right - r.right, r.top - v.top, v.bottom - r.bottom);
            });
            assert.ok(await inView() < 0, 'the last card starts out of view');
            await focusEditor(s.page, 'bank-onboarding.journey');
            const ids = stepIds(read('bank-onboarding.journey'));
            await goToLine(s.page, lineOf('bank-onboarding.journey', `step ${ids[ids.length - 1]}`) + 1, 5);
            await waitInPreview(() => {
                const v = document.getElementById('viewport').getBoundingClientRect();
                const g = document.querySelector('g.jm-step[data-ref="step:welcome"]');
                const r = g.getBoundingClientRect();
                return g.classList.contains('jm-selected') && Math.min(r.left - v.left, v.right - r.right, r.top - v.top, v.bottom - r.bottom) >= 20;
            });
            const sharp = await f.evaluate(() => {
                const stage = document.getElementById('stage');
                const svg = stage.querySelector('svg');
                const scale = Number(document.getElementById('zoom-reset').textContent.replace('%', '')) / 100;
                let layered = null;
                for (let el = stage; el; el = el.parentElement) {
                    const cs = getComputedStyle(el);
                    if (cs.willChange !== 'auto' || (cs.transform !== 'none' && !/^matrix\(1, 0, 0, 1,/.test(cs.transform))) layered = `${el.id || el.tagName}: ${cs.willChange} ${cs.transform}`;
                }
                return { layered, drawn: svg.getBoundingClientRect().width, laidOut: parseFloat(svg.style.width), wanted: svg.viewBox.baseVal.width * scale };
            });
            assert.equal(sharp.layered, null, 'no scaled or promoted layer above the map');
            assert.ok(Math.abs(sharp.drawn - sharp.laidOut) < 1, `the SVG is laid out at the size it is drawn (${sharp.drawn} vs ${sharp.laidOut})`);
            assert.ok(Math.abs(sharp.drawn / sharp.wanted - 1) < 0.01, `the SVG itself has the zoomed size (${sharp.drawn} vs ${sharp.wanted})`);
        });
    });

    it('persona filter, lane toggles and theme-aware colours (dark, high contrast)', async () => {
        const frame = previewFrame(s.page);
        // The rename scenario made Anna's id 'anja'.
        const anna = 'anja';
        await frame.locator('#zoom-fit').click();
        for (let i = 0; i < 4; i++) await frame.locator('#zoom-in').click();
        await dragMapToCorner();
        await step('08a-persona-filter', async () => {
            await frame.locator('#persona-filter').selectOption('marek');
            const f = await waitInPreview(() => document.querySelectorAll('#stage .jm-filtered-out').length > 0);
            const r = await f.evaluate((anna) => {
                const faded = (sel) => [...document.querySelectorAll(sel)].map((e) => e.classList.contains('jm-filtered-out') && Number(getComputedStyle(e).opacity) < 0.5);
                return {
                    annaCards: faded(`#stage g.jm-step[data-actors="${anna}"]`),
                    pains: faded('#stage [data-lane="pains"] g[data-step]'),
                    opportunities: faded('#stage [data-lane="opportunities"] g[data-step]'),
                    annaChips: faded(`#stage [data-lane="actors"] g[data-persona="${anna}"]`),
                    annaCurve: faded(`#stage path.jm-emo-line[data-persona="${anna}"]`),
                    annaArrows: faded('#stage g[data-ref="edge:fill->call"], #stage g[data-ref="edge:search->fill"]'),
                    marek: faded('#stage g.jm-step[data-actors="marek"], #stage g.jm-step[data-ref="step:welcome"], #stage [data-persona="marek"]')
                };
            }, anna);
            for (const [what, list] of Object.entries(r)) {
                assert.ok(list.length > 0, `${what}: found`);
                if (what === 'marek') assert.ok(list.every((x) => !x), 'Marek\'s own elements and the shared step stay at full strength');
                else assert.ok(list.every((x) => x), `Anna's ${what} are faded`);
            }
        });
        await step('08b-persona-filter-hide', async () => {
            setWorkspaceSetting('journey.preview.personaFilter', 'hide');
            const f = await waitInPreview(() => document.querySelectorAll('#stage .jm-persona-hidden').length > 0, undefined, 45_000);
            const r = await f.evaluate((anna) => {
                const svg = document.querySelector('#stage svg');
                const box = (id) => document.querySelector(`g.jm-step[data-ref="step:${id}"]`).getBoundingClientRect();
                const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
                return {
                    annaCards: document.querySelectorAll(`#stage g.jm-step[data-actors="${anna}"]`).length,
                    annaShown: [...document.querySelectorAll(`#stage g.jm-step[data-actors="${anna}"]`)].filter((g) => getComputedStyle(g).display !== 'none').length,
                    gap: (box('sign').left - box('ask').right) / scale,
                    width: svg.viewBox.baseVal.width,
                    drawnWidth: Number(svg.getAttribute('width'))
                };
            }, anna);
            assert.ok(r.annaCards > 0);
            assert.equal(r.annaShown, 0, 'Anna\'s step cards are hidden');
            assert.ok(r.gap < 60, `Marek's steps close up to neighbours (${r.gap.toFixed(0)} px apart)`);
            assert.ok(r.width < r.drawnWidth * 0.7, `the map closes up (${r.width} of ${r.drawnWidth} px wide)`);
        });
        setWorkspaceSetting('journey.preview.personaFilter', undefined);
        await waitInPreview(() => document.querySelectorAll('#stage .jm-persona-hidden').length === 0, undefined, 45_000);
        await frame.locator('#persona-filter').selectOption('');
        await step('08c-hide-two-lanes', async () => {
            await frame.locator('#zoom-fit').click();
            await frame.locator('#lanes-menu > summary').click();
            for (const lane of ['needs', 'thinks']) await frame.locator(`#lane-toggles button[data-lane="${lane}"]`).click();
            await frame.locator('#lanes-menu > summary').click();
            const f = await waitInPreview(() => ['needs', 'thinks'].every((l) => document.querySelector(`#stage .jm-lane-row[data-lane="${l}"]`).classList.contains('jm-lane-hidden')));
            for (let i = 0; i < 4; i++) await frame.locator('#zoom-in').click();
            await dragMapToCorner();
            const r = await f.evaluate(() => {
                const rows = [...document.querySelectorAll('#stage .jm-lane-row')].filter((g) => getComputedStyle(g).display !== 'none')
                    .map((g) => { const b = g.querySelector(':scope > rect.jm-lane, :scope > rect.jm-lane-alt').getBoundingClientRect(); return { lane: g.dataset.lane, top: b.top, bottom: b.bottom }; });
                const svg = document.querySelector('#stage svg');
                return { rows, gaps: rows.slice(1).map((row, i) => row.top - rows[i].bottom), height: svg.viewBox.baseVal.height, drawnHeight: Number(svg.getAttribute('height')) };
            });
            assert.deepEqual(r.rows.map((x) => x.lane).slice(0, 4), ['actors', 'touchpoints', 'emotions', 'pains']);
            assert.ok(r.gaps.every((g) => Math.abs(g) < 1), `the lanes left touch, no empty bands (${r.gaps.map((g) => g.toFixed(1))})`);
            assert.ok(r.height < r.drawnHeight - 50, 'the map is shorter by the hidden lanes');
        });
        await frame.locator('#lanes-menu > summary').click();
        for (const lane of ['needs', 'thinks']) await frame.locator(`#lane-toggles button[data-lane="${lane}"]`).click();
        await frame.locator('#lanes-menu > summary').click();
        await step('08d-lane-names-sideways', async () => {
            await frame.locator('#zoom-reset').click();
            const box = await s.page.locator('iframe.webview.ready').last().boundingBox();
            await s.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
            await s.page.mouse.wheel(300, 0);
            const f = await waitInPreview(() => getComputedStyle(document.getElementById('lane-titles')).display !== 'none');
            const r = await f.evaluate(() => {
                const v = document.getElementById('viewport').getBoundingClientRect();
                const map = document.querySelector('#stage svg').getBoundingClientRect();
                const titles = [...document.querySelectorAll('#lane-titles text')].map((t) => {
                    const b = t.getBoundingClientRect();
                    return { text: t.textContent, left: b.left - v.left, top: b.top, bottom: b.bottom };
                }).filter((t) => t.bottom > v.top && t.top < v.bottom);
                const bands = Object.fromEntries([...document.querySelectorAll('#stage .jm-lane-row')].map((g) => {
                    const b = g.querySelector(':scope > rect').getBoundingClientRect();
                    return [g.querySelector(':scope > text').textContent, { top: b.top, bottom: b.bottom }];
                }));
                return { mapLeft: map.left - v.left, titles, bands };
            });
            assert.ok(r.mapLeft < -300, `scrolled sideways past the lane names (${r.mapLeft.toFixed(0)})`);
            assert.ok(r.titles.length >= 3, `lane names in view: ${r.titles.map((t) => t.text)}`);
            for (const t of r.titles) {
                assert.ok(t.left >= 0 && t.left < 40, `${t.text} at the left edge (${t.left.toFixed(0)})`);
                const band = r.bands[t.text];
                assert.ok(band && t.top >= band.top - 1 && t.top < band.bottom, `${t.text} beside its lane`);
            }
        });
        await frame.locator('#zoom-fit').click();
        // Themes are switched with the theme picker (Ctrl+K Ctrl+T).
        const themes = [['Dark Modern', 'vscode-dark', '08e-theme-dark'], ['Dark High Contrast', 'vscode-high-contrast', '08f-theme-high-contrast'], ['Light Modern', 'vscode-light', null]];
        for (const [theme, bodyClass, shot] of themes) {
            const apply = async () => {
                await focusEditor(s.page, 'bank-onboarding.journey');
                await s.page.keyboard.press(`${mod}+K`);
                await s.page.keyboard.press(`${mod}+T`);
                const input = s.page.locator('.quick-input-widget input.input');
                await input.waitFor();
                await input.fill(theme);
                await s.page.locator('.quick-input-list .monaco-list-row', { hasText: theme }).first().waitFor();
                await s.page.keyboard.press('Enter');
                await s.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
                const f = await waitInPreview((c) => document.body.classList.contains(c), bodyClass);
                await s.page.waitForTimeout(300);
                const colours = await f.evaluate(() => ({
                    page: getComputedStyle(document.body).backgroundColor,
                    map: getComputedStyle(document.querySelector('#stage .jm-bg') ?? document.body).fill,
                    text: getComputedStyle(document.querySelector('#stage .jm-step text') ?? document.body).fill
                }));
                assert.equal(colours.map, colours.page, `the map background follows the ${theme} editor background`);
                assert.notEqual(colours.text, colours.map, 'text stays readable');
            };
            if (shot) await step(shot, apply);
            else await apply();
        }
    });

    it('a journey with hostile labels runs no script in the webview', async () => {
        await step('09-hostile-labels', async () => {
            await openFile(s.page, 'hostile.journey');
            // The editor title button ("Open Preview to the Side") rather than the keybinding.
            const button = s.page.locator('.editor-actions .action-label[aria-label^="Open Preview to the Side"]').first();
            await button.click();
            await s.page.locator('.tabs-container .tab', { hasText: 'Preview hostile.journey' }).waitFor();
            const frame = await waitInPreview(() => !!document.querySelector('g.jm-step[data-ref="step:x"]'));
            await s.page.waitForTimeout(1500); // give any injected handler (onerror, onload, onbegin) time to fire
            const r = await frame.evaluate(() => ({
                pwned: window.__pwned ?? null,
                title: document.title,
                scripts: document.querySelectorAll('#stage script').length,
                foreign: document.querySelectorAll('#stage foreignObject, #stage iframe, #stage img, #stage animate, #stage set').length,
                handlers: [...document.querySelectorAll('#stage *')].flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name)),
                label: document.querySelector('g.jm-step[data-ref="step:x"]')?.textContent ?? '',
                status: document.body.dataset.status
            }));
            const top = await s.page.evaluate(() => ({ pwned: window.__pwned ?? null, title: document.title }));
            assert.equal(r.status, 'ok');
            assert.equal(r.pwned, null, 'no injected script ran in the webview');
            assert.equal(top.pwned, null, 'nothing ran in the workbench');
            assert.notEqual(r.title, 'PWNED');
            assert.doesNotMatch(top.title, /PWNED/);
            assert.equal(r.scripts, 0);
            assert.equal(r.foreign, 0);
            assert.deepEqual(r.handlers, []);
            assert.deepEqual(dialogs, [], 'no alert/confirm dialog opened');
            assert.match(r.label, /<script>/, 'the label is shown as text');
        });
    });

    it('export the map as SVG and PNG from the preview toolbar', async () => {
        await step('10-export', async () => {
            await openFile(s.page, 'bank-onboarding.journey');
            await waitInPreview(() => !!document.querySelector('g.jm-step[data-ref="step:fill"]'));
            for (const ext of ['svg', 'png']) {
                await previewFrame(s.page).locator(`#export-${ext}`).click();
                // code-server's save dialog is VS Code's simple file dialog (a quick input).
                const input = s.page.locator('.quick-input-widget input.input');
                await input.waitFor();
                // The dialog fills in its default (<file>.<ext>) asynchronously: wait for it, then replace it.
                await s.page.waitForFunction((e) => document.querySelector('.quick-input-widget input.input')?.value.endsWith(`.${e}`), ext);
                const target = path.join(s.workspace, `exported-map.${ext}`);
                await input.fill(target);
                await s.page.waitForFunction((t) => document.querySelector('.quick-input-widget input.input')?.value === t, target);
                await s.page.keyboard.press('Enter');
                const deadline = Date.now() + T;
                while (!existsSync(target) && Date.now() < deadline) await s.page.waitForTimeout(100);
                assert.ok(existsSync(target), `${target} written`);
                await s.page.waitForTimeout(300);
                const bytes = readFileSync(target);
                if (ext === 'svg') assert.match(bytes.toString('utf8'), /<svg[\s\S]*data-ref="step:fill"/);
                else {
                    assert.deepEqual([...bytes.subarray(1, 4)], [0x50, 0x4e, 0x47], 'PNG signature');
                    assert.ok(statSync(target).size > 5000, 'a real image');
                    // The server drew it with the CLI's rasteriser and fonts (from the .vsix): the CLI's
                    // image of the file, at the default export scale and the workbench's light theme, is the same.
                    const cli = path.join(RESULTS, '10-export-cli.png');
                    const r = spawnSync(process.execPath, [path.join(ROOT, 'packages/cli/bin/journey.js'), 'render', path.join(s.workspace, 'bank-onboarding.journey'),
                        '-o', cli, '--scale', '2', '--theme', 'light'], { encoding: 'utf8' });
                    assert.equal(r.status, 0, r.stderr);
                    assert.ok(readFileSync(cli).equals(bytes), 'the exported PNG is byte for byte the CLI\'s');
                }
            }
        });
    });

    it('the preview is restored after a window reload', async () => {
        await step('11-reload-restore', async () => {
            // The workbench waited for must be the reloaded one, not the one about to go.
            const reloaded = s.page.waitForEvent('load', { timeout: T });
            await runCommand(s.page, 'Developer: Reload Window');
            await reloaded;
            await s.page.locator('.monaco-workbench').waitFor();
            await s.page.locator('.tabs-container .tab', { hasText: /Preview .*\.journey/ }).first().waitFor();
            await s.page.locator('.tabs-container .tab', { hasText: /Preview .*\.journey/ }).first().click();
            await waitInPreview(() => document.querySelectorAll('g.jm-step[data-ref^="step:"]').length > 0, undefined, 45_000);
        });
    });

    it('a locked preview stays on its document; unlocked it follows the active editor', async () => {
        let bankZoom = 0;
        await step('12-preview-lock', async () => {
            // After the reload the preview's group has the focus: Quick Open would open files there.
            await runCommand(s.page, 'View: Focus First Editor Group');
            await openFile(s.page, 'bank-onboarding.journey');
            await s.page.locator('.tabs-container .tab', { hasText: 'Preview bank-onboarding.journey' }).waitFor();
            await runCommand(s.page, 'Journey: Toggle Preview Lock');
            await s.page.locator('.tabs-container .tab', { hasText: '[Preview] bank-onboarding.journey' }).waitFor();
            await openFile(s.page, 'day-commuter.journey');
            await s.page.waitForTimeout(1500);
            assert.equal(await s.page.locator('.tabs-container .tab', { hasText: '[Preview] bank-onboarding.journey' }).count(), 1);
            assert.equal(await s.page.locator('.tabs-container .tab', { hasText: 'Preview day-commuter.journey' }).count(), 0);
            await waitInPreview(() => !!document.querySelector('g.jm-step[data-ref="step:fill"]') && !document.getElementById('lock-state').hidden);
            await runCommand(s.page, 'Journey: Toggle Preview Lock');
            await s.page.locator('.tabs-container .tab', { hasText: /^\s*Preview bank-onboarding\.journey/ }).waitFor();
            bankZoom = await zoomOf(previewFrame(s.page));
            // Unlocked, it follows the editor to another document, which opens at its own first view.
            await openFile(s.page, 'bank-onboarding.journey');
            await openFile(s.page, 'day-commuter.journey');
            await s.page.locator('.tabs-container .tab', { hasText: /^\s*Preview day-commuter\.journey/ }).waitFor();
            const first = stepIds(read('day-commuter.journey'))[0];
            await waitInPreview((id) => !!document.querySelector(`g.jm-step[data-ref="step:${id}"]`) && document.getElementById('lock-state').hidden
                && document.body.dataset.status === 'ok', first);
            assert.ok(await zoomOf(previewFrame(s.page)) >= 0.75, 'the other document opens readable');
        });
        // Back on the first document, the preview shows it at the zoom it was left at.
        await openFile(s.page, 'bank-onboarding.journey');
        await s.page.locator('.tabs-container .tab', { hasText: /^\s*Preview bank-onboarding\.journey/ }).waitFor();
        await waitInPreview(() => !!document.querySelector('g.jm-step[data-ref="step:fill"]'));
        assert.equal(await zoomOf(previewFrame(s.page)), bankZoom);
    });

    it('the code lens above a journey opens its preview', async () => {
        await step('13-code-lens', async () => {
            await openFile(s.page, 'car-claim.journey');
            await s.page.locator('.contentWidgets .codelens-decoration a, .codelens-decoration a', { hasText: 'Open preview' }).first().click();
            await s.page.locator('.tabs-container .tab', { hasText: 'Preview car-claim.journey' }).waitFor();
            const ids = stepIds(read('car-claim.journey'));
            await waitInPreview((n) => document.querySelectorAll('g.jm-step[data-ref^="step:"]').length === n, ids.length);
        });
    });

    it('the Insights panel beside the map: ranked hotspots (#1 fill, badged on its card), a click lands on its source', async () => {
        await step('13b-insights-panel', async () => {
            await runCommand(s.page, 'View: Focus First Editor Group');
            await openFile(s.page, 'bank-onboarding.journey');
            await goToLine(s.page, 1, 1);
            // The insights code lens runs journey.preview.showInsights with the document's URI.
            await s.page.locator('.contentWidgets .codelens-decoration a, .codelens-decoration a', { hasText: /hotspots? · top: / }).first().click();
            await s.page.locator('.tabs-container .tab', { hasText: /^\s*Preview bank-onboarding\.journey/ }).waitFor();
            const f = await waitInPreview(() => !document.getElementById('insights').hidden
                && !!document.querySelector('#insights .jm-insight') && !!document.querySelector('g.jm-step[data-ref="step:fill"]'));
            await previewFrame(s.page).locator('#zoom-fit').click();
            const seen = await f.evaluate(() => {
                const panel = document.getElementById('insights').getBoundingClientRect();
                const map = document.getElementById('viewport').getBoundingClientRect();
                const hotspots = [...document.querySelectorAll('#insights section')[0].querySelectorAll('.jm-insight')];
                return {
                    sections: [...document.querySelectorAll('#insights h2')].map((h) => h.textContent),
                    top: hotspots[0]?.dataset.ref,
                    topTitle: hotspots[0]?.querySelector('.jm-insight-title')?.textContent,
                    topReasons: hotspots[0]?.querySelectorAll('.jm-insight-detail').length ?? 0,
                    hotspots: hotspots.length,
                    badge: document.querySelector('#stage g.jm-rank[data-ref="step:fill"] text')?.textContent,
                    badges: document.querySelectorAll('#stage g.jm-rank').length,
                    tints: document.querySelectorAll('#stage rect.jm-heat').length,
                    beside: panel.width > 150 && panel.left >= map.right - 1 && panel.top < map.bottom && panel.bottom > map.top,
                    pressed: document.getElementById('insights-toggle').getAttribute('aria-pressed')
                };
            });
            assert.deepEqual(seen.sections, ['Hotspots', 'Quick wins', 'Stage health']);
            assert.equal(seen.top, 'step:fill', 'the top hotspot is fill');
            assert.match(seen.topTitle, /^#1 Fills in the application/);
            assert.ok(seen.topReasons >= 2, 'the top hotspot lists its score and reasons');
            assert.equal(seen.badge, '#1', 'the map badges fill #1');
            assert.equal(seen.badges, seen.hotspots, 'every hotspot in the panel has its badge on the map');
            assert.equal(seen.tints, seen.hotspots, 'every hotspot column is tinted');
            assert.ok(seen.beside, 'the panel is beside the map');
            assert.equal(seen.pressed, 'true');
            await (await previewIframe(s.page, f)).screenshot({ path: path.join(RESULTS, '13b-insights-panel-crop.png') });
            // Click the top hotspot: its card is highlighted and the cursor lands on its source.
            await focusEditor(s.page, 'bank-onboarding.journey');
            await goToLine(s.page, 1, 1);
            await previewFrame(s.page).locator('#insights .jm-insight[data-ref="step:fill"]').first().click();
            const wanted = lineOf('bank-onboarding.journey', 'step fill');
            const deadline = Date.now() + T;
            let pos = await cursorPosition(s.page);
            while (pos.line !== wanted && Date.now() < deadline) { await s.page.waitForTimeout(100); pos = await cursorPosition(s.page); }
            assert.equal(pos.line, wanted, `cursor at 'step fill' (status bar: ${pos.text})`);
            await waitInPreview(() => document.querySelector('g.jm-step[data-ref="step:fill"]')?.classList.contains('jm-selected')
                && document.querySelector('#insights .jm-insight[data-ref="step:fill"]')?.classList.contains('jm-insight-selected'));
        });
        // The toolbar toggle closes it again (and the state remembers that).
        await previewFrame(s.page).locator('#insights-toggle').click();
        await waitInPreview(() => document.getElementById('insights').hidden && document.body.dataset.insights === 'closed');
        // Patches leave the insights out while the panel is closed; opening it brings the latest.
        await focusEditor(s.page, 'bank-onboarding.journey');
        const fillLine = lineOf('bank-onboarding.journey', 'step fill');
        await goToLine(s.page, fillLine, read('bank-onboarding.journey').split('\n')[fillLine - 1].lastIndexOf('"') + 1);
        await s.page.keyboard.type(' CLOSED');
        await waitInPreview(() => (document.querySelector('g.jm-step[data-ref="step:fill"]')?.textContent ?? '').includes('CLOSED'));
        await previewFrame(s.page).locator('#insights-toggle').click();
        await waitInPreview(() => !document.getElementById('insights').hidden
            && (document.querySelector('#insights .jm-insight[data-ref="step:fill"] .jm-insight-title')?.textContent ?? '').includes('CLOSED'));
        await previewFrame(s.page).locator('#insights-toggle').click();
        await focusEditor(s.page, 'bank-onboarding.journey');
        for (let i = 0; i < ' CLOSED'.length; i++) await s.page.keyboard.press('Backspace');
        await waitInPreview(() => document.getElementById('insights').hidden
            && !(document.querySelector('g.jm-step[data-ref="step:fill"]')?.textContent ?? '').includes('CLOSED'));
    });

    it('compare a future-state map with its baseline: dashed baseline curves, goals instead of misses', async () => {
        await step('13c-compare-baseline', async () => {
            await runCommand(s.page, 'View: Focus First Editor Group');
            await openFile(s.page, 'bank-future.journey');
            await s.page.locator('.tabs-container .tab', { hasText: /^\s*Preview bank-future\.journey/ }).waitFor();
            // Off, the map is drawn alone: no comparison part, and no room kept for one.
            let f = await waitInPreview(() => !!document.querySelector('#stage g.jm-step[data-ref="step:verify"]') && !document.getElementById('compare-toggle').hidden);
            const bandHeight = () => Number(document.querySelector('#stage .jm-stages rect').getAttribute('height'));
            assert.equal(await f.evaluate(() => document.querySelectorAll('#stage .jm-baseline').length), 0, 'the comparison is off until asked for');
            const alone = await f.evaluate(bandHeight);
            await previewFrame(s.page).locator('#compare-toggle').click();
            f = await waitInPreview(() => document.getElementById('compare-toggle').getAttribute('aria-pressed') === 'true' && !!document.querySelector('#stage path.jm-emo-baseline'));
            const seen = await f.evaluate(() => ({
                curves: [...document.querySelectorAll('#stage path.jm-emo-baseline')].map((e) => ({ persona: e.getAttribute('data-persona'), dashed: getComputedStyle(e).strokeDasharray })),
                removed: [...document.querySelectorAll('#stage g.jm-removed')].map((g) => [g.getAttribute('data-removed'), g.querySelector('text')?.textContent, g.querySelector('title')?.textContent]),
                band: Number(document.querySelector('#stage .jm-stages rect').getAttribute('height')),
                goals: [...document.querySelectorAll('#stage .jm-metric-target')].length,
                missed: [...document.querySelectorAll('#stage .jm-metric-missed')].length
            }));
            assert.ok(seen.curves.length >= 2, `a dashed baseline curve per persona (${JSON.stringify(seen.curves)})`);
            assert.ok(seen.curves.every((c) => c.dashed && c.dashed !== 'none'), 'the baseline curves are dashed');
            assert.deepEqual(seen.removed, [['abandon', 'removed: Leaves the form unfinished', 'Removed since the baseline: Leaves the form unfinished (abandon)']], 'the removed step by its label, its id in the tooltip');
            assert.ok(seen.band > alone, `the removed note makes the stage band taller (${alone} → ${seen.band})`);
            assert.ok(seen.goals >= 1 && seen.missed === 0, 'future metrics are goals, not misses');
            await previewFrame(s.page).locator('#compare-toggle').click();
            f = await waitInPreview(() => document.getElementById('compare-toggle').getAttribute('aria-pressed') === 'false' && document.querySelectorAll('#stage .jm-baseline').length === 0);
            assert.equal(await f.evaluate(bandHeight), alone, 'off again, the stage band is as tall as the map alone');
            // With errors in the file the last good map stays, and the toggle waits: no comparison can
            // be drawn until they are fixed, so it neither looks pressed nor changes anything.
            try {
                await focusEditor(s.page, 'bank-future.journey');
                await goToLine(s.page, lineOf('bank-future.journey', 'step fill'), 5);
                await s.page.keyboard.type('}}} ');
                f = await waitInPreview(() => document.body.dataset.status === 'errors' && document.getElementById('compare-toggle').getAttribute('aria-disabled') === 'true');
                assert.match(await f.evaluate(() => document.getElementById('compare-toggle').title), /^Fix the errors first/);
                await (await previewIframe(s.page, f)).screenshot({ path: path.join(RESULTS, '13c-compare-held-while-errors.png') });
                // Forced: Playwright itself will not click an aria-disabled button; a user still can.
                await previewFrame(s.page).locator('#compare-toggle').click({ force: true });
                await s.page.waitForTimeout(500);
                assert.equal(await f.evaluate(() => document.getElementById('compare-toggle').getAttribute('aria-pressed')), 'false', 'a held toggle does not turn on');
            } finally {
                await focusEditor(s.page, 'bank-future.journey');
                await runCommand(s.page, 'File: Revert File');
            }
            f = await waitInPreview(() => document.body.dataset.status === 'ok' && document.getElementById('compare-toggle').getAttribute('aria-disabled') === 'false');
            await previewFrame(s.page).locator('#compare-toggle').click();
        });
    });

    it('```journey fences in VS Code\'s Markdown preview: the map inline, a broken fence shows its error, edits redraw', async () => {
        const notes = 'notes/research-notes.md';
        const errorLine = lineOf(notes, 'by ana');
        let frame;
        await step('14a-markdown-preview', async () => {
            await openFile(s.page, 'research-notes.md', { language: 'Markdown' });
            await runCommand(s.page, 'Markdown: Open Preview to the Side');
            await s.page.locator('.tabs-container .tab', { hasText: '[Preview] research-notes.md' }).waitFor();
            // More room for the preview (and its screenshot): the side bar is closed until the scenario ends.
            await focusEditor(s.page, 'research-notes.md');
            await runCommand(s.page, 'View: Close Primary Side Bar');
            frame = await waitInMarkdownPreview(() => !!document.querySelector('.journey-fence[data-journey-fence="map"] svg.jm g.jm-step[data-ref="step:form"]')
                && !!document.querySelector('.journey-fence[data-journey-fence="errors"]'));
            const state = await frame.evaluate(() => ({
                steps: [...document.querySelectorAll('.journey-fence svg.jm g.jm-step[data-ref^="step:"]')].map((g) => g.getAttribute('data-ref')),
                errors: [...document.querySelectorAll('.journey-fence[data-journey-fence="errors"] li')].map((li) => li.textContent),
                heading: document.querySelector('h1')?.textContent,
                scripts: document.querySelectorAll('.journey-fence script, .journey-fence foreignObject').length,
                bodyClass: document.body.className,
                mapBg: getComputedStyle(document.querySelector('.journey-fence svg.jm')).getPropertyValue('--jm-bg').trim()
            }));
            assert.deepEqual(state.steps, ['step:form', 'step:desk', 'step:card'], 'the map of the first fence is drawn inline, its import read beside the Markdown file');
            assert.deepEqual(state.errors, [`Line ${errorLine} Unknown persona 'ana'.`], 'the broken fence shows its error at its line in the Markdown file');
            assert.equal(state.heading, 'Interview notes: opening an account', 'the rest of the Markdown renders as usual');
            assert.equal(state.scripts, 0);
            assert.match(state.bodyClass, /vscode-light/);
            assert.equal(state.mapBg, '#ffffff', 'light theme: the map uses its light colours');
            // Cropped for the README: the Markdown source beside its preview, and the preview alone.
            await s.page.locator('.part.editor').screenshot({ path: path.join(RESULTS, '14a-markdown-preview-editor.png') });
            await (await previewIframe(s.page, frame)).screenshot({ path: path.join(RESULTS, '14a-markdown-preview-crop.png') });
        });
        await step('14b-markdown-preview-edit', async () => {
            // Fix the typo in the second fence: its map replaces its error.
            await focusEditor(s.page, 'research-notes.md');
            const text = read(notes).split('\n')[errorLine - 1];
            await goToLine(s.page, errorLine, text.indexOf('by ana') + 'by an'.length + 1);
            await s.page.keyboard.type('n');
            await waitInMarkdownPreview(() => document.querySelectorAll('.journey-fence[data-journey-fence="map"]').length === 2
                && !document.querySelector('.journey-fence[data-journey-fence="errors"]')
                && !!document.querySelector('.journey-fence svg.jm g.jm-step[data-ref="step:signs"]'));
        });
        await step('14c-markdown-preview-dark', async () => {
            await pickTheme('Dark Modern');
            await waitInMarkdownPreview(() => document.body.classList.contains('vscode-dark')
                && getComputedStyle(document.querySelector('.journey-fence svg.jm')).getPropertyValue('--jm-bg').trim() === '#1e1e1e');
        });
        await pickTheme('Light Modern');
        await focusEditor(s.page, 'research-notes.md');
        await runCommand(s.page, 'File: Revert File');
        await runCommand(s.page, 'View: Show Explorer');
    });

    it('Compare with Previous Version after an edit: the last commit dashed, the removed step at its stage, the new one marked, the Insights panel against HEAD', async () => {
        const file = 'review.journey';
        const toast = (text) => s.page.locator('.notifications-toasts .notification-toast', { hasText: text });
        // The map under review, committed as it is now (with the people file it imports).
        writeFileSync(path.join(s.workspace, file), read('bank-onboarding.journey').replace(/journey onboarding "[^"]*"/, 'journey review "Open a current account, in review"'));
        commitWorkspaceFiles(s.workspace, [file, 'bank-people.journey']);
        await step('15a-compare-previous-git-off', async () => {
            await runCommand(s.page, 'View: Focus First Editor Group');
            await openFile(s.page, file);
            // The suite's VS Code runs with git.enabled off: the command says so and opens nothing.
            await runCommand(s.page, 'Journey: Compare with Previous Version');
            await toast(/needs Git, which is turned off/).first().waitFor({ timeout: T });
            await runCommand(s.page, 'Notifications: Clear All Notifications');
        });
        // The edit under review: fill feels better, the give-up step is renamed (one removed, one added).
        await focusEditor(s.page, file);
        const fillLine = lineOf(file, 'emotion -2 "annoyed"');
        await goToLine(s.page, fillLine, read(file).split('\n')[fillLine - 1].indexOf('-2') + 1);
        await s.page.keyboard.press('Shift+ArrowRight');
        await s.page.keyboard.press('Shift+ArrowRight');
        await s.page.keyboard.type('1');
        await goToLine(s.page, lineOf(file, 'step abandon'), read(file).split('\n')[lineOf(file, 'step abandon') - 1].indexOf('abandon') + 2);
        await s.page.keyboard.press('F2');
        const input = s.page.locator('.rename-box input, .rename-input').first();
        await input.waitFor();
        await input.fill('quits');
        await s.page.keyboard.press('Enter');
        await input.waitFor({ state: 'hidden' });
        setWorkspaceSetting('git.enabled', true);
        // Room for the map: the Markdown preview and the side bar of the scenario before go.
        await closeTab(s.page, '[Preview] research-notes.md');
        await runCommand(s.page, 'View: Close Primary Side Bar');
        let f;
        await step('15b-compare-previous-version', async () => {
            // The git extension turns on and scans the folder: the command waits for it, or says why not yet.
            const deadline = Date.now() + 60_000;
            while (!f && Date.now() < deadline) {
                await focusEditor(s.page, file);
                await goToLine(s.page, 1, 1);
                await runCommand(s.page, 'Journey: Compare with Previous Version');
                f = await previewWhere(() => document.body.dataset.comparedWith === 'HEAD' && !!document.querySelector('#stage g.jm-removed'), 10_000);
                if (!f) await runCommand(s.page, 'Notifications: Clear All Notifications');
            }
            assert.ok(f, 'the preview compares the map with HEAD');
            await s.page.locator('.tabs-container .tab', { hasText: /Preview review\.journey/ }).first().waitFor();
            if (!(await f.evaluate(() => document.getElementById('insights').hidden))) await f.click('#insights-toggle');
            await f.click('#zoom-fit');
            await s.page.waitForTimeout(300);
            await (await previewIframe(s.page, f)).screenshot({ path: path.join(RESULTS, '15b-compare-previous-version-map.png') });
            await f.click('#insights-toggle');
            f = await previewWhere(() => document.body.dataset.comparedWith === 'HEAD' && !document.getElementById('insights').hidden
                && !!document.querySelector('#insights section.jm-comparison'));
            assert.ok(f, 'the Insights panel shows the comparison');
            const seen = await f.evaluate(() => {
                const shown = (e) => getComputedStyle(e).display !== 'none';
                const section = document.querySelector('#insights section.jm-comparison');
                return {
                    toggle: document.getElementById('compare-toggle').textContent,
                    pressed: document.getElementById('compare-toggle').getAttribute('aria-pressed'),
                    curves: [...document.querySelectorAll('#stage path.jm-emo-baseline')].filter(shown).map((e) => getComputedStyle(e).strokeDasharray),
                    removed: [...document.querySelectorAll('#stage g.jm-removed')].filter(shown).map((g) => [g.getAttribute('data-ref'), g.getAttribute('data-removed'), g.textContent]),
                    added: [...document.querySelectorAll('#stage g.jm-new')].filter(shown).map((g) => g.getAttribute('data-ref')),
                    better: [...document.querySelectorAll('#stage g.jm-better')].filter(shown).map((g) => g.getAttribute('data-ref')),
                    heading: section?.querySelector('h2')?.textContent,
                    entries: [...(section?.querySelectorAll('.jm-insight-title') ?? [])].map((t) => t.textContent),
                    score: section?.querySelector('p.jm-insight-detail')?.textContent
                };
            });
            assert.equal(seen.toggle, 'Compared with HEAD \u2715', 'the toolbar says what the map is compared with');
            assert.equal(seen.pressed, 'true');
            assert.ok(seen.curves.length >= 2 && seen.curves.every((d) => d && d !== 'none'), `a dashed curve of HEAD per persona (${JSON.stringify(seen.curves)})`);
            assert.deepEqual(seen.removed.map(([ref, steps]) => [ref, steps]), [['stage:apply', 'abandon']], 'the removed step is noted at its stage');
            assert.match(seen.removed[0][2], /removed: Leaves the form unfinished/, 'the removed step by its label in HEAD');
            assert.deepEqual(seen.added, ['step:quits'], 'the renamed step is marked new');
            assert.deepEqual(seen.better, ['step:fill'], 'the step that feels better is marked so on its card');
            assert.equal(seen.heading, 'Against HEAD');
            for (const entry of ['resolved: abandon', 'new hotspot: quits', 'new: quits', 'removed: abandon', 'improved: fill']) {
                assert.ok(seen.entries.includes(entry), `the Insights panel lists '${entry}' (${JSON.stringify(seen.entries)})`);
            }
            assert.match(seen.score, /^hotspot score [\d.]+ → [\d.]+$/);
            await f.evaluate(() => document.querySelector('#insights section.jm-comparison').scrollIntoView());
            await (await previewIframe(s.page, f)).screenshot({ path: path.join(RESULTS, '15b-compare-previous-version-insights.png') });
        });
        await step('15c-compare-previous-stopped', async () => {
            // The toolbar's button ends the comparison: the map alone, no toggle (this map has no baseline).
            await f.click('#compare-toggle');
            f = await previewWhere(() => document.body.dataset.comparedWith === '' && document.getElementById('compare-toggle').hidden
                && document.querySelectorAll('#stage .jm-baseline').length === 0
                && !document.querySelector('#insights section.jm-comparison'));
            assert.ok(f, 'after Stop, the preview shows the map alone');
        });
        setWorkspaceSetting('git.enabled', undefined);
        await f.click('#insights-toggle').catch(() => {});
        await focusEditor(s.page, file);
        await runCommand(s.page, 'File: Revert File');
        await runCommand(s.page, 'View: Show Explorer');
    });
});
