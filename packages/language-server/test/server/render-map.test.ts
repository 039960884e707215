import { joinSvgParts, RenderMapMethod, RenderMapResultSchema, type RenderMapResult } from '@journey-maps/model';
import { CancellationTokenSource, type Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { registerRenderMapHandler } from '../../src/server/render-map-handler.js';
import { exampleTexts, TestWorkspace, uriOf } from '../lsp/lsp-test-services.js';

type Handler = (params: unknown, token: CancellationTokenSource['token']) => Promise<RenderMapResult>;

/** The server's services with the preview's request handler, called the way the client calls it. */
async function server(files: Record<string, string>) {
    const workspace = new TestWorkspace();
    let handler: Handler | undefined;
    const connection = { onRequest: (type: { method: string }, h: Handler) => { expect(type.method).toBe(RenderMapMethod); handler = h; } } as unknown as Connection;
    registerRenderMapHandler(connection, workspace.services);
    await workspace.set(new Map(Object.entries(files)));
    return {
        workspace,
        async render(name: string): Promise<RenderMapResult> {
            return RenderMapResultSchema.parse(await handler!({ uri: uriOf(name).toString() }, new CancellationTokenSource().token));
        }
    };
}

const texts = exampleTexts();
const example = (name: string) => texts.get(name)!;

describe('the preview request', () => {
    it('answers a valid journey with its drawn map and where each step is written', async () => {
        const s = await server({ 'bank-people.journey': example('bank-people.journey'), 'bank-onboarding.journey': example('bank-onboarding.journey') });
        const result = await s.render('bank-onboarding.journey');
        if (result.status !== 'ok') {
            throw new Error(`expected a map, got ${result.status}`);
        }
        expect(result).toMatchObject({ journeyId: 'onboarding', title: 'Open a current account', version: 1 });
        expect(result.personas).toEqual([{ id: 'anna', label: 'Anna, 34, opens her first account online' }, { id: 'marek', label: 'Marek, 61, trusts the branch' }]);
        const svg = joinSvgParts(result.parts);
        for (const step of ['search', 'ask', 'fill', 'call', 'abandon', 'verify', 'sign', 'welcome']) {
            expect(svg).toContain(`data-ref="step:${step}"`);
            expect(result.sourceMap[`step:${step}`]).toBeDefined();
        }
        expect(result.sourceMap['step:fill'].start).toEqual({ line: 29, character: 4 });
        expect(result.lanes.map(lane => lane.id)).toContain('emotions');
        expect(result.warnings).toEqual([]);
    });

    it('keys its source map by the data-refs the map draws, so every click on a step, stage or the journey finds its text', async () => {
        const s = await server({ 'bank-people.journey': example('bank-people.journey'), 'bank-onboarding.journey': example('bank-onboarding.journey') });
        const result = await s.render('bank-onboarding.journey');
        if (result.status !== 'ok') {
            throw new Error(`expected a map, got ${result.status}`);
        }
        const drawn = new Set([...joinSvgParts(result.parts).matchAll(/data-ref="((?:step|stage|journey):[^"]*)"/g)].map(m => m[1]));
        expect(drawn.size).toBeGreaterThan(10);
        for (const ref of drawn) {
            expect(result.sourceMap[ref], ref).toBeDefined();
        }
    });

    it('answers a broken journey with its errors, so the preview keeps its last map', async () => {
        const s = await server({ 'broken.journey': example('broken.journey') });
        const result = await s.render('broken.journey');
        expect(result.status).toBe('errors');
        if (result.status === 'errors') {
            expect(result.errors.map(e => `${e.code} ${e.range.start.line + 1}`)).toEqual([
                'emotion-range 17', 'duplicate-name 19', 'unknown-reference 20', 'persona-not-in-journey 24'
            ]);
            expect(result.errors[0].uri).toBe('file:///ws/broken.journey');
        }
    });

    it('counts an error in an imported file as an error of the map', async () => {
        const s = await server({ 'people.journey': 'persona anna\nchannel web { digital physical }', 'map.journey': 'import "people.journey"\njourney j { for anna stage s { step a { via web emotion 1 } } }' });
        const result = await s.render('map.journey');
        expect(result.status === 'errors' && result.errors.map(e => [e.code, e.uri])).toEqual([['duplicate-property', 'file:///ws/people.journey']]);
    });

    it('says when the file holds no journey', async () => {
        const s = await server({ 'people.journey': 'persona anna' });
        expect((await s.render('people.journey')).status).toBe('no-journey');
    });

    it('answers a request that arrives as the next edit\'s build begins from one state: the map, its version and its insights alike', async () => {
        const s = await server({ 'bank-people.journey': example('bank-people.journey'), 'bank-onboarding.journey': example('bank-onboarding.journey') });
        const shared = s.workspace.services.shared.workspace;
        const uri = uriOf('bank-onboarding.journey');
        const edited = example('bank-onboarding.journey').replace('step fill "', 'step fill "CLOSED ');
        // The editor's next keystroke: the server has its text and queues its build, while a
        // request for the map, sent before it, starts too.
        shared.TextDocuments.set(TextDocument.create(uri.toString(), 'journey', 2, edited));
        const build = shared.WorkspaceLock.write(token => shared.DocumentBuilder.update([uri], [], token));
        const result = await s.render('bank-onboarding.journey');
        await build;
        if (result.status !== 'ok') {
            throw new Error(`expected a map, got ${result.status}`);
        }
        const drawnLabel = joinSvgParts(result.parts).includes('CLOSED');
        expect(result.insights, 'the insights of a valid map').toBeDefined();
        expect(result.insights!.hotspots.find(h => h.step === 'fill')?.label.includes('CLOSED')).toBe(drawnLabel);
        expect(result.version).toBe(drawnLabel ? 2 : 1);
    });
});
