import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateJourney } from '../../../language/bench/generate-journey.js';
import { StdioLanguageClient } from '../../bench/lsp/stdio-client.js';

const small = 'file:///errors/small.journey';
const smallText = 'persona anna\nchannel web\njourney j {\n  for anna\n  stage s {\n    step a { by anna via web emotion 1 }\n  }\n}\n';

let client: StdioLanguageClient;

beforeAll(async () => {
    client = await StdioLanguageClient.start();
    const ready = client.waitForDiagnostics(small);
    await client.open(small, smallText);
    await ready;
});

afterAll(async () => {
    if (client?.alive) {
        await client.stop();
    }
});

/** Sends one request as raw bytes and returns the server's answer to it. */
async function rawRequest(body: Record<string, unknown>): Promise<{ result?: unknown; error?: { code: number; message: string } }> {
    const id = client.rawId();
    await client.sendRaw(StdioLanguageClient.frame(JSON.stringify({ jsonrpc: '2.0', id, ...body })));
    return await client.rawResponse(id) as { result?: unknown; error?: { code: number; message: string } };
}

describe('errors are sent as errors, never as results', () => {
    it('answers a cancelled request with the RequestCancelled error', async () => {
        const uri = 'file:///errors/big.journey';
        // A map big enough that the request still waits for its build when the cancellation comes.
        await client.open(uri, generateJourney({ steps: 4_000 }));
        const id = client.rawId();
        await client.sendRaw(StdioLanguageClient.frame(JSON.stringify({ jsonrpc: '2.0', id, method: 'textDocument/semanticTokens/full', params: { textDocument: { uri } } })));
        await new Promise(resolve => setTimeout(resolve, 30));
        await client.sendRaw(StdioLanguageClient.frame(JSON.stringify({ jsonrpc: '2.0', method: '$/cancelRequest', params: { id } })));
        const answer = await client.rawResponse(id) as { result?: unknown; error?: { code: number } };
        expect(answer).not.toHaveProperty('result');
        expect(answer.error?.code).toBe(-32800);
        await client.close(uri);
    });

    it('answers a hover on a file it was never given with an error', async () => {
        const answer = await rawRequest({ method: 'textDocument/hover', params: { textDocument: { uri: 'file:///errors/never-opened.journey' }, position: { line: 0, character: 0 } } });
        expect(answer).not.toHaveProperty('result');
        expect(answer.error?.code).toBeTypeOf('number');
    });
});

describe('bad requests get the error JSON-RPC names for them', () => {
    it.each([
        ['null params', null],
        ['a string for params', 'x'],
        ['a numeric uri', { textDocument: { uri: 42 }, position: { line: 0, character: 0 } }],
        ['a position without its line', { textDocument: { uri: small }, position: { character: 0 } }]
    ])('refuses a hover with %s as invalid params', async (_what, params) => {
        const answer = await rawRequest({ method: 'textDocument/hover', params });
        expect(answer.error?.code).toBe(-32602);
        expect(answer.error?.message).toMatch(/textDocument\/hover/);
    });

    it('refuses a workspace symbol request without a query as invalid params', async () => {
        expect((await rawRequest({ method: 'workspace/symbol', params: { query: 3 } })).error?.code).toBe(-32602);
    });

    it('refuses a render request with a numeric uri as invalid params', async () => {
        expect((await rawRequest({ method: 'journey/renderMap', params: { uri: 7 } })).error?.code).toBe(-32602);
    });

    it('refuses a message with an id but no method as an invalid request', async () => {
        const answer = await rawRequest({ params: {} });
        expect(answer.error?.code).toBe(-32600);
    });

    it('answers a body that is not JSON with a parse error', async () => {
        await client.sendRaw(StdioLanguageClient.frame('{"jsonrpc": "2.0", "id": 1, "method": '));
        const answer = await client.rawResponse(null) as { error?: { code: number } };
        expect(answer.error?.code).toBe(-32700);
    });

    it('still answers after all of that', async () => {
        const answer = await rawRequest({ method: 'textDocument/hover', params: { textDocument: { uri: small }, position: { line: 5, character: 18 } } });
        expect(answer.error).toBeUndefined();
        expect(JSON.stringify(answer.result)).toMatch(/anna/);
    });
});

describe('a broken Content-Length header', () => {
    it.each([
        ['without Content-Length', 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{"jsonrpc":"2.0","method":"x"}'],
        ['with a Content-Length that is not a number', 'Content-Length: twelve\r\n\r\n{"jsonrpc":"2.0","method":"x"}'],
        ['with a header line that is not a header', 'Content-Length 30\r\n\r\n{"jsonrpc":"2.0","method":"x"}']
    ])('%s: the server reads on from the next header, or exits saying why', async (_what, bytes) => {
        const server = await StdioLanguageClient.start();
        try {
            await server.sendRaw(bytes);
            const id = server.rawId();
            await server.sendRaw(StdioLanguageClient.frame(JSON.stringify({ jsonrpc: '2.0', id, method: 'workspace/symbol', params: { query: '' } })));
            const exited = new Promise<'exited'>(resolve => server.process.once('exit', () => resolve('exited')));
            const outcome = await Promise.race([server.rawResponse(id, 5_000).then(() => 'answered'), exited]).catch(() => 'deaf');
            if (outcome === 'exited') {
                expect(server.stderr).toMatch(/header/i);
            } else {
                expect(outcome).toBe('answered');
            }
        } finally {
            if (server.alive) {
                server.process.kill();
            }
        }
    });
});
