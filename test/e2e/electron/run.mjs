// npm run test:electron — the e2e scenarios as an @vscode/test-electron suite, for machines that can
// download VS Code (from update.code.visualstudio.com). Offline it fails with a clear message; there,
// use `npm run test:e2e` (code-server + Chromium). VSCODE_EXECUTABLE=/path/to/code uses an installed
// VS Code instead of downloading one; VSCODE_VERSION picks the version to download (default: stable).
// code-server 4.139.1 rejects --extensionDevelopmentPath/--extensionTestsPath ("Unknown option"),
// so this suite cannot run inside code-server.
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ROOT, RUNS } from '../lib/paths.mjs';

const require = createRequire(path.join(ROOT, 'packages/extension/package.json'));
const { runTests } = require('@vscode/test-electron');

mkdirSync(RUNS, { recursive: true });
const runDir = mkdtempSync(path.join(RUNS, 'electron-'));
const workspace = path.join(runDir, 'workspace');
cpSync(path.join(ROOT, 'examples'), workspace, { recursive: true });
cpSync(path.join(ROOT, 'test/e2e/fixtures'), workspace, { recursive: true });

try {
    await runTests({
        extensionDevelopmentPath: ROOT,
        extensionTestsPath: path.join(ROOT, 'test/e2e/electron/suite.cjs'),
        launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome',
            '--skip-release-notes', `--user-data-dir=${path.join(runDir, 'ud')}`, `--extensions-dir=${path.join(runDir, 'ext')}`],
        extensionTestsEnv: { JOURNEY_E2E_WORKSPACE: workspace },
        ...(process.env.VSCODE_EXECUTABLE ? { vscodeExecutablePath: process.env.VSCODE_EXECUTABLE } : { version: process.env.VSCODE_VERSION ?? 'stable' }),
        timeout: 20_000
    });
} catch (e) {
    const text = String(e?.stack ?? e);
    if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|getaddrinfo|timeout|Failed to get|download/i.test(text) && !process.env.VSCODE_EXECUTABLE) {
        console.error([
            '',
            'test:electron could not download VS Code (update.code.visualstudio.com is not reachable from this machine).',
            `  cause: ${text.split('\n')[0]}`,
            'Run it where VS Code can be downloaded, point VSCODE_EXECUTABLE at an installed VS Code,',
            'or use `npm run test:e2e`, the same scenarios in code-server + Chromium, which needs only npm and apt.',
            ''
        ].join('\n'));
    } else {
        console.error(`test:electron failed: ${text}`);
    }
    process.exit(1);
}
