import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import { z } from 'zod';
import { RenderMapMethod, RenderMapParamsSchema, type RenderMapParams, type RenderMapResult } from './preview-protocol.js';

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

/** A commit id as git writes it (what the client read the previous version at). */
const CommitSchema = z.string().regex(/^[0-9a-f]{7,64}$/, { message: 'a commit id in hexadecimal' });

export const PreviousVersionSchema = z.strictObject({
    /** What the preview calls it: "HEAD". */
    label: z.string().min(1).max(100),
    /** The commit it was read at; the file's imports are read at the same commit. */
    commit: CommitSchema,
    /** The file's text at that commit. */
    text: z.string().max(50_000_000)
});
export type PreviousVersion = z.infer<typeof PreviousVersionSchema>;

/** Compare with Previous Version always draws the comparison: it takes no `compare`. */
export const CompareMapParamsSchema = z.strictObject({
    ...RenderMapParamsSchema.omit({ compare: true }).shape,
    previous: PreviousVersionSchema
});
export type CompareMapParams = z.infer<typeof CompareMapParamsSchema>;

/**
 * Client → server: the map of a document, as journey/renderMap draws it, compared with another
 * version of the same file (Journey: Compare with Previous Version). The server parses the old
 * text in a scratch workspace of its own, its imports read at the same commit
 * (ReadRevisionFileRequest), and the language core's comparison is the result's
 * `insights.comparison`, drawn on the map as a baseline's is. A previous version that has errors
 * or no journey is a RequestFailed error whose message says so.
 */
export const CompareMapRequest = new RequestType<CompareMapParams, RenderMapResult, void>('journey/compareMap');

export const ReadRevisionFileParamsSchema = z.strictObject({
    /** The file, as a `file:` URI. */
    uri: z.string().min(1),
    commit: CommitSchema
});
export type ReadRevisionFileParams = z.infer<typeof ReadRevisionFileParamsSchema>;

export const ReadRevisionFileResultSchema = z.strictObject({
    /** The file's text at that commit; null when the commit has no such file. */
    text: z.string().max(50_000_000).nullable()
});
export type ReadRevisionFileResult = z.infer<typeof ReadRevisionFileResultSchema>;

/** Server → client: a file as git has it at a commit (the imports of a previous version). */
export const ReadRevisionFileRequest = new RequestType<ReadRevisionFileParams, ReadRevisionFileResult, void>('journey/readRevisionFile');
