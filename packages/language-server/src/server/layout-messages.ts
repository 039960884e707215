import { z } from 'zod';

/**
 * What the language server and its layout worker send each other: a flow to lay out, and its
 * layout or the error the layout hit. Each side parses what it receives (a message crosses a thread).
 */

const Size = z.strictObject({ width: z.number(), height: z.number() });
const Point = z.strictObject({ x: z.number(), y: z.number() });

export const FlowInputSchema = z.strictObject({
    nodes: z.array(Size),
    edges: z.array(z.strictObject({ from: z.number().int().min(0), to: z.number().int().min(0), label: Size.optional() }))
});

export const FlowLayoutSchema = z.strictObject({
    nodes: z.array(Point),
    edges: z.array(z.strictObject({ points: z.array(Point), label: Point.optional() })),
    width: z.number(),
    height: z.number()
});

export const LayoutRequestSchema = z.strictObject({ id: z.number().int(), input: FlowInputSchema });

export const LayoutAnswerSchema = z.union([
    z.strictObject({ id: z.number().int(), layout: FlowLayoutSchema }),
    z.strictObject({ id: z.number().int(), error: z.string() })
]);

export type LayoutRequest = z.infer<typeof LayoutRequestSchema>;
export type LayoutAnswer = z.infer<typeof LayoutAnswerSchema>;
