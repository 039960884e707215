import { expectCompletion } from 'langium/test';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompletionItem, CompletionList } from 'vscode-languageserver';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver';
import type { JourneyCompletionProvider } from '../../src/lsp/journey-completion-provider.js';
import { exampleTexts, TestWorkspace, workspaceRoot } from './lsp-test-services.js';

let ws: TestWorkspace;
let counter = 0;

beforeAll(async () => {
    ws = await TestWorkspace.of(exampleTexts());
});

/** Completion labels at `<|>` in a new file of the examples' folder (so imports resolve). */
async function labelsAt(text: string, filter?: (item: CompletionItem) => boolean): Promise<string[]> {
    let labels: string[] = [];
    await expectCompletion(ws.services)({
        text,
        index: 0,
        parseOptions: { documentUri: `${workspaceRoot}completion-${counter++}.journey` },
        disposeAfterCheck: true,
        assert: (list: CompletionList) => {
            labels = list.items.filter(item => !filter || filter(item)).map(item => item.label);
        }
    });
    return labels;
}

const notSnippet = (item: CompletionItem): boolean => item.kind !== CompletionItemKind.Snippet;
const references = (item: CompletionItem): boolean => item.kind !== CompletionItemKind.Keyword && item.kind !== CompletionItemKind.Snippet;

const bank = (body: string, header = 'for anna'): string => `import "bank-people.journey"
persona zed "Not in the journey"
journey j {
  ${header}
  stage s {
    step a { by anna }
    step b {
      ${body}
    }
  }
}
`;

