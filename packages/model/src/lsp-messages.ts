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

export const RenderPngParamsSchema = z.strictObject({
    /** The map as the preview shows it and the SVG export writes it (the server's own markup). */
    svg: z.string().min(1).max(200_000_000),
    /** The editor's colour theme when the image is made. */
    theme: z.enum(['light', 'dark', 'high-contrast', 'high-contrast-light']),
    /** Pixels per map unit (the journey.preview.exportPngScale setting's range). */
    scale: z.number().min(0.5).max(4),
    /** The preview's persona filter: the other personas are dimmed (or hidden) in the image. */
    persona: z.string().min(1).nullable(),
    /** journey.preview.personaFilter: whether the other personas are dimmed or hidden, as in the preview (default dim). */
    personaFilter: z.enum(['dim', 'hide']).optional(),
    /** The lanes hidden in the preview, left out of the image. */
    hiddenLanes: z.array(z.string().min(1)).max(100)
});
export type RenderPngParams = z.infer<typeof RenderPngParamsSchema>;

export const RenderPngResultSchema = z.strictObject({
    /** The PNG file, base64. */
    png: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/)
});
export type RenderPngResult = z.infer<typeof RenderPngResultSchema>;

/**
 * Client → server: the PNG export. The server rasterises with the same resvg and fonts as
 * `journey render --format png`, so the editor's image and the CLI's are the same.
 */
export const RenderPngRequest = new RequestType<RenderPngParams, RenderPngResult, void>('journey/renderPng');
