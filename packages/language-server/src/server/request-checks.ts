import { RenderMapMethod, RenderMapParamsSchema } from '@journey-maps/model';
import { ErrorCodes } from 'vscode-languageserver/node';
import { z } from 'zod';

/**
 * What arrives on the connection is checked before any handler sees it: a handler that reads
 * `params.textDocument.uri` from `null` fails with an internal error (-32603), which tells the
 * client the server is broken when it was the request. Requests are refused with the error
 * JSON-RPC names for what is wrong; notifications, which cannot be answered, are dropped.
 */
export type MessageCheck =
    | { readonly verdict: 'pass' }
    | { readonly verdict: 'refuse'; readonly id: string | number | null; readonly code: number; readonly message: string }
    | { readonly verdict: 'drop'; readonly message: string };

const position = z.object({ line: z.number().int().min(0), character: z.number().int().min(0) });
const range = z.object({ start: position, end: position });
const textDocument = z.object({ uri: z.string() });
const withDocument = z.object({ textDocument, position: position.optional(), range: range.optional() });
const atPosition = withDocument.extend({ position });
const overRange = withDocument.extend({ range });

/** Requests whose handlers read a position or a range (the rest of `textDocument/*` needs the document only). */
const positionRequests = [
    'hover', 'completion', 'definition', 'declaration', 'typeDefinition', 'implementation', 'references', 'documentHighlight',
    'prepareRename', 'signatureHelp', 'linkedEditingRange', 'moniker', 'prepareCallHierarchy', 'prepareTypeHierarchy', 'onTypeFormatting'
];
const rangeRequests = ['codeAction', 'rangeFormatting', 'semanticTokens/range', 'inlayHint', 'inlineValue', 'colorPresentation'];

const requestParams: ReadonlyMap<string, z.ZodType> = new Map<string, z.ZodType>([
    ...positionRequests.map(name => [`textDocument/${name}`, atPosition] as const),
    ...rangeRequests.map(name => [`textDocument/${name}`, overRange] as const),
    ['textDocument/rename', atPosition.extend({ newName: z.string() })],
    ['workspace/symbol', z.object({ query: z.string() })],
    [RenderMapMethod, RenderMapParamsSchema]
]);

const notificationParams: ReadonlyMap<string, z.ZodType> = new Map<string, z.ZodType>([
    ['textDocument/didOpen', z.object({ textDocument: textDocument.extend({ languageId: z.string(), version: z.number().int(), text: z.string() }) })],
    ['textDocument/didChange', z.object({
        textDocument: textDocument.extend({ version: z.number().int() }),
        contentChanges: z.array(z.union([z.object({ range, text: z.string() }), z.object({ text: z.string() })]))
    })],
    ['textDocument/didClose', z.object({ textDocument })],
    ['textDocument/didSave', z.object({ textDocument })],
    ['$/cancelRequest', z.object({ id: z.union([z.number(), z.string()]) })]
]);

function paramsSchema(method: string, isRequest: boolean): z.ZodType | undefined {
    if (!isRequest) {
        return notificationParams.get(method);
    }
    return requestParams.get(method) ?? (method.startsWith('textDocument/') ? withDocument : undefined);
}

const isId = (id: unknown): id is string | number => typeof id === 'string' || typeof id === 'number';

/** Checks one message as the client sent it (already parsed from JSON). */
export function checkMessage(message: unknown): MessageCheck {
    if (typeof message !== 'object' || message === null || Array.isArray(message)) {
        return { verdict: 'refuse', id: null, code: ErrorCodes.InvalidRequest, message: 'A message must be a JSON object (batches are not part of LSP).' };
    }
    const { id, method, params } = message as { id?: unknown; method?: unknown; params?: unknown };
    const isResponse = 'result' in message || 'error' in message;
    if (method === undefined) {
        if (isResponse) {
            return { verdict: 'pass' };
        }
        return { verdict: 'refuse', id: isId(id) ? id : null, code: ErrorCodes.InvalidRequest, message: 'A request needs a method; this message has neither a method nor a result.' };
    }
    if (typeof method !== 'string' || (id !== undefined && !isId(id))) {
        return { verdict: 'refuse', id: isId(id) ? id : null, code: ErrorCodes.InvalidRequest, message: 'The method must be a string and the id a number or a string.' };
    }
    const schema = paramsSchema(method, id !== undefined);
    if (!schema) {
        return { verdict: 'pass' };
    }
    const checked = schema.safeParse(params);
    if (checked.success) {
        return { verdict: 'pass' };
    }
    const reason = `Invalid params for ${method}: ${z.prettifyError(checked.error).replaceAll('\n', ' ')}`;
    return id === undefined ? { verdict: 'drop', message: reason } : { verdict: 'refuse', id: id as string | number, code: ErrorCodes.InvalidParams, message: reason };
}
