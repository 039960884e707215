// One e2e session: a temp copy of examples/ (+ fixtures), code-server with the .vsix installed,
// Chromium on the workbench with that folder open.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths.mjs';
import { createRunDir, startCodeServer } from './code-server.mjs';
import { launchBrowser, openWorkbench } from './workbench.mjs';

export function prepareWorkspace(runDir, extraFiles = {}) {
    const ws = path.join(runDir, 'workspace');
    mkdirSync(ws, { recursive: true });
    cpSync(path.join(ROOT, 'examples'), ws, { recursive: true });
    cpSync(path.join(ROOT, 'test/e2e/fixtures'), ws, { recursive: true });
    for (const [name, text] of Object.entries(extraFiles)) writeFileSync(path.join(ws, name), text);
    return ws;
}

/** The extension's log in a session's first extension host (undefined until it writes one). */
export function extensionLog(runDir) {
    const logs = path.join(runDir, 'ud/logs');
    for (const dir of existsSync(logs) ? readdirSync(logs) : []) {
        const f = path.join(logs, dir, 'exthost1/journey-maps.journey-maps/Journey Maps.log');
        if (existsSync(f)) return readFileSync(f, 'utf8');
    }
    return undefined;
}

/**
 * Waits until the extension says its language client is ready. The workspace holds .journey files,
 * so the extension activates as soon as the extension host is up; in one CI run here that came 30 s
 * after the workbench, and the first scenario spent its whole wait on the editor's start.
 */
async function waitForExtension(runDir, timeout) {
    const deadline = Date.now() + timeout;
    while (!/language client ready/.test(extensionLog(runDir) ?? '')) {
        if (Date.now() > deadline) {
            throw new Error(`the extension did not report its language client ready within ${timeout / 1000} s; its log, if any, is under ${path.join(runDir, 'ud/logs')}`);
        }
        await new Promise((done) => setTimeout(done, 200));
    }
}

export async function startSession({ vsix, settings, timeout, extraFiles } = {}) {
    const runDir = createRunDir();
    const workspace = prepareWorkspace(runDir, extraFiles);
    const t0 = performance.now();
    const server = await startCodeServer({ vsix, workspace, settings, runDir });
    let browser;
    try {
        browser = await launchBrowser(runDir, { timeout });
        await openWorkbench(browser.page, server.folderUrl(workspace));
        await waitForExtension(runDir, Math.max(timeout ?? 0, 120_000));
    } catch (e) {
        await browser?.context.close().catch(() => {});
        await server.stop();
        throw e;
    }
    // From the start of code-server to the extension's language client ready.
    const readyMs = performance.now() - t0;
    return {
        ...browser, server, workspace, runDir, readyMs,
        async close() {
            await browser.context.close().catch(() => {});
            await server.stop();
        }
    };
}

/**
 * Makes the workspace a git repository with these files (paths relative to it) committed as they
 * are on disk, for scenarios that compare a map with its last committed version. The commit is
 * made with a throwaway identity, outside the user's git configuration.
 */
export function commitWorkspaceFiles(ws, files, message = 'The maps as last committed') {
    const git = (...args) => {
        const r = spawnSync('git', ['-c', 'user.name=Journey e2e', '-c', 'user.email=e2e@journey-maps.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: ws, encoding: 'utf8' });
        if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed in ${ws}: ${r.stderr || r.error?.message}`);
        return r.stdout.trim();
    };
    if (!existsSync(path.join(ws, '.git'))) git('init', '-q', '-b', 'main');
    git('add', '--', ...files);
    git('commit', '-q', '-m', message);
    return git('rev-parse', 'HEAD');
}
