import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompletionRequest, HoverRequest, type CompletionList } from 'vscode-languageserver-protocol/node';
import { StdioLanguageClient } from '../../bench/lsp/stdio-client.js';
import { exampleTexts } from './lsp-test-services.js';

/** A seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
        state = (state * 1664525 + 1013904223) >>> 0;
        return state / 4294967296;
    };
}

const pieces = ['step', 'stage', 'persona', 'by', 'at', '->', 'emotion', '-3', '+7', '1.5', '{', '}', '"', '\\"', ',', '\n', ' ', 'anna', 'zażółć',
    '/*', '*/', '//', 'journey', 'for', 'import "nowhere.journey"', 'import "fuzz.journey"', '😀', '\u0000', '\r\n', 'moment-of-truth', 'end', '<=', 'target',
    '46%', '-5%', '101%', 'for marek', 'for anna, marek', 'severity', 'severity 9', 'impact 3', 'effort', 'baseline', 'baseline onboarding', '1st', '"open', 'annoyed'];

function positionAt(text: string, offset: number): { line: number; character: number } {
    const before = text.slice(0, offset);
    const line = (before.match(/\n/g) ?? []).length;
    return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

let client: StdioLanguageClient;

beforeAll(async () => {
    client = await StdioLanguageClient.start();
});

afterAll(async () => {
    if (client?.alive) {
        await client.stop();
    }
});

describe('the server survives any text', () => {
    it('takes 1,200 random edits over stdio and still answers', async () => {
        const uri = 'file:///fuzz/fuzz.journey';
        const rand = random(20261123);
        let text = exampleTexts().get('bank-onboarding.journey')!.replace('import "bank-people.journey"', '') + exampleTexts().get('bank-people.journey')!;
        await client.open(uri, text);
        const pending: Array<Promise<unknown>> = [];
        for (let i = 0; i < 1200; i++) {
            const start = Math.floor(rand() * (text.length + 1));
            const end = Math.min(text.length, start + (rand() < 0.5 ? 0 : Math.floor(rand() * 12)));
            let insert = '';
            for (let n = Math.floor(rand() * 4); n > 0; n--) {
                insert += pieces[Math.floor(rand() * pieces.length)];
            }
            const range = { start: positionAt(text, start), end: positionAt(text, end) };
            text = text.slice(0, start) + insert + text.slice(end);
            await client.change(uri, insert, range);
            if (i % 25 === 0) {
                const position = positionAt(text, Math.floor(rand() * (text.length + 1)));
                // Requests on a text that keeps changing may be cancelled or fail; they must not kill the server.
                pending.push(client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position }).catch(() => undefined));
                pending.push(client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }).catch(() => undefined));
            }
        }
        await Promise.all(pending);
        expect(client.alive).toBe(true);

        // Back to a known text: the server publishes its diagnostics and completes as usual.
        const valid = 'persona anna\nchannel web\njourney j {\n  for anna\n  stage s {\n    step a { via web emotion 1 }\n  }\n}\n';
        const settled = client.waitForDiagnostics(uri, p => p.diagnostics.length === 0);
        await client.change(uri, valid);
        expect((await settled).diagnostics).toEqual([]);
        await client.change(uri, 'by ', { start: { line: 5, character: 13 }, end: { line: 5, character: 13 } });
        const completion = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 5, character: 16 } }) as CompletionList;
        expect(completion.items.map(item => item.label)).toContain('anna');
        expect(client.alive).toBe(true);
        expect(await client.stop()).toBe(0);
    }, 120_000);
});
