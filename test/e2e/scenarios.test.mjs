// The end-to-end scenarios in a real VS Code (code-server) driven by Chromium. One session serves
// all scenarios, in order; each saves a screenshot to test-results/e2e/. Run by test/e2e/run.mjs
// (which installs the tools and packages the .vsix), or directly with E2E_VSIX set.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_VSIX, RESULTS, ROOT } from './lib/paths.mjs';
import { startSession } from './lib/session.mjs';
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

async function waitInPreview(fn, arg, timeout = T) {
    const frame = await previewFrameHandle(s.page, timeout);
    await frame.waitForFunction(fn, arg, { timeout, polling: 'raf' });
    return frame;
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
        console.log(`# session ready in ${(s.readyMs / 1000).toFixed(1)} s (install ${s.server.installMs.toFixed(0)} ms, code-server up ${s.server.startMs.toFixed(0)} ms)`);
    });

    after(async () => {
        const logs = path.join(s?.runDir ?? '', 'ud/logs');
        if (s && existsSync(logs)) {
            for (const dir of readdirSync(logs)) {
                const f = path.join(logs, dir, 'exthost1/journey-maps.journey-maps/Journey Maps.log');
                if (existsSync(f)) {
                    for (const line of readFileSync(f, 'utf8').split('\n')) {
                        if (/activated in|client ready|painted|error|dropped/.test(line)) console.log(`# log: ${line.slice(0, 300)}`);
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

    it('open the preview to the side (Ctrl+K V): every step of the map is visible', async () => {
        await step('04-preview', async () => {
            await openFile(s.page, 'bank-onboarding.journey');
            await s.page.keyboard.press(`${mod}+K`);
            await s.page.keyboard.press('V');
            await s.page.locator('.tabs-container .tab', { hasText: 'Preview bank-onboarding.journey' }).waitFor();
            const ids = stepIds(read('bank-onboarding.journey'));
            assert.equal(ids.length, 8);
            const frame = previewFrame(s.page);
            for (const id of ids) await frame.locator(`g.jm-step[data-ref="step:${id}"]`).waitFor({ state: 'visible' });
            const f = await previewFrameHandle(s.page);
            const shown = await f.evaluate(() => [...document.querySelectorAll('g.jm-step[data-ref^="step:"]')]
                .filter((g) => { const r = g.getBoundingClientRect(); const v = document.getElementById('viewport').getBoundingClientRect();
                    return r.width > 0 && r.left >= v.left - 1 && r.right <= v.right + 1 && r.top >= v.top - 1 && r.bottom <= v.bottom + 1; })
                .map((g) => g.getAttribute('data-ref')));
            assert.deepEqual(shown.sort(), ids.map((id) => `step:${id}`).sort(), 'every step card lies inside the preview viewport');
        });
    });

    it('type in the editor: the preview changes in place, keeping zoom', async () => {
        await step('05-live-update', async () => {
            const frame = previewFrame(s.page);
            await frame.locator('#zoom-in').click();
            const f = await previewFrameHandle(s.page);
            const before = await f.evaluate(() => {
                window.__sameDocument = true;
                return { transform: document.getElementById('stage').style.transform, version: document.body.dataset.version };
            });
            await focusEditor(s.page, 'bank-onboarding.journey');
            const line = lineOf('bank-onboarding.journey', 'step search');
            const text = read('bank-onboarding.journey').split('\n')[line - 1];
            await goToLine(s.page, line, text.lastIndexOf('"') + 1);
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

    it('persona filter, lane toggles and theme-aware colours (dark, high contrast)', async () => {
        const frame = previewFrame(s.page);
        await step('08a-filters', async () => {
            await frame.locator('#persona-filter').selectOption('marek');
            const f = await waitInPreview(() => document.querySelectorAll('#stage .jm-filtered-out').length > 0);
            assert.equal(await f.evaluate(() => document.querySelectorAll('#stage [data-persona="marek"].jm-filtered-out').length), 0);
            await frame.locator('#lanes-menu > summary').click();
            const lane = await frame.locator('#lane-toggles button').first().getAttribute('data-lane');
            await frame.locator('#lane-toggles button').first().click();
            await waitInPreview((l) => [...document.querySelectorAll(`#stage [data-lane="${l}"]`)].every((e) => e.classList.contains('jm-lane-hidden')), lane);
            await frame.locator('#lane-toggles button').first().click();
            await frame.locator('#lanes-menu > summary').click();
            await frame.locator('#persona-filter').selectOption('');
        });
        // Themes are switched with the theme picker (Ctrl+K Ctrl+T).
        const themes = [['Dark Modern', 'vscode-dark', '08b-theme-dark'], ['Dark High Contrast', 'vscode-high-contrast', '08c-theme-high-contrast'], ['Light Modern', 'vscode-light', null]];
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
            await runCommand(s.page, 'Developer: Reload Window');
            await s.page.locator('.monaco-workbench').waitFor();
            await s.page.locator('.tabs-container .tab', { hasText: /Preview .*\.journey/ }).first().waitFor();
            await s.page.locator('.tabs-container .tab', { hasText: /Preview .*\.journey/ }).first().click();
            await waitInPreview(() => document.querySelectorAll('g.jm-step[data-ref^="step:"]').length > 0, undefined, 45_000);
        });
    });

    it('a locked preview stays on its document; unlocked it follows the active editor', async () => {
        await step('12-preview-lock', async () => {
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
        });
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
});
