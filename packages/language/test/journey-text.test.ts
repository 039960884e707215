import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URI } from 'langium';
import { afterAll, describe, expect, it } from 'vitest';
import { JourneyTextError, createJourneyServices, decodeJourneyText } from '../src/index.js';
import { JourneyNodeFileSystem, JourneyNodeFileSystemProvider, WorkspaceInputError, readJourneyText } from '../src/node/index.js';

const folder = mkdtempSync(join(tmpdir(), 'journey-text-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function file(name: string, bytes: Uint8Array | string): string {
    const path = join(folder, name);
    writeFileSync(path, bytes);
    return path;
}

const text = 'persona anna "Anna"\n';
const bom = file('bom.journey', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
const latin1 = file('latin1.journey', Buffer.from([0x70, 0x65, 0x72, 0x73, 0xf3, 0x6e, 0x0a]));
const binary = file('binary.journey', Buffer.from([0x70, 0x00, 0x01]));

describe('reading a .journey file, the one rule for the CLI and the editor', () => {
    it('drops a byte-order mark, so positions match what an editor shows', () => {
        expect(decodeJourneyText(Buffer.from(`\ufeff${text}`))).toBe(text);
    });

    it('reads a file with a byte-order mark the same way in the CLI and in the language server', async () => {
        const provider = new JourneyNodeFileSystemProvider();
        expect(readJourneyText(bom)).toBe(text);
        expect(await provider.readFile(URI.file(bom))).toBe(text);
        expect(provider.readFileSync(URI.file(bom))).toBe(text);
    });

    it('refuses text that is not UTF-8, saying to save it as UTF-8, in both', async () => {
        expect(() => readJourneyText(latin1)).toThrow(WorkspaceInputError);
        expect(() => readJourneyText(latin1)).toThrow(/latin1\.journey: not UTF-8 text; save it as UTF-8/);
        await expect(new JourneyNodeFileSystemProvider().readFile(URI.file(latin1))).rejects.toThrow(JourneyTextError);
        await expect(new JourneyNodeFileSystemProvider().readFile(URI.file(latin1))).rejects.toThrow(/latin1\.journey: not UTF-8 text/);
    });

    it('refuses a binary file in both', async () => {
        expect(() => readJourneyText(binary)).toThrow(/a binary file, not Journey text/);
        await expect(new JourneyNodeFileSystemProvider().readFile(URI.file(binary))).rejects.toThrow(/a binary file/);
    });
});

describe('the workspace of the language server', () => {
    it('starts with the readable files when one file of its folder is not Journey text', async () => {
        const workspace = mkdtempSync(join(folder, 'ws-'));
        writeFileSync(join(workspace, 'good.journey'), text);
        writeFileSync(join(workspace, 'bad.journey'), Buffer.from([0xff, 0xfe, 0x00]));
        const { shared } = createJourneyServices(JourneyNodeFileSystem);
        const warnings: string[] = [];
        const warn = console.warn;
        console.warn = (message: string) => void warnings.push(message);
        try {
            await shared.workspace.WorkspaceManager.initializeWorkspace([{ name: 'ws', uri: URI.file(workspace).toString() }]);
        } finally {
            console.warn = warn;
        }
        expect(shared.workspace.LangiumDocuments.hasDocument(URI.file(join(workspace, 'good.journey')))).toBe(true);
        expect(shared.workspace.LangiumDocuments.hasDocument(URI.file(join(workspace, 'bad.journey')))).toBe(false);
        expect(warnings).toEqual([expect.stringMatching(/skipped .*bad\.journey: not UTF-8 text; save it as UTF-8/)]);
    });
});
