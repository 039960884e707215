import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import { z } from 'zod';
import { RenderMapMethod, type RenderMapParams, type RenderMapResult } from './preview-protocol.js';

/**
 * The messages between the extension and the language server beyond LSP's own, typed once for
 * both ends. What crosses is still parsed with the zod schemas: the types are a promise, the
 * parse is the check.
 */
export const RenderMapRequest = new RequestType<RenderMapParams, RenderMapResult, void>(RenderMapMethod);

export const MapsChangedParamsSchema = z.strictObject({
    /** Open documents whose map may have changed without an edit of their own (an import changed). */
    uris: z.array(z.string())
});
export type MapsChangedParams = z.infer<typeof MapsChangedParamsSchema>;

/** Server → client, after a rebuild: the preview of each of these documents asks for its map again. */
export const MapsChangedNotification = new NotificationType<MapsChangedParams>('journey/mapsChanged');
