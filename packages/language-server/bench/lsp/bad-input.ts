/**
 * Messages no editor should send, each with what a correct server does with it: answer with a
 * named JSON-RPC error, answer at all (for odd but valid requests), or stay silent (notifications).
 * A broken Content-Length header is not here: the server exits on it (see protocol-errors.test.ts).
 */
export type BadInputAnswer =
    /** An error response with one of these codes. */
    | { readonly error: readonly number[] }
    /** Any answer that is not an internal error. */
    | 'answered'
    /** A notification: nothing comes back. */
    | 'none';

export interface BadInput {
    readonly name: string;
    /** The message body (not necessarily JSON); `id` is the raw id to use, or null for bodies with none. */
    readonly body: (id: string) => string;
    /** Whether the answer carries the raw id (false: id null, for messages the server cannot read an id from). */
    readonly answersId: boolean;
    readonly answer: BadInputAnswer;
}

const InvalidParams = -32602;
const InvalidRequest = -32600;
const ParseError = -32700;
const MethodNotFound = -32601;

const request = (id: string, method: string, params: unknown): string => JSON.stringify({ jsonrpc: '2.0', id, method, params });
const notification = (method: string, params: unknown): string => JSON.stringify({ jsonrpc: '2.0', method, params });

export function badInputs(uri: string): BadInput[] {
    const at = (line: number, character: number) => ({ textDocument: { uri }, position: { line, character } });
    return [
        { name: 'hover with params null', body: id => request(id, 'textDocument/hover', null), answersId: true, answer: { error: [InvalidParams] } },
        { name: 'hover with params "x"', body: id => request(id, 'textDocument/hover', 'x'), answersId: true, answer: { error: [InvalidParams] } },
        { name: 'hover with a numeric uri', body: id => request(id, 'textDocument/hover', { textDocument: { uri: 7 }, position: { line: 0, character: 0 } }), answersId: true, answer: { error: [InvalidParams] } },
        { name: 'completion at a negative position', body: id => request(id, 'textDocument/completion', at(-1, -5)), answersId: true, answer: { error: [InvalidParams] } },
        { name: 'completion far past the end', body: id => request(id, 'textDocument/completion', at(1e9, 1e9)), answersId: true, answer: 'answered' },
        { name: 'definition at a fractional position', body: id => request(id, 'textDocument/definition', at(0.5, 1)), answersId: true, answer: { error: [InvalidParams] } },
        { name: 'rename to a number', body: id => request(id, 'textDocument/rename', { ...at(0, 0), newName: 42 }), answersId: true, answer: { error: [InvalidParams] } },
        { name: 'semantic tokens of a range that ends before it starts', body: id => request(id, 'textDocument/semanticTokens/range', { textDocument: { uri }, range: { start: { line: 5, character: 0 }, end: { line: 1, character: 0 } } }), answersId: true, answer: 'answered' },
        { name: 'workspace symbols for a numeric query', body: id => request(id, 'workspace/symbol', { query: 5 }), answersId: true, answer: { error: [InvalidParams] } },
        { name: 'render with an unknown key', body: id => request(id, 'journey/renderMap', { uri, colour: 'red' }), answersId: true, answer: { error: [InvalidParams] } },
        { name: 'hover on a file never opened', body: id => request(id, 'textDocument/hover', { textDocument: { uri: 'file:///nowhere/never.journey' }, position: { line: 0, character: 0 } }), answersId: true, answer: 'answered' },
        { name: 'hover on an untitled document', body: id => request(id, 'textDocument/hover', { textDocument: { uri: 'untitled:Untitled-1' }, position: { line: 0, character: 0 } }), answersId: true, answer: 'answered' },
        { name: 'hover on a 100 KB uri', body: id => request(id, 'textDocument/hover', { textDocument: { uri: `file:///${'x'.repeat(100_000)}.journey` }, position: { line: 0, character: 0 } }), answersId: true, answer: 'answered' },
        { name: 'a method nobody knows', body: id => request(id, 'journey/doesNotExist', {}), answersId: true, answer: { error: [MethodNotFound] } },
        { name: 'an id without a method', body: id => JSON.stringify({ jsonrpc: '2.0', id, params: {} }), answersId: true, answer: { error: [InvalidRequest] } },
        { name: 'an object as id', body: () => JSON.stringify({ jsonrpc: '2.0', id: { x: 1 }, method: 'textDocument/hover', params: at(0, 0) }), answersId: false, answer: { error: [InvalidRequest] } },
        { name: 'a batch', body: id => `[${request(id, 'textDocument/hover', at(0, 0))}]`, answersId: false, answer: { error: [InvalidRequest] } },
        { name: 'a JSON string', body: () => '"hello"', answersId: false, answer: { error: [InvalidRequest] } },
        { name: 'a body cut short', body: id => request(id, 'textDocument/hover', at(0, 0)).slice(0, 30), answersId: false, answer: { error: [ParseError] } },
        { name: 'a body that is not JSON', body: () => 'hello, server', answersId: false, answer: { error: [ParseError] } },
        { name: 'didChange without changes', body: () => notification('textDocument/didChange', { textDocument: { uri, version: 1e6 } }), answersId: false, answer: 'none' },
        { name: 'didChange of a file never opened', body: () => notification('textDocument/didChange', { textDocument: { uri: 'file:///nowhere/x.journey', version: 2 }, contentChanges: [{ text: 'journey' }] }), answersId: false, answer: 'none' },
        { name: 'didOpen with params null', body: () => notification('textDocument/didOpen', null), answersId: false, answer: 'none' },
        { name: 'cancel with params null', body: () => notification('$/cancelRequest', null), answersId: false, answer: 'none' },
        { name: 'a notification nobody knows', body: () => notification('journey/whatever', { a: 1 }), answersId: false, answer: 'none' }
    ];
}
