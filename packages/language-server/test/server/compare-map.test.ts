import { joinSvgParts, RenderMapResultSchema, type RenderMapResult } from '@journey-maps/model';
import { CompareMapRequest, type PreviousVersion } from '@journey-maps/model/lsp';
import type { URI } from 'langium';
import { CancellationTokenSource, LSPErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { registerCompareMapHandler } from '../../src/server/compare-map-handler.js';
import { createMapAnswer } from '../../src/server/render-map-handler.js';
import { exampleTexts, TestWorkspace, uriOf } from '../lsp/lsp-test-services.js';

type Handler = (params: unknown, token: CancellationTokenSource['token']) => Promise<RenderMapResult>;

const texts = exampleTexts();
const example = (name: string) => texts.get(name)!;
const COMMIT = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';

/**
 * The server's compare request, called as the client calls it, with the files git has at COMMIT
 * (what the client's git extension would answer) and every read of them recorded.
 */
async function server(files: Record<string, string>, atCommit: Record<string, string>) {
    const workspace = new TestWorkspace();
    let handler: Handler | undefined;
    const connection = { onRequest: (type: { method: string }, h: Handler) => { expect(type.method).toBe(CompareMapRequest.method); handler = h; } } as unknown as Connection;
    const reads: string[] = [];
    const readAtCommit = async (uri: URI, commit: string) => {
        reads.push(`${commit.slice(0, 7)} ${uri.path}`);
        return commit === COMMIT ? atCommit[uri.path.replace('/ws/', '')] : undefined;
    };
    registerCompareMapHandler(connection, workspace.services, createMapAnswer(workspace.services), readAtCommit);
    await workspace.set(new Map(Object.entries(files)));
    return {
        reads,
        async compare(name: string, text: string): Promise<RenderMapResult> {
            const previous: PreviousVersion = { label: 'HEAD', commit: COMMIT, text };
            return RenderMapResultSchema.parse(await handler!({ uri: uriOf(name).toString(), previous }, new CancellationTokenSource().token));
        }
    };
}

/** bank-onboarding as edited after its last commit: the address is prefilled, the give-up step is gone. */
function edited(): string {
    const text = example('bank-onboarding.journey');
    const start = text.indexOf('    step abandon');
    const end = text.indexOf('    step verify');
    expect(start).toBeGreaterThan(0);
    return (text.slice(0, start) + text.slice(end)).replace(/emotion -2 "annoyed"/, 'emotion 1 "fine"').replace(/\s*-> abandon[^\n]*/g, '');
}

describe('Compare with Previous Version: the map against the file\'s text at a commit', () => {
    it('answers the current map with the core\'s comparison against the old text, drawn as a baseline is', async () => {
        const s = await server(
            { 'bank-people.journey': example('bank-people.journey'), 'bank-onboarding.journey': edited() },
            { 'bank-people.journey': example('bank-people.journey') }
        );
        const result = await s.compare('bank-onboarding.journey', example('bank-onboarding.journey'));
        if (result.status !== 'ok') throw new Error(`expected a map, got ${result.status}`);
        const comparison = result.insights!.comparison!;
        expect(comparison.steps.filter(c => c.status !== 'kept').map(c => `${c.status} ${c.step} in ${c.stage}`)).toEqual(['removed abandon in apply']);
        expect(comparison.steps.find(c => c.step === 'fill')!.emotions.find(e => e.persona === 'anna')).toEqual({ persona: 'anna', before: -2, after: 1 });
        expect(comparison.hotspots.resolved).toContain('abandon');
        expect(comparison.hotspots.scoreAfter).toBeLessThan(comparison.hotspots.scoreBefore);
        const svg = joinSvgParts(result.parts);
        expect(svg).toContain('class="jm-baseline jm-removed" data-ref="stage:apply" data-removed="abandon"');
        expect(svg.match(/class="jm-baseline jm-emo-baseline/g)?.length).toBe(2);
    });

    it('reads the old version\'s imports at the same commit, not from the workspace', async () => {
        // At the commit, Marek was not declared yet: the old map cannot have been valid with today's file.
        const oldPeople = example('bank-people.journey').replace(/persona marek[^\n]*\{[\s\S]*?\n\}\n/, '');
        expect(oldPeople).not.toContain('persona marek');
        const s = await server(
            { 'bank-people.journey': example('bank-people.journey'), 'bank-onboarding.journey': edited() },
            { 'bank-people.journey': oldPeople }
        );
        await expect(s.compare('bank-onboarding.journey', example('bank-onboarding.journey'))).rejects.toSatisfy((error: unknown) =>
            error instanceof ResponseError && error.code === LSPErrorCodes.RequestFailed
            && /^The version at HEAD has \d+ errors, so it cannot be compared: HEAD:bank-onboarding\.journey:\d+:\d+ Unknown persona 'marek'\.$/.test(error.message));
        expect(s.reads).toEqual(['a1b2c3d /ws/bank-people.journey']);
    });

    it('reads one previous version once, however many edits are compared with it', async () => {
        const s = await server(
            { 'bank-people.journey': example('bank-people.journey'), 'bank-onboarding.journey': edited() },
            { 'bank-people.journey': example('bank-people.journey') }
        );
        const first = await s.compare('bank-onboarding.journey', example('bank-onboarding.journey'));
        const second = await s.compare('bank-onboarding.journey', example('bank-onboarding.journey'));
        expect(first.status).toBe('ok');
        expect(second.status).toBe('ok');
        expect(s.reads).toHaveLength(1);
    });

    it('says when the old version has no journey, and never touches the workspace', async () => {
        const s = await server({ 'bank-people.journey': example('bank-people.journey'), 'bank-onboarding.journey': edited() }, {});
        await expect(s.compare('bank-onboarding.journey', 'persona zoe "Zoe"')).rejects.toThrow('HEAD:bank-onboarding.journey has no journey to compare with');
        const again = await s.compare('bank-onboarding.journey', example('bank-onboarding.journey')).catch((error: Error) => error.message);
        // Without its import at the commit, the old map is missing one: said, not guessed from today's file.
        expect(again).toMatch(/cannot be compared: HEAD:bank-onboarding\.journey:\d+:\d+ .*bank-people\.journey/);
    });

    it('refuses parameters that do not fit the protocol', async () => {
        const workspace = new TestWorkspace();
        let handler: Handler | undefined;
        const connection = { onRequest: (_: unknown, h: Handler) => { handler = h; } } as unknown as Connection;
        registerCompareMapHandler(connection, workspace.services, createMapAnswer(workspace.services), async () => undefined);
        await expect(handler!({ uri: 'file:///ws/a.journey', previous: { label: 'HEAD', commit: 'not-a-commit', text: '' } }, new CancellationTokenSource().token))
            .rejects.toThrow('journey/compareMap: a commit id in hexadecimal');
    });
});
