import { z } from 'zod';
import { MapProblemSchema } from './preview-protocol.js';

/**
 * The LSP request that draws a ```journey fence of a Markdown file for VS Code's Markdown
 * preview: the fence's text and the Markdown file's URI (the fence's imports resolve relative to
 * it). The server answers with the map, or with the problems that keep it from being drawn.
 */

export const RenderFenceMethod = 'journey/renderFence';

export const RenderFenceParamsSchema = z.strictObject({
    text: z.string(),
    /** The Markdown file the fence is in. */
    uri: z.string()
});

export const RenderFenceResultSchema = z.strictObject({
    /** Absent when the fence or one of its imports has errors, or the fence holds no journey. */
    svg: z.string().optional(),
    /** Every problem of the fence and of its imports; those of the fence name the Markdown file. */
    problems: z.array(MapProblemSchema)
});

export type RenderFenceParams = z.infer<typeof RenderFenceParamsSchema>;
export type RenderFenceResult = z.infer<typeof RenderFenceResultSchema>;
