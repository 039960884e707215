// Starts and stops a real VS Code (code-server from the npm registry) for one e2e session,
// isolated in a per-run folder: its own user data, extensions, HOME, XDG dirs and TMPDIR.
// code-server spawns helpers (file watcher, agent host, copilot runtime): it runs in its own process
// group (detached = setsid) and the whole group is killed on stop.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { CODE_SERVER, NODE24_DIR, RUNS } from './paths.mjs';

/** A quiet VS Code on a closed network: no updates, telemetry, tips or chat; the editor as shipped. */
export const QUIET_SETTINGS = {
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'telemetry.telemetryLevel': 'off',
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'chat.disableAIFeatures': true,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'security.workspace.trust.enabled': false,
    'update.mode': 'none'
};

/** The test suite's editor: typing goes in as typed (no auto-closing, Enter never accepts a suggestion). */
export const BASE_SETTINGS = {
    ...QUIET_SETTINGS,
    'editor.minimap.enabled': false,
    'editor.autoClosingBrackets': 'never',
    'editor.autoClosingQuotes': 'never',
    'editor.acceptSuggestionOnEnter': 'off',
    'editor.quickSuggestions': { other: false, comments: false, strings: false },
    'git.enabled': false,
    'files.autoSave': 'off'
};

export function freePort() {
    return new Promise((resolve, reject) => {
        const srv = net.createServer();
        srv.on('error', reject);
        srv.listen(0, '127.0.0.1', () => {
            const { port } = srv.address();
            srv.close(() => resolve(port));
        });
    });
}

function isolatedEnv(runDir) {
    return {
        ...process.env,
        PATH: `${path.join(NODE24_DIR, 'bin')}:${process.env.PATH}`,
        HOME: path.join(runDir, 'home'),
        XDG_CONFIG_HOME: path.join(runDir, 'xdg'),
        XDG_DATA_HOME: path.join(runDir, 'xdg'),
        XDG_CACHE_HOME: path.join(runDir, 'xdg', 'cache'),
        TMPDIR: path.join(runDir, 'tmp')
    };
}

export function createRunDir(prefix = 'cs-') {
    mkdirSync(RUNS, { recursive: true });
    const runDir = mkdtempSync(path.join(RUNS, prefix));
    for (const d of ['ud/User', 'ext', 'xdg', 'tmp', 'home', 'browser']) mkdirSync(path.join(runDir, d), { recursive: true });
    return runDir;
}

/**
 * @param {{ vsix?: string, workspace: string, settings?: object, baseSettings?: object,
 *           port?: number, host?: string, runDir?: string }} o
 */
export async function startCodeServer(o) {
    const runDir = o.runDir ?? createRunDir();
    const env = isolatedEnv(runDir);
    writeFileSync(path.join(runDir, 'ud/User/settings.json'), JSON.stringify({ ...(o.baseSettings ?? BASE_SETTINGS), ...o.settings }, null, 2));
    const common = ['--user-data-dir', path.join(runDir, 'ud'), '--extensions-dir', path.join(runDir, 'ext')];
    const t0 = performance.now();
    if (o.vsix) {
        const r = spawnSync(CODE_SERVER, [...common, '--install-extension', o.vsix], { env, encoding: 'utf8' });
        if (r.status !== 0) throw new Error(`code-server --install-extension failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
    }
    const installMs = performance.now() - t0;
    const port = o.port ?? await freePort();
    const host = o.host ?? '127.0.0.1';
    const logFile = path.join(runDir, 'code-server.log');
    const out = openSync(logFile, 'a');
    const args = ['--bind-addr', `${host}:${port}`, '--auth', 'none', ...common, '--disable-telemetry',
        '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override'];
    args.push(o.workspace);
    const child = spawn(CODE_SERVER, args, { env, detached: true, stdio: ['ignore', out, out] });
    child.unref();
    const pgid = child.pid;
    let stopped = false;
    const stop = async () => {
        if (stopped) return;
        stopped = true;
        killGroup(pgid, 'SIGTERM');
        for (let i = 0; i < 50 && groupAlive(pgid); i++) await new Promise((r) => setTimeout(r, 100));
        if (groupAlive(pgid)) killGroup(pgid, 'SIGKILL');
    };
    const onExit = () => { if (!stopped) killGroup(pgid, 'SIGKILL'); };
    process.once('exit', onExit);
    const url = `http://${host}:${port}`;
    const deadline = Date.now() + 30_000;
    for (;;) {
        try {
            const res = await fetch(`${url}/healthz`);
            if (res.ok) break;
        } catch { /* not up yet */ }
        if (Date.now() > deadline || child.exitCode !== null) {
            await stop();
            throw new Error(`code-server did not become healthy; see ${logFile}`);
        }
        await new Promise((r) => setTimeout(r, 200));
    }
    return { url, port, runDir, logFile, installMs, startMs: performance.now() - t0 - installMs, pgid, stop,
        folderUrl: (folder) => `${url}/?folder=${encodeURIComponent(folder)}` };
}

function killGroup(pgid, signal) {
    try { process.kill(-pgid, signal); } catch { /* already gone */ }
}

function groupAlive(pgid) {
    try { process.kill(-pgid, 0); return true; } catch { return false; }
}
