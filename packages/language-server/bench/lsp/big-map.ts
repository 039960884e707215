/**
 * A 5 MB map opened while a small file is being worked on: how long requests on the small file
 * wait while the big one is parsed, linked and validated (issue 16: p95 under 200 ms).
 */
import { CompletionRequest, type CompletionList } from 'vscode-languageserver-protocol/node';
import { generateJourney } from '../../../language/bench/generate-journey.js';
import type { StdioLanguageClient } from './stdio-client.js';

/** A generated map of at least `bytes` characters (valid Journey text, about 100 bytes a step). */
export function bigMapText(bytes = 5_000_000): string {
    let steps = 25_000;
    let text = generateJourney({ steps });
    while (text.length < bytes) {
        steps = Math.ceil(steps * (bytes * 1.02) / text.length);
        text = generateJourney({ steps });
    }
    return text;
}

/** A small file with a completion point after `by ` (line 4, character 16) that offers `anna`. */
export const smallMapText = 'persona anna\njourney j {\n  for anna\n  stage s {\n    step a { by  }\n  }\n}\n';
export const smallCompletionPosition = { line: 4, character: 16 };

export interface BuildWhileEditing {
    /** Completion latencies on the small file, asked one after the other (20 ms apart) until the big map's diagnostics came. */
    readonly completions: number[];
    /** From opening the big map to its diagnostics. */
    readonly buildMs: number;
}

/** Opens `bigUri` and asks for completion on `smallUri` (already open, with `smallMapText`) until the big map is validated. */
export async function completionsWhileBuilding(client: StdioLanguageClient, smallUri: string, bigUri: string, bigText: string): Promise<BuildWhileEditing> {
    const validated = client.waitForDiagnostics(bigUri, () => true, 600_000);
    const started = performance.now();
    await client.open(bigUri, bigText);
    let done = false;
    void validated.then(() => { done = true; });
    const completions: number[] = [];
    while (!done) {
        const asked = performance.now();
        const list = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: smallUri }, position: smallCompletionPosition }) as CompletionList;
        completions.push(performance.now() - asked);
        if (!list.items.some(item => item.label === 'anna')) {
            throw new Error('completion on the small file lost its answer');
        }
        await new Promise(resolve => setTimeout(resolve, 20));
    }
    return { completions, buildMs: (await validated).at - started };
}

export function percentile(values: readonly number[], p: number): number {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}
