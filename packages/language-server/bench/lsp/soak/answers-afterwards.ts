import { CompletionRequest, type CompletionList } from 'vscode-languageserver-protocol/node';
import type { StdioLanguageClient } from '../stdio-client.js';
import type { EditedFile } from './edits.js';
import type { PublicationChecker } from './publications.js';

/**
 * Puts both files back to a known text: no diagnostics, and completion after `by` offers the personas.
 * Each text sent is remembered, since diagnostics for it may arrive (`web` is unused until the map
 * that uses it arrives too).
 */
export async function answersAsUsual(client: StdioLanguageClient, map: EditedFile, people: EditedFile, hangMs: number, publications: PublicationChecker): Promise<boolean> {
    const mapText = 'import "bank-people.journey"\njourney j {\n  for anna\n  stage s {\n    step a { by  via web emotion 1 }\n  }\n}\n';
    const settled = client.waitForDiagnostics(map.uri, p => p.diagnostics.length === 1, hangMs);
    for (const [file, text] of [[people, 'persona anna\npersona marek\nchannel web\n'], [map, mapText]] as const) {
        const applied = file.apply({ start: 0, end: file.text.length, text });
        publications.remember(file);
        await client.change(file.uri, applied.text, applied.range);
    }
    try {
        // The one diagnostic: `by` without a name, mid-edit.
        await settled;
        const list = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: map.uri }, position: { line: 4, character: 16 } }) as CompletionList;
        return list.items.some(item => item.label === 'anna');
    } catch {
        return false;
    }
}
