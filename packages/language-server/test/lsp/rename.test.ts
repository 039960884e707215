import { AstUtils, GrammarUtils, type AstNode } from 'langium';
import { beforeAll, describe, expect, it } from 'vitest';
import { ResponseError } from 'vscode-languageserver';
import { exampleTexts, TestWorkspace } from './lsp-test-services.js';

const renameableTypes = new Set(['Persona', 'Channel', 'Touchpoint', 'Team', 'Metric', 'Journey', 'Stage', 'Step']);

async function rename(ws: TestWorkspace, name: string, offset: number, newName: string) {
    const document = ws.doc(name);
    return ws.services.lsp.RenameProvider!.rename(document, { textDocument: { uri: document.uri.toString() }, position: ws.position(name, offset), newName });
}

async function renameError(ws: TestWorkspace, name: string, offset: number, newName: string): Promise<string> {
    try {
        await rename(ws, name, offset, newName);
    } catch (error) {
        expect(error).toBeInstanceOf(ResponseError);
        return (error as Error).message;
    }
    throw new Error(`renaming to '${newName}' was accepted`);
}

describe('rename', () => {
    let ws: TestWorkspace;
    beforeAll(async () => {
        ws = await TestWorkspace.of(exampleTexts());
    });

    it('renames an imported persona in the declaring file and every importer', async () => {
        const edit = await rename(ws, 'bank-onboarding.journey', ws.offsetOf('bank-onboarding.journey', 'for anna', 0, 4), 'ania');
        const texts = ws.applied(edit!);
        expect([...texts.keys()].sort()).toEqual(['bank-future.journey', 'bank-onboarding.journey', 'bank-people.journey']);
        expect(texts.get('bank-people.journey')).toContain('persona ania "Anna, 34');
        expect(texts.get('bank-onboarding.journey')).not.toMatch(/\banna\b/);
        expect(texts.get('bank-onboarding.journey')).toContain('emotion ania 2 "relieved"');
        expect(texts.get('bank-future.journey')).toContain('for ania, marek');
        expect(texts.get('bank-future.journey')).not.toMatch(/\banna\b/);
    });

    it('renames a step with its -> targets, and a stage', async () => {
        const edit = await rename(ws, 'bank-onboarding.journey', ws.offsetOf('bank-onboarding.journey', 'step fill', 0, 6), 'complete-form');
        const text = ws.applied(edit!).get('bank-onboarding.journey')!;
        expect(text).toContain('step complete-form "Fills in');
        expect(text).toContain('-> complete-form "back to the form"');
        const stage = await rename(ws, 'sklep-pl.journey', ws.offsetOf('sklep-pl.journey', 'stage wybór', 0, 6), 'przegląd');
        expect(ws.applied(stage!).get('sklep-pl.journey')).toContain('stage przegląd "Wybór"');
    });

    it('renames a persona named in an arrow\'s for, everywhere it is named', async () => {
        const edit = await rename(ws, 'clinic-paths.journey', ws.offsetOf('clinic-paths.journey', '-> call-desk 80% for jan', 0, 21), 'jana');
        const text = ws.applied(edit!).get('clinic-paths.journey')!;
        expect(text).toContain('persona jana "Jan, phones in"');
        expect(text).toContain('-> give-up 30% "line busy" for jana');
        expect(text).toContain('-> confirm for jana');
        expect(text).not.toMatch(/\bjan\b/);
    });

    it('renames a journey from the baseline that names it, in both files', async () => {
        const edit = await rename(ws, 'bank-future.journey', ws.offsetOf('bank-future.journey', 'baseline onboarding', 0, 10), 'onboarding-today');
        const texts = ws.applied(edit!);
        expect(texts.get('bank-future.journey')).toContain('baseline onboarding-today\n');
        expect(texts.get('bank-onboarding.journey')).toContain('journey onboarding-today "Open a current account"');
    });

    it('refuses a journey name that an importer\'s baseline would then see twice', async () => {
        const three = await TestWorkspace.of({
            'a.journey': 'persona p\njourney a { for p stage s { step x { emotion 1 } } }',
            'b.journey': 'persona q\njourney b { for q stage s { step x { emotion 1 } } }',
            'c.journey': 'import "a.journey"\nimport "b.journey"\njourney c { kind future baseline a for p stage s { step x { emotion 1 } } }'
        });
        expect(await renameError(three, 'b.journey', three.offsetOf('b.journey', 'journey b', 0, 8), 'a')).toMatch(/journey named 'a' is already imported into c.journey/);
    });

    it('accepts the words 1.1 added as new names: they are keywords only where the grammar expects them', async () => {
        const at = ws.offsetOf('bank-people.journey', 'persona anna', 0, 9);
        for (const soft of ['impact', 'effort', 'severity', 'baseline']) {
            expect(await rename(ws, 'bank-people.journey', at, soft), soft).toBeDefined();
        }
        const soft = await TestWorkspace.of({ 'soft.journey': 'persona impact\njourney j { for impact stage s { step effort { by impact emotion 1 } } }' });
        const edit = await rename(soft, 'soft.journey', soft.offsetOf('soft.journey', 'by impact', 0, 3), 'effect');
        expect(soft.applied(edit!).get('soft.journey')).toBe('persona effect\njourney j { for effect stage s { step effort { by effect emotion 1 } } }');
    });

    it('refuses a name that is not an identifier, or is a keyword', async () => {
        const at = ws.offsetOf('bank-people.journey', 'persona anna', 0, 9);
        expect(await renameError(ws, 'bank-people.journey', at, 'two words')).toMatch(/not a valid name/);
        expect(await renameError(ws, 'bank-people.journey', at, '9lives')).toMatch(/not a valid name/);
        expect(await renameError(ws, 'bank-people.journey', at, '')).toMatch(/not a valid name/);
        expect(await renameError(ws, 'bank-people.journey', at, 'for')).toMatch(/'for' is a keyword/);
        expect(await renameError(ws, 'bank-people.journey', at, 'moment-of-truth')).toMatch(/keyword/);
        // Names that merely start with a keyword, and Unicode names, are fine.
        for (const fine of ['format', 'stage2', 'end-user', 'анна', 'zażółć']) {
            expect(await rename(ws, 'bank-people.journey', at, fine)).toBeDefined();
        }
    });

    it('refuses a clash with a same-kind name that a file seeing the thing already sees', async () => {
        const anna = ws.offsetOf('bank-people.journey', 'persona anna', 0, 9);
        expect(await renameError(ws, 'bank-people.journey', anna, 'marek')).toMatch(/persona named 'marek' is already visible/);
        // A channel may share a name with a persona.
        expect(await rename(ws, 'bank-people.journey', ws.offsetOf('bank-people.journey', 'channel web', 0, 8), 'anna')).toBeDefined();
        // Steps clash within their journey; stages too.
        expect(await renameError(ws, 'bank-onboarding.journey', ws.offsetOf('bank-onboarding.journey', 'step fill', 0, 6), 'verify')).toMatch(/step named 'verify' already exists in journey 'onboarding'/);
        expect(await renameError(ws, 'bank-onboarding.journey', ws.offsetOf('bank-onboarding.journey', 'stage use', 0, 6), 'apply')).toMatch(/stage named 'apply'/);
    });

    it('prepareRename answers the name\'s range on names and refuses keywords', async () => {
        const document = ws.doc('bank-onboarding.journey');
        const params = (offset: number) => ({ textDocument: { uri: document.uri.toString() }, position: ws.position('bank-onboarding.journey', offset) });
        const range = await ws.services.lsp.RenameProvider!.prepareRename(document, params(ws.offsetOf('bank-onboarding.journey', 'by marek', 0, 5)));
        expect(range && document.textDocument.getText(range)).toBe('marek');
        await expect(Promise.resolve().then(() => ws.services.lsp.RenameProvider!.prepareRename(document, params(ws.offsetOf('bank-onboarding.journey', 'by marek', 0, 1))))).rejects.toThrow(/'by' is a keyword/);
        expect(await ws.services.lsp.RenameProvider!.prepareRename(document, params(ws.offsetOf('bank-onboarding.journey', '"Decide', 0, 3)))).toBeUndefined();
    });

    it('renaming any name of the examples never leaves a file with more errors', async () => {
        const texts = exampleTexts();
        const base = await TestWorkspace.of(texts);
        const before = base.errorCounts();
        const targets: Array<{ file: string; offset: number; name: string }> = [];
        for (const [file, document] of base.documents) {
            for (const node of AstUtils.streamAst(document.parseResult.value)) {
                const named = node as AstNode & { name?: string };
                const nameNode = renameableTypes.has(node.$type) && named.name ? GrammarUtils.findNodeForProperty(node.$cstNode, 'name') : undefined;
                if (nameNode) {
                    targets.push({ file, offset: nameNode.offset, name: named.name! });
                }
            }
        }
        expect(targets.length).toBeGreaterThan(60);
        let renamed = 0;
        for (const target of targets) {
            const edit = await rename(base, target.file, target.offset, `${target.name}-renamed`);
            const changed = base.applied(edit!);
            expect(changed.get(target.file), `${target.file}: ${target.name}`).toContain(`${target.name}-renamed`);
            const after = await TestWorkspace.of(new Map([...texts, ...changed]));
            for (const [file, count] of after.errorCounts()) {
                expect(count, `renaming ${target.name} in ${target.file}: errors in ${file}`).toBeLessThanOrEqual(before.get(file)!);
            }
            renamed++;
        }
        expect(renamed).toBe(targets.length);
    }, 120_000);
});
