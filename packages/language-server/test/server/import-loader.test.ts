import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DocumentState, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { createJourneyServices, reportDiagnostics } from '@journey-maps/language';
import { ImportLoader } from '../../src/server/import-loader.js';

async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
    const started = Date.now();
    while (!condition()) {
        if (Date.now() - started > timeoutMs) {
            throw new Error('timed out');
        }
        await new Promise(resolve => setTimeout(resolve, 10));
    }
}

describe('a file opened on its own in the editor', () => {
    it('gets its imports from disk instead of reporting them missing', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'journey-imports-'));
        writeFileSync(join(dir, 'people.journey'), 'persona anna\nchannel web\n');
        const { shared, Journey } = createJourneyServices(NodeFileSystem);
        new ImportLoader(shared);
        const mapUri = URI.file(join(dir, 'map.journey'));
        const peopleUri = URI.file(join(dir, 'people.journey'));
        shared.workspace.TextDocuments.set(TextDocument.create(mapUri.toString(), 'journey', 1,
            'import "people.journey"\nimport "nowhere.journey"\njourney j { for anna stage s { step a { via web emotion 1 } } }'));
        await shared.workspace.WorkspaceLock.write(token => shared.workspace.DocumentBuilder.update([mapUri], [], token));
        const documents = Journey.shared.workspace.LangiumDocuments;
        await until(() => documents.getDocument(peopleUri)?.state === DocumentState.Validated && documents.getDocument(mapUri)?.state === DocumentState.Validated);
        const map = documents.getDocument(mapUri)!;
        expect(reportDiagnostics(map, 'map.journey').map(d => `${d.code} ${d.line}`)).toEqual(['missing-import 2']);
        expect(reportDiagnostics(documents.getDocument(peopleUri)!, 'people.journey')).toEqual([]);
    });
});
