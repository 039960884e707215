// Playwright helpers for VS Code 1.139's web workbench (selectors measured in the recipe).
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM, DRIVE_MODULES, RESULTS } from './paths.mjs';

const require = createRequire(path.join(DRIVE_MODULES, 'noop.js'));
export const { chromium } = require('playwright-core');

export async function launchBrowser(runDir, { timeout = 30_000, viewport = { width: 1440, height: 900 } } = {}) {
    const context = await chromium.launchPersistentContext(path.join(runDir, 'browser'), {
        executablePath: CHROMIUM,
        headless: true,
        viewport,
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
            '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage']
    });
    context.setDefaultTimeout(timeout);
    const page = context.pages()[0] ?? await context.newPage();
    return { context, page };
}

export async function openWorkbench(page, folderUrl) {
    await page.goto(folderUrl);
    await page.locator('.monaco-workbench').waitFor();
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor();
}

const isMac = process.platform === 'darwin';
export const mod = isMac ? 'Meta' : 'Control';

/** Quick Open (Ctrl+P) a file by name and wait for its tab and the Journey language mode. */
export async function openFile(page, name, { language = 'Journey' } = {}) {
    await page.keyboard.press(`${mod}+P`);
    const input = page.locator('.quick-input-widget input.input');
    await input.waitFor();
    await input.fill(name);
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first();
    if (await row.waitFor({ timeout: 5_000 }).then(() => true, () => false)) {
        await page.keyboard.press('Enter');
    } else {
        // Quick Open's file search can miss a file written a moment ago (its results are cached);
        // the Explorer lists it as soon as the file watcher sees it.
        await page.keyboard.press('Escape');
        await runCommand(page, 'View: Show Explorer');
        await page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first().dblclick();
    }
    await focusEditor(page, name);
    if (language) await page.locator('#status\\.editor\\.mode', { hasText: language }).waitFor();
}

/** Focuses the text editor of a file by clicking its tab (a click in a webview moves the focus away). */
export async function focusEditor(page, name, timeout = 30_000) {
    const tab = page.locator('.tabs-container .tab', { hasText: name }).filter({ hasNotText: 'Preview ' }).first();
    await tab.waitFor({ timeout });
    const focused = page.locator('.editor-group-container.active .monaco-editor.focused');
    const deadline = Date.now() + timeout;
    // VS Code learns of a click in a webview by polling its focus (every 250 ms): a click in the
    // preview just before can make the preview active again after the tab's click. Click again then.
    for (;;) {
        await tab.click();
        const ok = await page.locator('.editor-group-container.active .tab.active', { hasText: name }).waitFor({ timeout: 2_000 })
            .then(() => focused.waitFor({ timeout: 2_000 })).then(() => true, () => false);
        if (ok) break;
        if (Date.now() > deadline) throw new Error(`the editor of ${name} did not take focus within ${timeout} ms of clicking its tab`);
    }
    await page.mouse.move(700, 890); // away from the tab, so its hover does not cover the preview
}

/** Runs a command by its title from the command palette. */
/** Closes a file's editor tab by its close button, without making it the active editor first. */
export async function closeTab(page, name) {
    const tab = page.locator('.tabs-container .tab').filter({ hasText: name }).first();
    if (await tab.count() === 0) return;
    await tab.hover();
    await tab.locator('.tab-actions .action-label').first().click();
    await tab.waitFor({ state: 'detached' });
}

export async function runCommand(page, title) {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input.input');
    await input.waitFor();
    await input.fill('>' + title);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** Ctrl+G to a 1-based line and column. */
export async function goToLine(page, line, column = 1) {
    await page.keyboard.press('Control+G');
    const input = page.locator('.quick-input-widget input.input');
    await input.waitFor();
    await input.fill(`:${line}:${column}`);
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** The cursor as the status bar shows it: { line, column } (1-based). */
export async function cursorPosition(page, timeout = 30_000) {
    const item = page.locator('#status\\.editor\\.selection');
    // VS Code shows the item only while a text editor is the active editor.
    const shown = await item.waitFor({ timeout }).then(() => true, () => false);
    if (!shown) {
        const active = await page.locator('.editor-group-container.active .tab.active').first().innerText({ timeout: 1_000 }).catch(() => '(none)');
        throw new Error(`no text editor is active after ${timeout} ms (the active group's tab: ${active.trim()}), so the status bar shows no cursor position`);
    }
    const text = await item.innerText();
    const m = /Ln (\d+), Col (\d+)/.exec(text);
    if (!m) throw new Error(`unexpected status bar selection text: ${text}`);
    return { line: Number(m[1]), column: Number(m[2]), text };
}

/** The active preview webview's content frame (workbench → iframe.webview.ready → iframe#active-frame). */
export function previewFrame(page) {
    return page.frameLocator('iframe.webview.ready').last().frameLocator('iframe#active-frame');
}

/** The Playwright Frame object of the preview (for evaluate / waitForFunction). */
export async function previewFrameHandle(page, timeout = 30_000) {
    const deadline = Date.now() + timeout;
    while (Date.now() < deadline) {
        for (const f of page.frames()) {
            if (!f.url().includes('fake.html')) continue;
            try {
                if (await f.$('#viewport')) return f;
            } catch { /* detached */ }
        }
        await page.waitForTimeout(100);
    }
    throw new Error('preview webview frame not found');
}

export async function screenshot(page, name) {
    mkdirSync(RESULTS, { recursive: true });
    const file = path.join(RESULTS, `${name}.png`);
    await page.screenshot({ path: file });
    return file;
}
