import * as z from 'zod/mini';

/**
 * Messages between the extension host and the preview webview, parsed with zod on both ends:
 * what does not fit its schema is dropped, never acted on. (zod/mini: the webview bundles these
 * schemas, and the full zod would multiply the script's size by thirty.)
 *
 * The webview is untrusted (it renders text from workspace files), so everything it sends is parsed
 * with {@link WebviewToHostSchema}. It only ever names things the host already knows (a data-ref of
 * the current map, the index of a listed problem), never a URI or a command. The host's messages
 * are parsed too ({@link HostToWebviewSchema}): a map or patch of the wrong shape must not half-apply.
 */

const Ref = z.string().check(z.minLength(1), z.maxLength(256));
const Count = z.int().check(z.minimum(0));

export const WebviewToHostSchema = z.discriminatedUnion('type', [
    /** The webview script is running and wants the current map. */
    z.strictObject({ type: z.literal('ready') }),
    /** A card was clicked: reveal and select its source range. */
    z.strictObject({ type: z.literal('reveal'), ref: Ref }),
    /** A problem in the banner was clicked (index into the last 'errors' message). */
    z.strictObject({ type: z.literal('openProblem'), index: z.int().check(z.minimum(0), z.maximum(10_000)) }),
    /** Compare with baseline was turned on or off: the host asks for the map drawn so. */
    z.strictObject({ type: z.literal('compare'), on: z.boolean() }),
    /** The toolbar's "Compared with HEAD" was clicked: back to the map alone. */
    z.strictObject({ type: z.literal('stopComparing') }),
    /** Toolbar export buttons. */
    z.strictObject({ type: z.literal('exportSvg') }),
    z.strictObject({ type: z.literal('exportPng') }),
    /** The persona filter and hidden lanes now shown, for the PNG export (the server draws it). */
    z.strictObject({ type: z.literal('filters'), persona: z.nullable(Ref), hiddenLanes: z.array(Ref).check(z.maxLength(100)) }),
    /** The Insights panel was opened or closed: while it is closed, patches leave the insights out. */
    z.strictObject({ type: z.literal('insightsShown'), open: z.boolean() }),
    /** A patch did not fit the map the webview holds: send the whole map. */
    z.strictObject({ type: z.literal('needFullMap') }),
    /** The map of this document version is painted (used for latency measurements and tests). */
    z.strictObject({ type: z.literal('rendered'), version: z.int(), renderMs: z.optional(z.number().check(z.minimum(0), z.maximum(1e7))) })
]);

export type WebviewToHost = z.infer<typeof WebviewToHostSchema>;

/** Parses a message from the webview; returns undefined for anything unknown or malformed. */
export function parseWebviewMessage(raw: unknown): WebviewToHost | undefined {
    const parsed = WebviewToHostSchema.safeParse(raw);
    return parsed.success ? parsed.data : undefined;
}

const NamedItemSchema = z.strictObject({ id: z.string(), label: z.string() });
export type NamedItem = z.infer<typeof NamedItemSchema>;

/** A problem as the banner shows it; the host keeps the URI and range. */
const BannerProblemSchema = z.strictObject({
    message: z.string(),
    severity: z.enum(['error', 'warning', 'info', 'hint']),
    code: z.string(),
    /** "file.journey:17:5" */
    location: z.string()
});
export type BannerProblem = z.infer<typeof BannerProblemSchema>;

/** A part of the drawing by its `data-key` (see @journey-maps/model svg-parts.ts). */
const PartKey = z.string().check(z.minLength(1));

/**
 * One change to the shown map. `svg` is one element whose root carries `data-key` = `key`. An
 * insert goes into the group `parent` (null: the root), before the part `before` (null: last).
 */
export const PatchOpSchema = z.discriminatedUnion('op', [
    z.strictObject({ op: z.literal('replace'), key: PartKey, svg: z.string() }),
    z.strictObject({ op: z.literal('remove'), key: PartKey }),
    z.strictObject({ op: z.literal('insert'), key: PartKey, svg: z.string(), parent: z.nullable(PartKey), before: z.nullable(PartKey) })
]);
export type PatchOp = z.infer<typeof PatchOpSchema>;

/**
 * The part of the language core's analysis (model report.ts, `JourneyInsights`) that the Insights
 * panel shows; the host forwards it from the render result. Lenient on extra fields, since the
 * host's copy is already validated by the full schema.
 */
const InsightsViewSchema = z.object({
    hotspots: z.array(z.object({
        rank: Count,
        step: z.string(),
        stage: z.string(),
        label: z.string(),
        score: z.number(),
        reasons: z.array(z.object({ kind: z.string(), message: z.string() }))
    })),
    opportunities: z.array(z.object({
        rank: Count,
        step: z.string(),
        text: z.string(),
        impact: z.optional(z.number()),
        effort: z.optional(z.number()),
        value: z.number()
    })),
    stages: z.array(z.object({
        id: z.string(),
        label: z.string(),
        score: z.number(),
        emotion: z.record(z.string(), z.nullable(z.number())),
        pains: Count,
        unaddressedPains: Count,
        missedMetrics: Count
    })),
    /** Against the journey's baseline, when it has one. */
    comparison: z.optional(z.object({
        steps: z.array(z.object({
            step: z.string(),
            stage: z.string(),
            status: z.enum(['added', 'removed', 'kept']),
            movedFrom: z.optional(z.string()),
            emotions: z.array(z.object({ persona: z.string(), before: z.optional(z.number()), after: z.optional(z.number()) }))
        })),
        hotspots: z.object({ resolved: z.array(z.string()), new: z.array(z.string()), scoreBefore: z.number(), scoreAfter: z.number() })
    }))
});
export type InsightsView = z.infer<typeof InsightsViewSchema>;

