import { applyMapChanges, joinSvgParts, RenderMapResultSchema, type DrawnMap, type RenderMapResult } from '@journey-maps/model';
import { CancellationTokenSource } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { createMapAnswer } from '../../src/server/render-map-handler.js';
import { exampleTexts, TestWorkspace, uriOf } from '../lsp/lsp-test-services.js';

const texts = exampleTexts();
const NAME = 'bank-onboarding.journey';

/** The server's map answer for bank-onboarding, asked as the extension asks (with the map it holds), after edits of the file. */
async function server() {
    const workspace = await TestWorkspace.of({ 'bank-people.journey': texts.get('bank-people.journey')!, [NAME]: texts.get(NAME)! });
    const answer = createMapAnswer(workspace.services);
    return {
        async map(base?: string): Promise<RenderMapResult> {
            return RenderMapResultSchema.parse(await answer({ uri: uriOf(NAME).toString(), ...(base ? { base } : {}) }, new CancellationTokenSource().token));
        },
        async edit(change: (text: string) => string): Promise<void> {
            await workspace.set(new Map([[NAME, change(workspace.text(NAME))]]));
        }
    };
}

function whole(result: RenderMapResult): DrawnMap {
    if (result.status !== 'ok') throw new Error(`expected the whole map, got ${result.status}`);
    return result;
}

const relabel = (t: string) => t.replace('"Calls the help line"', '"Calls the help desk"');

describe('journey/renderMap to a client that holds an earlier map', () => {
    it('answers a label edit with the one part that changed, which gives the client exactly the whole new map', async () => {
        const s = await server();
        const first = whole(await s.map());
        await s.edit(relabel);
        const answer = await s.map(first.mapId);
        if (answer.status !== 'changes') throw new Error(`expected changes, got ${answer.status}`);
        expect(answer.base).toBe(first.mapId);
        expect(answer.parts).toEqual([expect.objectContaining({ op: 'replace', part: expect.objectContaining({ key: 'step:call' }) })]);
        expect(JSON.stringify(answer.parts)).toContain('Calls the help desk');
        // The answer is a small part of the map it stands for.
        expect(JSON.stringify(answer).length * 10).toBeLessThan(JSON.stringify(first).length);
        const rebuilt = applyMapChanges(first, answer)!;
        const fresh = whole(await s.map());
        expect(joinSvgParts(rebuilt.parts)).toBe(joinSvgParts(fresh.parts));
        expect({ ...rebuilt, mapId: '' }).toEqual({ ...fresh, mapId: '' });
        expect(rebuilt.version).toBe(2);
    });

    it('sends the other fields only when they changed: a label edit changes the insights, not the personas or lanes', async () => {
        const s = await server();
        const first = whole(await s.map());
        await s.edit((t) => t.replace('"Calls the help line"', '"Calls the help line" '));
        const same = await s.map(first.mapId);
        expect(same).toMatchObject({ status: 'changes', parts: [], fields: {} });
        await s.edit(relabel);
        const relabelled = await s.map(same.status === 'changes' ? same.mapId : '');
        if (relabelled.status !== 'changes') throw new Error(`expected changes, got ${relabelled.status}`);
        expect(Object.keys(relabelled.fields)).not.toContain('personas');
        expect(Object.keys(relabelled.fields)).not.toContain('lanes');
    });

    it('answers a client that holds no map, or names one the server does not have, with the whole map', async () => {
        const s = await server();
        const first = whole(await s.map());
        await s.edit(relabel);
        expect((await s.map()).status).toBe('ok');
        expect((await s.map('1234abcd.1')).status).toBe('ok');
        // A base from long ago: the server keeps only the last few answers.
        for (let i = 0; i < 4; i++) await s.map();
        expect((await s.map(first.mapId)).status).toBe('ok');
    });

    it('answers a new lane item as one part inserted in its lane, and a new title (the map\'s root) with the whole map', async () => {
        const s = await server();
        const first = whole(await s.map());
        await s.edit((t) => t.replace('need "Someone to explain the fees"', 'need "Someone to explain the fees"\n      thinks "Will they rush me?"'));
        const answer = await s.map(first.mapId);
        if (answer.status !== 'changes') throw new Error(`expected changes, got ${answer.status}`);
        expect(answer.parts).toEqual([expect.objectContaining({ op: 'insert', parent: 'lane:thinks', before: null, part: expect.objectContaining({ key: 'item:thinks:ask:0' }) })]);
        await s.edit((t) => t.replace('"Open a current account"', '"Open a savings account"'));
        expect((await s.map(answer.mapId)).status).toBe('ok');
    });

    it('answers with the whole map when the map changed too much to patch: a new step widens it', async () => {
        const s = await server();
        const first = whole(await s.map());
        await s.edit((t) => t.replace('  stage apply "Apply" {', '  stage apply "Apply" {\n    step compare "Compares two offers" {\n      by anna\n      at reviews\n      emotion 0\n    }'));
        expect((await s.map(first.mapId)).status).toBe('ok');
    });

    it('answers changes against the last map drawn, not the broken text between: errors keep the client on its map', async () => {
        const s = await server();
        const first = whole(await s.map());
        await s.edit((t) => t.replace('"Calls the help line"', '"Calls the help line'));
        expect((await s.map(first.mapId)).status).toBe('errors');
        await s.edit((t) => t.replace('"Calls the help line', '"Calls the help desk"'));
        const answer = await s.map(first.mapId);
        expect(answer.status).toBe('changes');
        expect(applyMapChanges(first, answer as Extract<RenderMapResult, { status: 'changes' }>)).toBeDefined();
    });
});
