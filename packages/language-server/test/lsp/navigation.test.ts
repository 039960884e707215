import { expectFindReferences, expectFoldings, expectGoToDefinition, expectHighlight, expectHover, expectSymbols } from 'langium/test';
import { beforeAll, describe, expect, it } from 'vitest';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { exampleTexts, TestWorkspace, workspaceRoot } from './lsp-test-services.js';

let ws: TestWorkspace;
let counter = 0;
const uri = (): string => `${workspaceRoot}nav-${counter++}.journey`;

beforeAll(async () => {
    ws = await TestWorkspace.of(exampleTexts());
});

describe('go to definition', () => {
    it('goes from a persona in by to its declaration in the same file', async () => {
        await expectGoToDefinition(ws.services)({
            text: 'persona <|ewa|>\njourney j { for ewa stage s { step a { by e<|>wa } } }',
            index: 0, rangeIndex: 0, disposeAfterCheck: true, parseOptions: { documentUri: uri() }
        });
    });

    it('goes through an import to the declaring file', async () => {
        const document = ws.doc('bank-onboarding.journey');
        const offset = ws.offsetOf('bank-onboarding.journey', 'at form', 0, 4);
        const links = await ws.services.lsp.DefinitionProvider!.getDefinition(document, { textDocument: { uri: document.uri.toString() }, position: ws.position('bank-onboarding.journey', offset) });
        expect(links).toHaveLength(1);
        expect(links![0].targetUri).toBe(`${workspaceRoot}bank-people.journey`);
        const target = ws.doc('bank-people.journey').textDocument.getText(links![0].targetSelectionRange);
        expect(target).toBe('form');
    });

    it('goes from -> to the step of the journey', async () => {
        await expectGoToDefinition(ws.services)({
            text: 'persona p\njourney j { for p stage s { step a { -> <|>b } step <|b|> { } } }',
            index: 0, rangeIndex: 0, disposeAfterCheck: true, parseOptions: { documentUri: uri() }
        });
    });

    it('finds nothing on a keyword or a string', async () => {
        const document = ws.doc('bank-people.journey');
        for (const needle of ['persona anna', '"Anna']) {
            const offset = ws.offsetOf('bank-people.journey', needle, 0, 1);
            const links = await ws.services.lsp.DefinitionProvider!.getDefinition(document, { textDocument: { uri: document.uri.toString() }, position: ws.position('bank-people.journey', offset) });
            expect(links ?? []).toEqual([]);
        }
    });
});

describe('find references and highlights', () => {
    it('finds every use of a persona in the file, with the declaration', async () => {
        await expectFindReferences(ws.services)({
            text: 'persona <|ew<|>a|>\npersona piotr\njourney j { for <|ewa|>, piotr stage s { step a { by <|ewa|> emotion <|ewa|> 1 } step b { by piotr } } }',
            includeDeclaration: true, disposeAfterCheck: true, parseOptions: { documentUri: uri() }
        });
    });

    it('finds the uses of an imported declaration across files', async () => {
        const document = ws.doc('bank-people.journey');
        const offset = ws.offsetOf('bank-people.journey', 'persona anna', 0, 9);
        const references = await ws.services.lsp.ReferencesProvider!.findReferences(document, {
            textDocument: { uri: document.uri.toString() }, position: ws.position('bank-people.journey', offset), context: { includeDeclaration: false }
        });
        const perFile = new Map<string, number>();
        references.forEach(location => perFile.set(location.uri.slice(workspaceRoot.length), (perFile.get(location.uri.slice(workspaceRoot.length)) ?? 0) + 1));
        // Today's map: for, 5 × by anna and two per-persona emotions; the future map: for and 4 × by anna.
        expect(Object.fromEntries(perFile)).toEqual({ 'bank-onboarding.journey': 8, 'bank-future.journey': 5 });
    });

    it('highlights the uses of a step in its journey', async () => {
        await expectHighlight(ws.services)({
            text: 'persona p\njourney j { for p stage s { step <|a<|>|> { -> b } step b { -> <|a|> } } }',
            index: 0, rangeIndex: [0, 1], disposeAfterCheck: true, parseOptions: { documentUri: uri() }
        });
    });
});

