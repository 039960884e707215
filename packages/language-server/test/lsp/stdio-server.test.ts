import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
    CompletionRequest, PrepareRenameRequest, RenameRequest, type CompletionItem, type CompletionList, type WorkspaceEdit
} from 'vscode-languageserver-protocol/node';
import { StdioLanguageClient } from '../../bench/lsp/stdio-client.js';
import { exampleTexts } from './lsp-test-services.js';

let folder: string;
let client: StdioLanguageClient;
const people = (): string => `file://${folder}/bank-people.journey`;
const onboarding = (): string => `file://${folder}/bank-onboarding.journey`;

beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'journey-lsp-'));
    const texts = exampleTexts();
    for (const name of ['bank-people.journey', 'bank-onboarding.journey']) {
        writeFileSync(join(folder, name), texts.get(name)!);
    }
    client = await StdioLanguageClient.start(folder);
});

afterAll(async () => {
    if (client?.alive) {
        await client.stop();
    }
    rmSync(folder, { recursive: true, force: true });
});

describe('the standalone server over stdio', () => {
    it('opens two files, edits, completes, renames across files and shuts down', async () => {
        const texts = exampleTexts();
        const peopleDiagnostics = client.waitForDiagnostics(people(), p => p.diagnostics.length === 1);
        const onboardingDiagnostics = client.waitForDiagnostics(onboarding(), p => p.diagnostics.length === 0);
        await client.open(people(), texts.get('bank-people.journey')!);
        await client.open(onboarding(), texts.get('bank-onboarding.journey')!);
        expect((await peopleDiagnostics).diagnostics.map(d => d.code)).toEqual(['metric-target-missed']);
        expect((await onboardingDiagnostics).diagnostics).toEqual([]);

        // An edit that breaks a reference is reported, with the spec's code.
        const broken = texts.get('bank-onboarding.journey')!.replace('at form', 'at from');
        const afterEdit = client.waitForDiagnostics(onboarding(), p => p.diagnostics.length > 0);
        await client.change(onboarding(), broken);
        expect((await afterEdit).diagnostics.map(d => `${String(d.code)} ${d.message}`)).toEqual(["unknown-reference Unknown touchpoint 'from'."]);

        // Completion after `by` offers the journey's personas only.
        const lines = broken.split('\n');
        const line = lines.findIndex(l => l.includes('by marek'));
        const completion = await client.connection.sendRequest(CompletionRequest.type, {
            textDocument: { uri: onboarding() }, position: { line, character: lines[line].indexOf('by marek') + 3 }
        }) as CompletionList;
        const personas = completion.items.filter((item: CompletionItem) => item.detail?.startsWith('persona')).map(item => item.label);
        expect(personas.sort()).toEqual(['anna', 'marek']);

        // Rename the imported persona from the importing file: both files change.
        const forLine = lines.findIndex(l => l.includes('for anna, marek'));
        const position = { line: forLine, character: lines[forLine].indexOf('anna') + 1 };
        const range = await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: onboarding() }, position });
        expect(range).toEqual({ start: { line: forLine, character: lines[forLine].indexOf('anna') }, end: { line: forLine, character: lines[forLine].indexOf('anna') + 4 } });
        const edit = await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri: onboarding() }, position, newName: 'ania' }) as WorkspaceEdit;
        expect(Object.keys(edit.changes!).sort()).toEqual([onboarding(), people()].sort());
        expect(edit.changes![people()]).toHaveLength(1);
        expect(edit.changes![onboarding()].length).toBe(8);

        // A bad new name is refused with the reason.
        await expect(client.connection.sendRequest(RenameRequest.type, { textDocument: { uri: onboarding() }, position, newName: 'for' })).rejects.toThrow(/keyword/);

        expect(await client.stop()).toBe(0);
    });
});
