import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type CliIo } from '../src/index.js';

export const repo = join(import.meta.dirname, '../../..');
export const examples = join(repo, 'examples');

/** Runs the CLI in-process in `cwd` and collects what it prints. */
export async function runCli(argv: string[], cwd = examples): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    let err = '';
    const io: CliIo = { cwd, out: t => { out += t; }, outBytes: () => undefined, err: t => { err += t; }, stdoutIsTerminal: false, ownsProcess: false };
    const code = await main(argv, io);
    return { code, out, err };
}

/** A fresh temporary folder, with the given example files copied in. */
export function tempFolder(prefix: string, exampleNames: readonly string[] = []): string {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    const available = new Set(readdirSync(examples));
    for (const name of exampleNames.filter(n => available.has(n))) {
        copyFileSync(join(examples, name), join(dir, name));
    }
    return dir;
}
