import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type CliIo } from '../src/index.js';

describe('journey render --format png, when no PNG can be made', () => {
    it('says why and what to do in one line, and exits 1, for a map too large at the scale asked for', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'journey-cli-png-'));
        const steps = Array.from({ length: 150 }, (_, i) => `    step s${i} "Step ${i}" { by anna }`).join('\n');
        writeFileSync(join(dir, 'long.journey'), `persona anna "Anna"\njourney long "Long" {\n  for anna\n  stage s "S" {\n${steps}\n  }\n}\n`);
        let err = '';
        const io: CliIo = { cwd: dir, out: () => {}, outBytes: () => {}, err: t => { err += t; }, stdoutIsTerminal: false, ownsProcess: false };
        const code = await main(['render', 'long.journey', '-o', 'long.png', '--scale', '4'], io);
        expect(code).toBe(1);
        expect(err).toMatch(/^journey: The map is \d+ × \d+ pixels at scale 4, more than a PNG can hold here .*: export it at a smaller scale, or as SVG\.\n$/);
        expect(existsSync(join(dir, 'long.png'))).toBe(false);
    }, 60_000);
});
