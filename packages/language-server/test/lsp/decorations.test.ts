import { expectSemanticToken, highlightHelper } from 'langium/test';
import { beforeAll, describe, expect, it } from 'vitest';
import { SemanticTokenTypes } from 'vscode-languageserver';
import { exampleTexts, TestWorkspace, workspaceRoot } from './lsp-test-services.js';

let ws: TestWorkspace;

beforeAll(async () => {
    ws = await TestWorkspace.of(exampleTexts());
});

const params = (name: string) => ({ textDocument: { uri: ws.doc(name).uri.toString() } });

describe('semantic tokens', () => {
    it('colours names by what they name', async () => {
        const tokens = await highlightHelper(ws.services)('persona <|anna|>\nchannel <|web|>\ntouchpoint <|form|> { via <|web|> }\njourney <|j|> { for <|anna|> stage <|s|> { step <|a|> { by <|anna|> at <|form|> -> <|a|> } } }', { documentUri: `${workspaceRoot}tokens.journey` });
        const expected = [SemanticTokenTypes.class, SemanticTokenTypes.enum, SemanticTokenTypes.interface, SemanticTokenTypes.enum, SemanticTokenTypes.type,
            SemanticTokenTypes.class, SemanticTokenTypes.struct, SemanticTokenTypes.function, SemanticTokenTypes.class, SemanticTokenTypes.interface, SemanticTokenTypes.function];
        expected.forEach((tokenType, rangeIndex) => expectSemanticToken(tokens, { rangeIndex, tokenType }));
        // Keywords, strings and numbers are left to the TextMate grammar.
        expect(tokens.tokens).toHaveLength(expected.length);
    });

    it('colours the personas of an arrow\'s for, a baseline\'s journey, and soft keywords used as names', async () => {
        const tokens = await highlightHelper(ws.services)(
            'import "bank-people.journey"\nimport "bank-onboarding.journey"\npersona <|impact|>\njourney <|next|> { baseline <|onboarding|> for <|anna|>, <|impact|> stage <|s|> { step <|effort|> { -> <|effort|> 40% for <|anna|> } } }',
            { documentUri: `${workspaceRoot}tokens-1-1.journey` });
        const expected = [SemanticTokenTypes.class, SemanticTokenTypes.type, SemanticTokenTypes.type, SemanticTokenTypes.class, SemanticTokenTypes.class,
            SemanticTokenTypes.struct, SemanticTokenTypes.function, SemanticTokenTypes.function, SemanticTokenTypes.class];
        expected.forEach((tokenType, rangeIndex) => expectSemanticToken(tokens, { rangeIndex, tokenType }));
        expect(tokens.tokens).toHaveLength(expected.length);
    });
});

describe('inlay hints', () => {
    it('shows the resolved actors after a step without by, and nothing on steps with by', async () => {
        const document = ws.doc('bank-onboarding.journey');
        const hints = await ws.services.lsp.InlayHintProvider!.getInlayHints(document, {
            ...params('bank-onboarding.journey'), range: { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } }
        });
        expect(hints).toHaveLength(1);
        expect(hints![0].label).toBe('by anna, marek');
        const line = document.textDocument.getText({ start: { line: hints![0].position.line, character: 0 }, end: hints![0].position });
        expect(line).toBe('    step welcome "Gets the card and the app"');
        const day = await ws.services.lsp.InlayHintProvider!.getInlayHints(ws.doc('day-commuter.journey'), {
            ...params('day-commuter.journey'), range: { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } }
        });
        expect(day!.map(hint => hint.label)).toEqual(['by tomek', 'by tomek', 'by tomek', 'by tomek']);
    });
});

describe('code lens', () => {
    it('puts "Open preview" on each journey, running the extension\'s command with the document URI', async () => {
        const lenses = await ws.services.lsp.CodeLensProvider!.provideCodeLens(ws.doc('car-claim.journey'), params('car-claim.journey'));
        // The second lens is the insights lens (insights.test.ts).
        expect(lenses).toHaveLength(2);
        expect(lenses![0].command).toEqual({ title: 'Open preview', command: 'journey.showPreviewToSide', arguments: [`${workspaceRoot}car-claim.journey`] });
        expect(lenses![0].range.start.line).toBe(24);
        expect(await ws.services.lsp.CodeLensProvider!.provideCodeLens(ws.doc('bank-people.journey'), params('bank-people.journey'))).toEqual([]);
    });
});

describe('document links', () => {
    it('links an import path to the imported file', async () => {
        const links = await ws.services.lsp.DocumentLinkProvider!.getDocumentLinks(ws.doc('bank-onboarding.journey'), params('bank-onboarding.journey'));
        expect(links).toHaveLength(1);
        expect(links[0].target).toBe(`${workspaceRoot}bank-people.journey`);
        expect(ws.doc('bank-onboarding.journey').textDocument.getText(links[0].range)).toBe('bank-people.journey');
        expect(await ws.services.lsp.DocumentLinkProvider!.getDocumentLinks(ws.doc('car-claim.journey'), params('car-claim.journey'))).toEqual([]);
    });
});
