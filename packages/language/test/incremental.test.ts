import { DocumentState, EmptyFileSystem, URI } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { createJourneyServices, reportDiagnostics } from '../src/index.js';

/** An editor session: files open in memory, edited one at a time, rebuilt as the server would. */
function session() {
    const services = createJourneyServices(EmptyFileSystem).Journey;
    const { TextDocuments, DocumentBuilder, LangiumDocuments } = services.shared.workspace;
    const versions = new Map<string, number>();
    const uri = (name: string) => URI.parse(`file:///ws/${name}`);
    return {
        async write(files: Record<string, string>) {
            for (const [name, text] of Object.entries(files)) {
                const version = (versions.get(name) ?? 0) + 1;
                versions.set(name, version);
                TextDocuments.set(TextDocument.create(uri(name).toString(), 'journey', version, text));
            }
            await DocumentBuilder.update(Object.keys(files).map(uri), [], undefined);
        },
        async remove(name: string) {
            TextDocuments.delete(uri(name).toString());
            await DocumentBuilder.update([], [uri(name)]);
        },
        /** The files linked again while `action` runs. */
        async relinkedDuring(action: () => Promise<void>): Promise<string[]> {
            const linked: string[] = [];
            const listener = DocumentBuilder.onDocumentPhase(DocumentState.Linked, document => { linked.push(document.uri.path.split('/').pop()!); });
            await action();
            listener.dispose();
            return linked.sort();
        },
        codes(name: string): string[] {
            const document = LangiumDocuments.getDocument(uri(name));
            return document ? reportDiagnostics(document, name).map(d => `${d.code} ${d.line}`) : ['(no document)'];
        }
    };
}

const map = (persona: string) => `import "people.journey"\njourney j { for ${persona} stage s { step a { via web emotion 1 } } }`;

describe('incremental rebuilds after an edit', () => {
    it('relinks a file when a declaration it imports is renamed, and again when it comes back', async () => {
        const s = session();
        await s.write({ 'people.journey': 'persona anna\nchannel web', 'map.journey': map('anna') });
        expect(s.codes('map.journey')).toEqual([]);
        await s.write({ 'people.journey': 'persona ania\nchannel web' });
        expect(s.codes('map.journey')).toEqual(['unknown-reference 2']);
        await s.write({ 'people.journey': 'persona anna\nchannel web' });
        expect(s.codes('map.journey')).toEqual([]);
    });

    it('clears a missing import when the file appears, and reports it when the file goes', async () => {
        const s = session();
        await s.write({ 'map.journey': map('anna') });
        expect(s.codes('map.journey')).toEqual(['missing-import 1']);
        await s.write({ 'people.journey': 'persona anna\nchannel web' });
        expect(s.codes('map.journey')).toEqual([]);
        await s.remove('people.journey');
        expect(s.codes('map.journey')).toEqual(['missing-import 1']);
    });

    it('updates unused-declaration in an imported file when its importer stops or starts using it', async () => {
        const s = session();
        await s.write({ 'people.journey': 'persona anna\npersona marek\nchannel web', 'map.journey': map('anna, marek') });
        expect(s.codes('people.journey')).toEqual([]);
        await s.write({ 'map.journey': map('anna') });
        expect(s.codes('people.journey')).toEqual(['unused-declaration 2']);
        await s.write({ 'map.journey': map('anna, marek') });
        expect(s.codes('people.journey')).toEqual([]);
    });

    it('updates unused-declaration when a new file starts importing the declarations', async () => {
        const s = session();
        await s.write({ 'people.journey': 'persona anna\nchannel web' });
        expect(s.codes('people.journey')).toEqual(['unused-declaration 1', 'unused-declaration 2']);
        await s.write({ 'map.journey': map('anna') });
        expect(s.codes('people.journey')).toEqual([]);
    });

    it('relinks a baseline when the imported journey is renamed, and again when it comes back', async () => {
        const s = session();
        const today = (name: string) => `import "people.journey"\njourney ${name} { for anna stage s { step a { via web emotion 1 } } }`;
        const future = 'import "people.journey"\nimport "today.journey"\njourney next { kind future baseline today for anna stage s { step a { via web emotion 1 } } }';
        await s.write({ 'people.journey': 'persona anna\nchannel web', 'today.journey': today('today'), 'future.journey': future });
        expect(s.codes('future.journey')).toEqual([]);
        await s.write({ 'today.journey': today('yesterday') });
        expect(s.codes('future.journey')).toEqual(['unknown-reference 3']);
        await s.write({ 'today.journey': today('today') });
        expect(s.codes('future.journey')).toEqual([]);
    });

    it('leaves a file with unused declarations alone when an unrelated file is edited', async () => {
        const s = session();
        await s.write({ 'people.journey': 'persona anna\nchannel web', 'other.journey': 'persona zed' });
        expect(await s.relinkedDuring(() => s.write({ 'other.journey': 'persona zeb' }))).toEqual(['other.journey']);
        expect(s.codes('people.journey')).toEqual(['unused-declaration 1', 'unused-declaration 2']);
    });

    it('leaves a file with an unknown name alone when an unrelated file is edited', async () => {
        const s = session();
        await s.write({ 'broken.journey': 'persona anna\nchannel web\njourney b { for anna stage s { step x { by anna via wbe emotion 1 } } }', 'other.journey': 'persona zed' });
        const before = s.codes('broken.journey');
        expect(before).toContain('unknown-reference 3');
        expect(await s.relinkedDuring(() => s.write({ 'other.journey': 'persona zeb' }))).toEqual(['other.journey']);
        expect(s.codes('broken.journey')).toEqual(before);
    });

    it('relinks a file with an unknown name when a file it imports changes', async () => {
        const s = session();
        await s.write({ 'people.journey': 'persona anna\nchannel web', 'map.journey': map('zofia') });
        expect(s.codes('map.journey')).toEqual(['unknown-reference 2']);
        expect(await s.relinkedDuring(() => s.write({ 'people.journey': 'persona anna\npersona zofia\nchannel web' }))).toEqual(['map.journey', 'people.journey']);
        expect(s.codes('map.journey')).toEqual([]);
    });
});
