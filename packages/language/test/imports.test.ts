import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadJourneyWorkspace } from '../src/node/journey-workspace.js';
import { reportDiagnostics } from '../src/index.js';

let folder: string;

afterEach(() => rmSync(folder, { recursive: true, force: true }));

async function check(files: Record<string, string>, file: string): Promise<string[]> {
    folder = mkdtempSync(join(tmpdir(), 'journey-imports-'));
    for (const [name, text] of Object.entries(files)) {
        mkdirSync(join(folder, name, '..'), { recursive: true });
        writeFileSync(join(folder, name), text);
    }
    const workspace = await loadJourneyWorkspace([join(folder, file)]);
    return reportDiagnostics(workspace.requested[0], file).map(d => `${d.code} ${d.line}:${d.column} ${d.message}`);
}

const importing = (path: string): string => `import "${path}"\njourney j {\n  for zz\n}\n`;

describe('imports of files that are not journey files', () => {
    it('reports an existing file that is not a journey file at its import, once', async () => {
        const reported = await check({ 'notes.txt': 'Call the bank on Monday.\n', 'a.journey': importing('notes.txt') }, 'a.journey');
        expect(reported).toEqual([
            "not-a-journey-import 1:8 Cannot import 'notes.txt': it is not a journey file, and only .journey files can be imported. Import the .journey file that declares what you need."
        ]);
    });

    it('reports one in a parent folder the same way', async () => {
        const reported = await check({ 'README.md': '# Maps\n', 'maps/a.journey': importing('../README.md') }, 'maps/a.journey');
        expect(reported.map(line => line.split(' ')[0])).toEqual(['not-a-journey-import']);
    });

    it('reports a file that is not there as missing, whatever its name', async () => {
        const reported = await check({ 'a.journey': importing('notes.txt') }, 'a.journey');
        expect(reported.map(line => line.split(' ')[0])).toEqual(['missing-import']);
    });

    it('reports a folder as missing', async () => {
        const reported = await check({ 'notes/x.journey': 'persona p\n', 'a.journey': importing('notes') }, 'a.journey');
        expect(reported.map(line => line.split(' ')[0])).toEqual(['missing-import']);
    });
});