/** What every shown map comes with: its document, title and the preview's filter choices. */
const mapFields = {
    uri: z.string(),
    version: z.int(),
    title: z.string(),
    /** Numbers the maps the host sends, so a patch can name the map it applies to. */
    seq: Count,
    personas: z.array(NamedItemSchema),
    lanes: z.array(NamedItemSchema)
};

export const HostToWebviewSchema = z.discriminatedUnion('type', [
    /** A whole map, with its analysis (absent while the server has none for it). */
    z.strictObject({ type: z.literal('render'), ...mapFields, insights: z.optional(InsightsViewSchema), svg: z.string() }),
    /**
     * The changes from map `base` (the one the webview shows) to map `seq`, applied in order.
     * `insights` only when they changed (null: the map has none now) and the Insights panel is open
     * or the comparison came or went; absent, the webview keeps its own (an `insights` message follows
     * when the panel opens).
     */
    z.strictObject({ type: z.literal('patch'), ...mapFields, insights: z.optional(z.nullable(InsightsViewSchema)), base: Count, ops: z.array(PatchOpSchema) }),
    /** The shown map's insights (null: it has none), which patches left out while the Insights panel was closed. */
    z.strictObject({ type: z.literal('insights'), insights: z.nullable(InsightsViewSchema) }),
    z.strictObject({ type: z.literal('errors'), uri: z.string(), version: z.int(), problems: z.array(BannerProblemSchema) }),
    /** The preview now shows another document: drop the old map. */
    z.strictObject({ type: z.literal('reset'), uri: z.string(), fileName: z.string() }),
    z.strictObject({ type: z.literal('noJourney'), uri: z.string(), version: z.int(), message: z.string() }),
    /** The map could not be drawn (the server failed or is not running): say so, keep any map shown. */
    z.strictObject({ type: z.literal('failed'), uri: z.string(), message: z.string() }),
    z.strictObject({ type: z.literal('highlight'), ref: z.nullable(z.string()), reveal: z.boolean() }),
    z.strictObject({ type: z.literal('zoom'), action: z.enum(['in', 'out', 'fit', 'reset']) }),
    /** Open the Insights panel (command journey.preview.showInsights). */
    z.strictObject({ type: z.literal('showInsights') }),
    z.strictObject({ type: z.literal('locked'), locked: z.boolean(), fileName: z.string() }),
    /**
     * Compare with Previous Version: the map is compared with this version of its file ("HEAD")
     * instead of its baseline; null when that ends.
     */
    z.strictObject({ type: z.literal('comparedWith'), label: z.nullable(z.string().check(z.minLength(1), z.maxLength(100))) }),
    /** Settings the webview follows (journey.preview.personaFilter). */
    z.strictObject({ type: z.literal('options'), personaFilter: z.enum(['dim', 'hide']) })
]);

export type HostToWebview = z.infer<typeof HostToWebviewSchema>;

/** Parses a message from the host; returns undefined for anything unknown or malformed. */
export function parseHostMessage(raw: unknown): HostToWebview | undefined {
    const parsed = HostToWebviewSchema.safeParse(raw);
    return parsed.success ? parsed.data : undefined;
}

/**
 * What the webview keeps with vscode.setState, and the serializer gives back after a reload.
 * Tolerant: a field that does not fit (an older version's state) falls back to its default
 * instead of losing the rest.
 */
const SavedViewSchema = z.object({
    scale: z.number().check(z.positive()),
    x: z.number(),
    y: z.number(),
    fitted: z.catch(z.boolean(), false)
});

export const PreviewStateSchema = z.object({
    uri: z.string(),
    locked: z.catch(z.boolean(), false),
    view: z.catch(z.optional(SavedViewSchema), undefined),
    /** The zoom chosen for each document the preview showed, by URI (the most recent last). */
    views: z.catch(z.record(z.string(), SavedViewSchema), {}),
    persona: z.catch(z.nullable(z.string()), null),
    hiddenLanes: z.catch(z.array(z.string()), []),
    /** The Insights panel is open. */
    insightsOpen: z.catch(z.boolean(), false),
    /** Compare with baseline is on (the map is drawn with the comparison). */
    compare: z.catch(z.boolean(), false)
});

export type PreviewState = z.infer<typeof PreviewStateSchema>;

/** The saved state, or undefined when there is none or it names no document. */
export function parsePreviewState(raw: unknown): PreviewState | undefined {
    const parsed = PreviewStateSchema.safeParse(raw);
    return parsed.success ? parsed.data : undefined;
}
