import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RenderPngParamsSchema, RenderPngRequest, type RenderPngResult } from '@journey-maps/model/lsp';
import { bakeFilters } from '@journey-maps/renderer/map-filters';
import { PngRasterError, PngTooLargeError, svgToPng } from '@journey-maps/renderer/png';
import { ErrorCodes, LSPErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';

/**
 * Where the bundle keeps the rasteriser's WebAssembly and fonts: `dist/png/` beside `dist/server.cjs`
 * (the build copies them there; the .vsix has no node_modules). Run from source, the folder does
 * not exist and the renderer takes the files from node_modules.
 */
export function bundledPngAssetsDir(): string {
    return join(dirname(fileURLToPath(import.meta.url)), 'png');
}

/**
 * Answers the editor's PNG export: the map's SVG, with the preview's filters written in, drawn by
 * the renderer's one rasteriser (the CLI's), in the editor's theme.
 */
export function registerRenderPngHandler(connection: Connection, assetsDir = bundledPngAssetsDir()): void {
    connection.onRequest(RenderPngRequest, async (raw: unknown): Promise<RenderPngResult> => {
        const parsed = RenderPngParamsSchema.safeParse(raw);
        if (!parsed.success) {
            throw new ResponseError(ErrorCodes.InvalidParams, `${RenderPngRequest.method}: ${parsed.error.issues[0]?.message ?? 'invalid parameters'}`);
        }
        const { svg, theme, scale, persona, hiddenLanes, personaFilter } = parsed.data;
        try {
            const png = await svgToPng(bakeFilters(svg, { persona, hiddenLanes, personaFilter }), { theme, scale, assetsDir });
            return { png: Buffer.from(png.buffer, png.byteOffset, png.byteLength).toString('base64') };
        } catch (error) {
            if (error instanceof PngTooLargeError || error instanceof PngRasterError) throw new ResponseError(LSPErrorCodes.RequestFailed, error.message);
            throw error;
        }
    });
}