describe('completion', () => {
    it('offers the step properties inside a step', async () => {
        const labels = await labelsAt(bank('<|>'), notSnippet);
        for (const keyword of ['by', 'at', 'via', 'emotion', 'need', 'thinks', 'pain', 'opportunity', 'metric', 'owner', 'moment-of-truth', 'frontstage', 'backstage', 'support', 'evidence', 'end', '}']) {
            if (keyword !== '}') {
                expect(labels).toContain(keyword);
            }
        }
        // Not the keywords of other places.
        for (const keyword of ['persona', 'journey', 'stage', 'segment', 'unit', 'target', 'indirect', 'kind', 'for', 'import']) {
            expect(labels).not.toContain(keyword);
        }
    });

    it('does not offer a second by, at or end in a step that has one', async () => {
        const labels = await labelsAt(bank('by anna\n      at form\n      end\n      <|>'), notSnippet);
        expect(labels).not.toContain('by');
        expect(labels).not.toContain('at');
        expect(labels).not.toContain('end');
        expect(labels).toContain('emotion');
        expect(labels).toContain('via');
    });

    it('offers after by only the personas of the journey\'s for', async () => {
        expect(await labelsAt(bank('by <|>'), references)).toEqual(['anna']);
        expect(await labelsAt(bank('by <|>', 'for anna, marek'), references)).toEqual(['anna', 'marek']);
        // zed is visible but not in `for`; nothing else than personas either.
        expect(await labelsAt(bank('by <|>', 'for anna, marek'), references)).not.toContain('zed');
    });

    it('does not offer a persona already listed in the same by', async () => {
        expect(await labelsAt(bank('by anna, <|>', 'for anna, marek'), references)).toEqual(['marek']);
    });

    it('offers after at the touchpoints the file sees, and nothing else', async () => {
        const labels = await labelsAt(bank('at <|>'), references);
        expect(labels.sort()).toEqual(['ad', 'advisor', 'form', 'hotline', 'kyc', 'mobile', 'reviews']);
    });

    it('offers after via the channels, after owner the teams, after metric the metrics', async () => {
        expect((await labelsAt(bank('via <|>'), references)).sort()).toEqual(['app', 'branch', 'phone', 'web']);
        expect((await labelsAt(bank('owner <|>'), references)).sort()).toEqual(['compliance', 'sales', 'service']);
        expect((await labelsAt(bank('metric <|>'), references)).sort()).toEqual(['csat', 'dropoff']);
    });

    it('offers after -> the steps of this journey only', async () => {
        const text = `persona p
journey other { for p stage x { step elsewhere { } } }
`;
        const labels = await labelsAt(bank('-> <|>') + text, references);
        expect(labels.sort()).toEqual(['a', 'b']);
        expect(labels).not.toContain('elsewhere');
    });

    it('offers only what the file sees: imports are not transitive', async () => {
        const labels = await labelsAt('import "bank-onboarding.journey"\ntouchpoint t { via <|> }', references);
        expect(labels).toEqual([]);
    });

    it('offers after an arrow\'s for only the step\'s actors, not those already listed', async () => {
        const step = (props: string) => bank(props, 'for anna, marek');
        expect(await labelsAt(step('by anna\n      -> a for <|>'), references)).toEqual(['anna']);
        expect((await labelsAt(step('-> a for <|>'), references)).sort()).toEqual(['anna', 'marek']);
        expect(await labelsAt(step('-> a 40% "x" for marek, <|>'), references)).toEqual(['anna']);
    });

    it('offers severity after a pain\'s text, impact and effort after an opportunity\'s, each once', async () => {
        expect(await labelsAt(bank('pain "slow" <|>'), notSnippet)).toContain('severity');
        expect(await labelsAt(bank('pain "slow" severity 2 <|>'), notSnippet)).not.toContain('severity');
        const opportunity = await labelsAt(bank('opportunity "faster" <|>'), notSnippet);
        expect(opportunity).toEqual(expect.arrayContaining(['impact', 'effort']));
        const withImpact = await labelsAt(bank('opportunity "faster" impact 3 <|>'), notSnippet);
        expect(withImpact).toContain('effort');
        expect(withImpact).not.toContain('impact');
        // Not after other step properties: the scales belong to a pain or an opportunity.
        expect(await labelsAt(bank('need "x" <|>'), notSnippet)).not.toContain('severity');
    });

    it('offers the values 1 to 5 with their meaning after severity, impact and effort', async () => {
        for (const [scale, first] of [['pain "x" severity', /minor/], ['opportunity "x" impact', /small/], ['opportunity "x" effort', /cheap/]] as const) {
            let items: CompletionItem[] = [];
            await expectCompletion(ws.services)({
                text: bank(`${scale} <|>`), index: 0, disposeAfterCheck: true,
                parseOptions: { documentUri: `${workspaceRoot}completion-${counter++}.journey` },
                assert: list => { items = list.items.filter(item => item.kind === CompletionItemKind.Value); }
            });
            expect(items.map(item => item.label), scale).toEqual(['1', '2', '3', '4', '5']);
            expect(items[0].detail, scale).toMatch(first);
        }
    });

    it('offers after baseline the journeys of the files imported directly, and no other', async () => {
        const text = 'import "bank-people.journey"\nimport "bank-onboarding.journey"\njourney next { for anna baseline <|> stage s { step a { } } }';
        expect(await labelsAt(text, references)).toEqual(['onboarding']);
        expect(await labelsAt('import "bank-people.journey"\njourney next { for anna baseline <|> }', references)).toEqual([]);
        // One baseline per journey.
        expect(await labelsAt('import "bank-people.journey"\njourney next { for anna <|> }', notSnippet)).toContain('baseline');
        expect(await labelsAt('import "bank-onboarding.journey"\njourney next { baseline onboarding <|> }', notSnippet)).not.toContain('baseline');
    });

    it('never offers the soft keywords where a name is written', async () => {
        expect(await labelsAt('persona <|>', notSnippet)).toEqual([]);
        expect(await labelsAt(bank('by <|>'), notSnippet)).toEqual(['anna']);
    });

    it('offers emotion scores with their meaning', async () => {
        let items: CompletionItem[] = [];
        await expectCompletion(ws.services)({
            text: bank('emotion <|>'), index: 0, disposeAfterCheck: true,
            parseOptions: { documentUri: `${workspaceRoot}completion-${counter++}.journey` },
            assert: list => { items = list.items; }
        });
        const values = items.filter(item => item.kind === CompletionItemKind.Value);
        expect(values.map(item => item.label)).toEqual(['-3', '-2', '-1', '0', '+1', '+2', '+3']);
        expect(values[0].detail).toMatch(/very negative/);
        // A per-persona emotion names a persona of `for`, not any persona.
        const personas = items.filter(item => item.kind === CompletionItemKind.Class).map(item => item.label);
        expect(personas).toEqual(['anna']);
    });

    it('offers channel kinds, journey kinds and metric operators', async () => {
        expect((await labelsAt('channel c { <|> }', notSnippet)).sort()).toEqual(['digital', 'physical', '}'].filter(l => l !== '}').concat([]).sort());
        expect(await labelsAt('persona p\njourney j { kind <|> }', notSnippet)).toEqual(expect.arrayContaining(['current', 'future', 'day', 'blueprint']));
        expect((await labelsAt('metric m { target <|> }')).sort()).toEqual(['<', '<=', '=', '>', '>='].sort());
    });

    it('offers snippets for persona, touchpoint, stage and step', async () => {
        const snippets = async (text: string): Promise<CompletionItem[]> => {
            let items: CompletionItem[] = [];
            await expectCompletion(ws.services)({
                text, index: 0, disposeAfterCheck: true,
                parseOptions: { documentUri: `${workspaceRoot}completion-${counter++}.journey` },
                assert: list => { items = list.items.filter(item => item.kind === CompletionItemKind.Snippet); }
            });
            return items;
        };
        const top = await snippets('import "bank-people.journey"\n<|>');
        expect(top.map(item => item.label).sort()).toEqual(['persona', 'touchpoint']);
        expect(top.every(item => item.insertTextFormat === InsertTextFormat.Snippet)).toBe(true);
        expect(top.find(item => item.label === 'touchpoint')!.insertText).toContain('via ${2|web,app,branch,phone|}');
        expect((await snippets('persona p\njourney j { for p <|> }')).map(item => item.label)).toEqual(['stage']);
        const step = await snippets('import "bank-people.journey"\njourney j { for anna, marek stage s { <|> } }');
        expect(step.map(item => item.label)).toEqual(['step']);
        expect(step[0].insertText).toContain('by ${3|anna,marek|}');
    });

    it('offers the top-level keywords at the start of a file and nothing inside strings\' places', async () => {
        const labels = await labelsAt('<|>', notSnippet);
        expect(labels.sort()).toEqual(['channel', 'import', 'journey', 'metric', 'persona', 'team', 'touchpoint']);
    });

    it('answers the same whether it parses a window or the whole text', async () => {
        const provider = ws.services.lsp.CompletionProvider as JourneyCompletionProvider;
        const window = (provider as unknown as { window: { threshold: number } }).window;
        for (const name of ['bank-onboarding.journey', 'car-claim.journey', 'broken.journey', 'clinic-paths.journey', 'bank-future.journey']) {
            const document = ws.doc(name);
            const text = document.textDocument.getText();
            for (let offset = 0; offset <= text.length; offset += 7) {
                const position = document.textDocument.positionAt(offset);
                const params = { textDocument: { uri: document.uri.toString() }, position };
                window.threshold = Number.MAX_SAFE_INTEGER;
                const whole = (await provider.getCompletion(document, params))?.items.map(item => `${item.kind} ${item.label}`).sort();
                window.threshold = 0;
                const windowed = (await provider.getCompletion(document, params))?.items.map(item => `${item.kind} ${item.label}`).sort();
                expect(windowed, `${name} at ${position.line + 1}:${position.character + 1}`).toEqual(whole);
            }
        }
    });
});
