import { z } from 'zod';
import { JourneyInsightsSchema } from './report.js';
import { SvgPartsSchema } from './svg-parts.js';
import { PartChangeSchema } from './svg-patch.js';

/**
 * The custom LSP request between the VS Code extension and the language server that feeds the
 * preview. The server owns parsing, validation, export, layout and SVG (one model, many views);
 * the extension only forwards what comes back to the webview.
 */

export const RenderMapMethod = 'journey/renderMap';

/** 0-based LSP positions, as in the text document. */
export const SourceRangeSchema = z.strictObject({
    start: z.strictObject({ line: z.number().int().min(0), character: z.number().int().min(0) }),
    end: z.strictObject({ line: z.number().int().min(0), character: z.number().int().min(0) })
});

/** Names one answer of the server for one document, so a later request can say which map it holds. */
const MapIdSchema = z.string().min(1).max(100);

export const RenderMapParamsSchema = z.strictObject({
    uri: z.string(),
    /** The document version the client has; the server answers for at least this version. */
    version: z.number().int().optional(),
    /** Tint the hotspot columns (setting journey.preview.heatTint); default true. */
    heatTint: z.boolean().optional(),
    /**
     * Draw the comparison with the journey's baseline (the preview's Compare toggle); default off,
     * the map alone, as without a baseline. The insights carry the comparison either way.
     */
    compare: z.boolean().optional(),
    /**
     * The map the client holds (its `mapId`): the server may answer with what changed since it.
     * Without it, or when the server no longer has that map, the answer is the whole map.
     */
    base: MapIdSchema.optional()
});

/** The one definition of a problem's severity, for the CLI, the server and the preview alike. */
export const ProblemSeveritySchema = z.enum(['error', 'warning', 'info', 'hint']);

/** A diagnostic as it leaves the language core: in the CLI's report, the render result and the banner. */
export const MapProblemSchema = z.strictObject({
    message: z.string(),
    code: z.string(),
    severity: ProblemSeveritySchema,
    /** The document the problem is in (an import may be the broken one). */
    uri: z.string(),
    range: SourceRangeSchema
});

/** What a drawn map comes with besides its parts. */
const MapFieldsSchema = z.strictObject({
    journeyId: z.string(),
    title: z.string(),
    /** data-ref of a drawn element ("step:fill", "stage:apply", "persona:anna") → its source range. */
    sourceMap: z.record(z.string(), SourceRangeSchema),
    /** Personas of the journey, in the legend's order, for the preview's filter. */
    personas: z.array(z.strictObject({ id: z.string(), label: z.string() })),
    /** Lanes drawn in this map, for the preview's lane toggles. */
    lanes: z.array(z.strictObject({ id: z.string(), label: z.string() })),
    /** The core's analysis of the same model (the report's hotspots, quick wins, stage health), for the Insights panel. */
    insights: JourneyInsightsSchema.optional(),
    warnings: z.array(MapProblemSchema)
});

export const RenderMapResultSchema = z.discriminatedUnion('status', [
    /** The whole map. */
    z.strictObject({
        status: z.literal('ok'),
        uri: z.string(),
        version: z.number().int(),
        /** This answer's name, for the next request's `base`. */
        mapId: MapIdSchema,
        /** The drawn map in keyed parts (`joinSvgParts` gives the SVG document). */
        parts: SvgPartsSchema,
        ...MapFieldsSchema.shape
    }),
    /**
     * The map as what changed since the map `base` the client said it holds (`applyMapChanges`
     * gives the whole map): its parts by key, and those of its other fields that differ.
     */
    z.strictObject({
        status: z.literal('changes'),
        uri: z.string(),
        version: z.number().int(),
        mapId: MapIdSchema,
        base: MapIdSchema,
        parts: z.array(PartChangeSchema),
        /** The fields that changed, with their new values; `insights: null`, the map has none now. */
        fields: MapFieldsSchema.extend({ insights: JourneyInsightsSchema.nullable() }).partial()
    }),
    z.strictObject({
        status: z.literal('errors'),
        uri: z.string(),
        version: z.number().int(),
        errors: z.array(MapProblemSchema)
    }),
    z.strictObject({
        status: z.literal('no-journey'),
        uri: z.string(),
        version: z.number().int()
    })
]);

export type SourceRange = z.infer<typeof SourceRangeSchema>;
export type RenderMapParams = z.infer<typeof RenderMapParamsSchema>;
export type MapProblem = z.infer<typeof MapProblemSchema>;
export type ProblemSeverity = z.infer<typeof ProblemSeveritySchema>;
export type RenderMapResult = z.infer<typeof RenderMapResultSchema>;

export type DrawnMap = Extract<RenderMapResult, { status: 'ok' }>;
export type MapChanges = Extract<RenderMapResult, { status: 'changes' }>;
export type MapFields = z.infer<typeof MapFieldsSchema>;
