import { DocumentState, EmptyFileSystem, URI } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { generateJourney } from '../bench/generate-journey.js';
import { createJourneyServices, reportDiagnostics } from '../src/index.js';
import { bigDocumentChars } from '../src/workspace/build-order.js';

/** Files open in memory, written and rebuilt as the server would; `phases` lists what happened, in order. */
function session() {
    const services = createJourneyServices(EmptyFileSystem).Journey;
    const { TextDocuments, DocumentBuilder, LangiumDocuments } = services.shared.workspace;
    const uri = (name: string) => URI.parse(`file:///ws/${name}`);
    const phases: string[] = [];
    for (const state of [DocumentState.Parsed, DocumentState.Validated]) {
        DocumentBuilder.onDocumentPhase(state, document => { phases.push(`${document.uri.path.split('/').pop()} ${DocumentState[state]}`); });
    }
    let version = 0;
    return {
        phases,
        async write(files: Record<string, string>) {
            for (const [name, text] of Object.entries(files)) {
                TextDocuments.set(TextDocument.create(uri(name).toString(), 'journey', ++version, text));
            }
            phases.length = 0;
            await DocumentBuilder.update(Object.keys(files).map(uri), []);
        },
        codes(name: string): string[] {
            return reportDiagnostics(LangiumDocuments.getDocument(uri(name))!, name).filter(d => d.severity === 'error').map(d => `${d.code} ${d.line}`);
        }
    };
}

const big = generateJourney({ steps: 3_500 });
const usesBig = 'import "big.journey"\njourney j {\n  for p0\n  stage s {\n    step a { via web emotion 1 }\n  }\n}\n';

describe('the order in which a build takes its documents', () => {
    it('uses a map big enough to be built last', () => {
        expect(big.length).toBeGreaterThan(bigDocumentChars);
    });

    it('validates a small file before it even parses a big one the small file has nothing to do with', async () => {
        const s = session();
        await s.write({ 'big.journey': big, 'small.journey': 'persona anna\n' });
        expect(s.phases.indexOf('small.journey Validated')).toBeLessThan(s.phases.indexOf('big.journey Parsed'));
    });

    it('builds a small file that imports the big one together with it, so its names resolve', async () => {
        const s = session();
        await s.write({ 'big.journey': big, 'small.journey': usesBig });
        expect(s.phases.indexOf('small.journey Validated')).toBeGreaterThan(s.phases.indexOf('big.journey Parsed'));
        expect(s.codes('small.journey')).toEqual([]);
    });

    it('links a small file again with the big one when its new text starts importing it', async () => {
        const s = session();
        await s.write({ 'big.journey': big, 'small.journey': 'persona anna\n' });
        await s.write({ 'big.journey': `${big}\n`, 'small.journey': usesBig });
        expect(s.codes('small.journey')).toEqual([]);
    });
});
