import { describe, expect, it } from 'vitest';
import { stdioSession } from './stdio-session.js';

const session = stdioSession('journey-idle-');

const importsNotes = 'import "notes.txt"\njourney j {\n  for zz\n}\n';

describe('a server with nothing to do publishes nothing', () => {
    it('reports an import of a file that is not a journey once, and then goes quiet', async () => {
        const dir = session.folderWith({ 'notes.txt': 'Call the bank on Monday.\n' });
        const client = await session.start();
        const uri = `file://${dir}/a.journey`;
        const published = client.waitForDiagnostics(uri, p => p.diagnostics.length > 0);
        await client.open(uri, importsNotes);
        const { diagnostics } = await published;
        expect(diagnostics.map(d => `${String(d.code)} ${d.range.start.line}`)).toEqual(['not-a-journey-import 0']);
        expect(diagnostics[0].message).toMatch(/notes\.txt.*not a journey file/);
        expect(await client.publicationsWhileIdle(1_000, 2_000, 10_000)).toBe(0);
    });

    it('stays quiet in a workspace where other files have errors too', async () => {
        const dir = session.folderWith({
            'notes.txt': 'Call the bank on Monday.\n',
            'a.journey': importsNotes,
            'broken.journey': 'persona anna\njourney b {\n  for anna\n  stage s {\n    step x { by nobody }\n  }\n}\n'
        });
        const client = await session.start(dir);
        const uri = `file://${dir}/a.journey`;
        const published = client.waitForDiagnostics(uri, p => p.diagnostics.length > 0);
        await client.open(uri, importsNotes);
        await published;
        expect(await client.publicationsWhileIdle(1_000, 2_000, 10_000)).toBe(0);
    });
});
