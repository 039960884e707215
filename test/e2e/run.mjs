// npm run test:e2e — the real-VS-Code suite, self-sufficient on a fresh Debian machine (as root):
// installs the tools (cached in .e2e-tools/), builds the bundles, packages the .vsix, runs the
// scenarios with node's test runner. Screenshots: test-results/e2e/. Exit code = the runner's.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { RESULTS, ROOT, RUNS, SETUP } from './lib/paths.mjs';
import { packageVsix } from './package-vsix.mjs';

const t0 = performance.now();
const secs = (t) => ((performance.now() - t) / 1000).toFixed(1);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });

let t = performance.now();
run('bash', [SETUP]);
console.log(`# e2e tools ready in ${secs(t)} s`);

if (!process.env.E2E_SKIP_BUILD) {
    t = performance.now();
    if (!existsSync(path.join(ROOT, 'packages/language/src/generated/ast.ts'))) run('npm', ['run', '--silent', 'generate']);
    run('npm', ['run', '--silent', 'build', '-w', '@journey-maps/language-server', '-w', '@journey-maps/preview', '-w', '@journey-maps/extension']);
    console.log(`# bundles built in ${secs(t)} s`);
}

t = performance.now();
mkdirSync(RUNS, { recursive: true });
// Keep only this run's folders (each holds a browser profile and VS Code's user data).
for (const d of readdirSync(RUNS)) if (/^(cs|electron)-/.test(d)) rmSync(path.join(RUNS, d), { recursive: true, force: true });
const vsix = path.join(RUNS, 'journey-maps-e2e.vsix');
const { bytes } = packageVsix(vsix);
console.log(`# packaged ${path.relative(ROOT, vsix)} (${(bytes / 1024).toFixed(0)} KiB) in ${secs(t)} s`);

rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });
t = performance.now();
const files = process.argv.slice(2).length ? process.argv.slice(2) : [path.join(ROOT, 'test/e2e/scenarios.test.mjs')];
const tap = path.join(RESULTS, 'results.tap');
const r = spawnSync(process.execPath, ['--test', '--test-concurrency=1',
    '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...files], {
    cwd: ROOT, stdio: 'inherit', env: { ...process.env, E2E_VSIX: vsix }
});
// The counts .ci/run adds to its closing line, read from the runner's own TAP summary.
const tapText = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tapText)?.[1] ?? 0);
const summary = { passed: count('pass'), failed: count('fail') + count('cancelled'), skipped: count('skipped') + count('todo') };
if (r.status !== 0 && summary.failed === 0) summary.failed = 1;
writeFileSync(path.join(RESULTS, 'summary.json'), JSON.stringify(summary) + '\n');
console.log(`# scenarios ran in ${secs(t)} s; whole e2e run ${secs(t0)} s; screenshots in ${path.relative(ROOT, RESULTS)}/`);
process.exit(r.status ?? 1);
