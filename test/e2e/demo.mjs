// npm run demo — a real VS Code (code-server) on 127.0.0.1 with this extension installed and a
// copy of examples/ open. Installs the tools on first use (see setup-tools.sh), builds, packages the
// .vsix. The copy lives in a temporary folder, so nothing done in the demo (a rename, a save)
// touches the repository. PORT=8080 by default (another free port if taken). Ctrl+C stops it and
// all its helper processes.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, RUNS, SETUP } from './lib/paths.mjs';
import { QUIET_SETTINGS, createRunDir, freePort, startCodeServer } from './lib/code-server.mjs';
import { packageVsix } from './package-vsix.mjs';

const run = (cmd, args) => execFileSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
run('bash', [SETUP]);
if (!existsSync(path.join(ROOT, 'packages/language/src/generated/ast.ts'))) run('npm', ['run', '--silent', 'generate']);
run('npm', ['run', '--silent', 'build', '-w', '@journey-maps/language-server', '-w', '@journey-maps/preview', '-w', '@journey-maps/extension']);
mkdirSync(RUNS, { recursive: true });
const { file: vsix } = packageVsix(path.join(RUNS, 'journey-maps-demo.vsix'));

async function portFree(port) {
    try {
        await fetch(`http://127.0.0.1:${port}/`);
        return false;
    } catch {
        return true;
    }
}

const wanted = Number(process.env.PORT ?? 8080);
const port = (await portFree(wanted)) ? wanted : await freePort();
const scratch = mkdtempSync(path.join(tmpdir(), 'journey-demo-'));
const workspace = path.join(scratch, 'examples');
cpSync(path.join(ROOT, 'examples'), workspace, { recursive: true });
const server = await startCodeServer({
    vsix, workspace, port, runDir: createRunDir('demo-'),
    // VS Code as a user has it (Enter accepts a completion, brackets close), not the test suite's editor.
    baseSettings: QUIET_SETTINGS,
    settings: { 'workbench.colorTheme': process.env.DEMO_THEME ?? 'Default Light Modern' }
});
console.log(`\nJourney Maps demo: open ${server.folderUrl(workspace)}`);
console.log(`The examples are a copy in ${workspace}; edit them freely.`);
console.log('Open a .journey file and press the preview button in the editor title (or Ctrl+K V). Ctrl+C stops the demo.\n');

const stop = async () => {
    await server.stop();
    rmSync(scratch, { recursive: true, force: true });
    process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
setInterval(() => {}, 1 << 30);