describe('hover', () => {
    const hoverAt = async (name: string, needle: string, delta: number): Promise<string> => {
        const document = ws.doc(name);
        const hover = await ws.services.lsp.HoverProvider!.getHoverContent(document, {
            textDocument: { uri: document.uri.toString() }, position: ws.position(name, ws.offsetOf(name, needle, 0, delta))
        });
        const contents = hover?.contents;
        return contents && typeof contents === 'object' && 'value' in contents ? contents.value : '';
    };

    it('shows a persona\'s label, segment and needs, also from a reference in another file', async () => {
        const text = await hoverAt('bank-onboarding.journey', 'for anna', 5);
        expect(text).toContain('Anna, 34, opens her first account online');
        expect(text).toContain('digital first');
        expect(text).toContain('Open an account in one sitting');
        expect(text).toContain('No branch visit');
    });

    it('shows a touchpoint\'s channel and owner', async () => {
        const text = await hoverAt('bank-onboarding.journey', 'at form', 4);
        expect(text).toMatch(/Channel:\*\* `web` — Website/);
        expect(text).toMatch(/Owner:\*\* `sales` — Sales/);
    });

    it('shows a metric\'s target, actual and whether it is met', async () => {
        const missed = await hoverAt('bank-onboarding.journey', 'metric dropoff', 8);
        expect(missed).toContain('<= 20 %');
        expect(missed).toContain('41 %');
        expect(missed).toContain('no ✗');
        const met = await hoverAt('bank-people.journey', 'metric csat', 8);
        expect(met).toContain('yes ✓');
    });

    it('shows a step\'s resolved actors and successors', async () => {
        const welcome = await hoverAt('bank-onboarding.journey', 'step welcome', 6);
        expect(welcome).toContain('`anna`, `marek` _(every persona of `for`)_');
        const fill = await hoverAt('bank-onboarding.journey', 'step fill', 6);
        expect(fill).toContain('**Next:** `verify` 62%, `call` 23% (stuck on a field), `abandon` 15% (gives up)');
        const choose = await hoverAt('clinic-paths.journey', 'step choose', 6);
        expect(choose).toContain('**Next:** `book-online` _for ola_, `call-desk` 80% _for jan_, `give-up` 30% (line busy) _for jan_');
        const ask = await hoverAt('bank-onboarding.journey', 'step ask', 6);
        expect(ask).toContain('**Next:** `sign`');
        expect(welcome).toContain('**Emotion:** `anna` +2 relieved; `marek` -1 confused by the app');
        const future = await hoverAt('bank-future.journey', 'step welcome', 6);
        expect(future).toContain('**Emotion:** `anna` +2 relieved; `marek` +1 guided');
        const abandon = await hoverAt('bank-onboarding.journey', 'step abandon', 6);
        expect(abandon).toContain('the path ends here');
    });

    it('shows an arrow\'s share and who takes it, on its arrow, share or label', async () => {
        for (const [needle, delta] of [['-> call-desk 80%', 0], ['-> call-desk 80%', 13], ['-> give-up 30% "line busy"', 16]] as const) {
            const text = await hoverAt('clinic-paths.journey', needle, delta);
            expect(text, needle).toMatch(/^\*\*arrow\*\* `choose` → `(call-desk|give-up)`/);
            expect(text, needle).toContain('**Taken by:** `jan` _(its `for`)_');
        }
        expect(await hoverAt('clinic-paths.journey', '-> call-desk 80%', 13)).toContain('**Share:** 80% of the customers at `choose` go this way');
        expect(await hoverAt('bank-onboarding.journey', '-> call 23%', 1)).toContain('**Taken by:** `anna` _(every actor without an arrow of its own)_');
    });

    it('says when no actor takes an arrow', async () => {
        expect(await hoverAt('clinic-paths.journey', '-> confirm for jan', 1)).toContain('**Taken by:** nobody');
    });

    it('shows the arrow and then its step on the arrow\'s target, and the persona on a name in its for', async () => {
        const target = await hoverAt('bank-onboarding.journey', '-> verify 62%', 4);
        expect(target).toMatch(/^\*\*arrow\*\* `fill` → `verify`[\s\S]*\*\*step\*\* `verify`/);
        expect(await hoverAt('clinic-paths.journey', '-> book-online for ola', 20)).toContain('**persona** `ola`');
    });

    it('shows a pain\'s severity and an opportunity\'s impact and effort, with what they mean', async () => {
        expect(await hoverAt('bank-onboarding.journey', 'pain "Asked', 2)).toContain('**Severity:** 4 of 5 (severe: many give up or ask for help)');
        const opportunity = await hoverAt('bank-onboarding.journey', 'impact 4 effort 1', 2);
        expect(opportunity).toContain('**Impact:** 4 of 5 (strong)');
        expect(opportunity).toContain('**Effort:** 1 of 5 (cheap: a quick change)');
        expect(await hoverAt('clinic-paths.journey', 'impact 7', 7)).toContain('**Impact:** 7 _(out of range: 1 to 5)_');
        expect(await hoverAt('bank-future.journey', 'emotion 1 "quick"', 2)).not.toContain('Severity');
    });

    it('explains a keyword, and says nothing on a string', async () => {
        await expectHover(ws.services)({ text: 'persona p\njourney j { for p stage s { step a { e<|>motion 1 } } }', index: 0, hover: /how the acting personas feel/, disposeAfterCheck: true, parseOptions: { documentUri: uri() } });
        await expectHover(ws.services)({ text: 'persona p "La<|>bel"', index: 0, hover: undefined, disposeAfterCheck: true, parseOptions: { documentUri: uri() } });
    });
});

