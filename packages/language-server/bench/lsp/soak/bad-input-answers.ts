import type { badInputs } from '../bad-input.js';
import { StdioLanguageClient } from '../stdio-client.js';
import { isErrorObject } from './requests.js';

/** Sends one piece of bad input; returns what was wrong with the answer, or undefined. */
export async function sendBadInput(client: StdioLanguageClient, input: ReturnType<typeof badInputs>[number], hangMs: number): Promise<string | undefined> {
    const id = client.rawId();
    await client.sendRaw(StdioLanguageClient.frame(input.body(id)));
    if (input.answer === 'none') {
        return undefined;
    }
    let answer: { result?: unknown; error?: { code: number } };
    try {
        answer = await client.rawResponse(input.answersId ? id : null, hangMs) as typeof answer;
    } catch {
        return 'no answer';
    }
    if (input.answer === 'answered') {
        return answer.error?.code === -32603 ? 'internal error' : isErrorObject(answer.result) ? 'error sent as a result' : undefined;
    }
    return answer.error && input.answer.error.includes(answer.error.code) ? undefined : `expected error ${input.answer.error.join('/')}, got ${JSON.stringify(answer).slice(0, 160)}`;
}
