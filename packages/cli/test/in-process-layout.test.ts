import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examples, repo } from './run-cli.js';

const bin = join(repo, 'packages/cli/bin/journey.js');
const marker = 'A WORKER THREAD STARTED';

/** A preload that says on stderr whenever anything in the process starts a worker thread. */
function workerSpy(dir: string): string {
    const file = join(dir, 'worker-spy.cjs');
    writeFileSync(file, [
        "const threads = require('node:worker_threads');",
        'const Original = threads.Worker;',
        `threads.Worker = class extends Original { constructor(...args) { process.stderr.write(${JSON.stringify(`${marker}\n`)}); super(...args); } };`,
        "require('node:module').syncBuiltinESMExports();"
    ].join('\n'));
    return file;
}

describe('the built command', () => {
    it('lays out a map with per-persona paths in its own thread: it needs no layout worker', () => {
        const dir = mkdtempSync(join(tmpdir(), 'journey-cli-layout-'));
        const spy = workerSpy(dir);
        // The spy itself works: a worker started by anyone is reported.
        const control = spawnSync(process.execPath, ['--require', spy, '-e', "new (require('node:worker_threads').Worker)('', { eval: true })"], { encoding: 'utf8' });
        expect(control.stderr).toContain(marker);
        const out = join(dir, 'onboarding.svg');
        const result = spawnSync(process.execPath, ['--require', spy, bin, 'render', join(examples, 'bank-onboarding.journey'), '-o', out], { cwd: dir, encoding: 'utf8' });
        expect(result.status, result.stderr).toBe(0);
        expect(result.stderr).not.toContain(marker);
        expect(readFileSync(out, 'utf8')).toContain('data-ref="step:fill"');
    });
});