describe('symbols', () => {
    it('outlines declarations and journey > stages > steps', async () => {
        await expectSymbols(ws.services)({
            text: 'persona p "P"\nchannel web\njourney j "J" { for p stage s { step a "A" { } step b { } } stage t { step c { } } }',
            disposeAfterCheck: true, parseOptions: { documentUri: uri() },
            assert: (symbols: DocumentSymbol[]) => {
                const outline = (list: DocumentSymbol[] | undefined): unknown => (list ?? []).map(s => s.children ? [s.name, outline(s.children)] : s.name);
                expect(outline(symbols)).toEqual(['p', 'web', ['j', [['s', ['a', 'b']], ['t', ['c']]]]]);
                expect(symbols[0]).toMatchObject({ kind: SymbolKind.Class, detail: 'P' });
                expect(symbols[2].kind).toBe(SymbolKind.Namespace);
            }
        });
    });

    it('lists the declarations and journeys of the workspace, not the steps', async () => {
        const symbols = await ws.services.shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query: 'anna' });
        expect(symbols.map(s => s.name)).toContain('anna');
        const all = await ws.services.shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query: '' });
        const names = all.map(s => s.name);
        expect(names).toEqual(expect.arrayContaining(['onboarding', 'claim', 'zofia', 'kyc', 'dropoff']));
        expect(names).not.toContain('fill');
    });
});

describe('folding', () => {
    it('folds journeys, stages, multi-line declarations and steps, not one-line steps', async () => {
        await expectFoldings(ws.services)({
            text: '<|persona p {\n  need "x"|>\n}\n<|journey j {\n  for p\n  <|stage s {\n    <|step a {\n      by p|>\n    }\n    step b { }|>\n  }|>\n}\n',
            disposeAfterCheck: true, parseOptions: { documentUri: uri() }
        });
    });
});
