import { AstUtils, EmptyFileSystem, URI } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it, vi } from 'vitest';
import { isPersona } from '../src/generated/ast.js';
import { createJourneyServices } from '../src/index.js';
import { JourneyReferenceDescriptionProvider } from '../src/workspace/journey-reference-descriptions.js';

const people = 'persona anna\npersona marek\nchannel web';
const map = (persona: string) => `import "people.journey"\njourney j { for ${persona} stage s { step a { by ${persona} via web } step b { by ${persona} } } }`;

function workspace() {
    const services = createJourneyServices(EmptyFileSystem).Journey;
    const { TextDocuments, DocumentBuilder, LangiumDocuments } = services.shared.workspace;
    const provider = services.workspace.ReferenceDescriptionProvider;
    if (!(provider instanceof JourneyReferenceDescriptionProvider)) throw new Error('the language has its own reference descriptions');
    const described = vi.spyOn(provider, 'descriptionsNow');
    const uri = (name: string) => URI.parse(`file:///ws/${name}`);
    let version = 0;
    return {
        described,
        async write(files: Record<string, string>) {
            for (const [name, text] of Object.entries(files)) TextDocuments.set(TextDocument.create(uri(name).toString(), 'journey', ++version, text));
            await DocumentBuilder.update(Object.keys(files).map(uri), []);
        },
        diagnosticsOf(name: string): string[] {
            return (LangiumDocuments.getDocument(uri(name))?.diagnostics ?? []).map(d => String(d.code ?? d.message));
        },
        /** Where the persona `name` of people.journey is referenced: `file line`. */
        referencesTo(name: string): string[] {
            const root = LangiumDocuments.getDocument(uri('people.journey'))!.parseResult.value;
            const persona = AstUtils.streamAst(root).filter(isPersona).find(p => p.name === name)!;
            return services.references.References.findReferences(persona, { includeDeclaration: false })
                .map(r => `${r.sourceUri.path.split('/').pop()} ${r.segment.range.start.line}`).toArray().sort();
        }
    };
}

describe('the reference index', () => {
    it('describes no reference while files are only built and checked', async () => {
        const w = workspace();
        await w.write({ 'people.journey': people, 'map.journey': map('anna') });
        await w.write({ 'map.journey': `${map('anna')} ` });
        expect(w.described).not.toHaveBeenCalled();
    });

    it('finds every reference to a declaration across files when asked', async () => {
        const w = workspace();
        await w.write({ 'people.journey': people, 'map.journey': map('anna') });
        expect(w.referencesTo('anna')).toEqual(['map.journey 1', 'map.journey 1', 'map.journey 1']);
        expect(w.referencesTo('marek')).toEqual([]);
    });

    it('finds the references of an edited file as it is now', async () => {
        const w = workspace();
        await w.write({ 'people.journey': people, 'map.journey': map('anna') });
        expect(w.referencesTo('anna')).toHaveLength(3);
        await w.write({ 'map.journey': map('marek') });
        expect(w.referencesTo('anna')).toEqual([]);
        expect(w.referencesTo('marek')).toHaveLength(3);
    });

    it('relinks a file when a declaration it uses from another file goes away', async () => {
        const w = workspace();
        await w.write({ 'people.journey': people, 'map.journey': map('marek') });
        expect(w.diagnosticsOf('map.journey')).not.toContain('unknown-reference');
        await w.write({ 'people.journey': 'persona anna\nchannel web' });
        expect(w.diagnosticsOf('map.journey')).toContain('unknown-reference');
        expect(w.described).not.toHaveBeenCalled();
    });
});
