import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodeLensRequest, DidChangeConfigurationNotification, type CodeLens } from 'vscode-languageserver-protocol/node';
import { StdioLanguageClient } from '../../bench/lsp/stdio-client.js';
import { exampleTexts } from './lsp-test-services.js';

let folder: string;
let client: StdioLanguageClient;
const claim = (): string => `file://${folder}/car-claim.journey`;

beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'journey-lsp-insights-'));
    writeFileSync(join(folder, 'car-claim.journey'), exampleTexts().get('car-claim.journey')!);
    client = await StdioLanguageClient.start(folder, [], { journey: { insights: { codeLens: false } } });
});

afterAll(async () => {
    if (client?.alive) {
        await client.stop();
    }
    rmSync(folder, { recursive: true, force: true });
});

const titles = async (): Promise<string[]> => {
    const lenses = await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: claim() } }) as CodeLens[];
    return lenses.map(lens => lens.command?.title ?? '');
};

describe('the insights code lens in the standalone server', () => {
    it('follows journey.insights.codeLens from the client\'s configuration, and asks the client to redraw when it changes', async () => {
        const diagnostics = client.waitForDiagnostics(claim());
        await client.open(claim(), exampleTexts().get('car-claim.journey')!);
        await diagnostics;
        expect(await titles()).toEqual(['Open preview']);

        await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { journey: { insights: { codeLens: true } } } });
        expect(await titles()).toEqual(['Open preview', '2 hotspots · top: dispute (score 9)']);
        await expect.poll(() => client.received).toContain('workspace/codeLens/refresh');
        expect(await client.stop()).toBe(0);
    });
});
