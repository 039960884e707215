import { z } from 'zod';
import { ComparisonOperatorSchema, JourneyKindSchema } from './journey-model.js';

/**
 * The report (spec: "The report") and the comparison of two journeys (spec: "Comparing two
 * journeys"). The language core's analysis produces the insights; the CLI adds where each step is
 * written and validates the JSON against these schemas before writing it; the language server and
 * the preview read the same types, and the preview parses what it receives with them.
 */

const id = z.string().min(1);
const rank = z.number().int().min(1);
const count = z.number().int().min(0);
const share = z.number().min(0).max(100);

export const HotspotReasonKindSchema = z.enum(['emotion', 'metric-missed', 'pain', 'unaddressed-pain', 'moment-of-truth', 'drop-off', 'rework']);

/*
 * Why a step is a hotspot: each kind with the one field the reference has it name (its persona, metric
 * or share), or none. The reference's shape is `{ kind, message, persona?, metric?, share? }`; one
 * object per kind says which of those a kind has, so a reader's type narrows on `kind`, and the
 * report's validator has no optional field to test (zod's generated validator makes a closure for
 * each optional field of each reason: on 10,000 steps 2.4 MB more garbage, and validating took about
 * 21 instead of 15 ms).
 */
const message = z.string();
export const HotspotReasonSchema = z.discriminatedUnion('kind', [
    z.strictObject({ kind: HotspotReasonKindSchema.extract(['emotion', 'moment-of-truth']), message, persona: id }),
    z.strictObject({ kind: HotspotReasonKindSchema.extract(['metric-missed']), message, metric: id }),
    z.strictObject({ kind: HotspotReasonKindSchema.extract(['pain', 'unaddressed-pain']), message }),
    z.strictObject({ kind: HotspotReasonKindSchema.extract(['drop-off', 'rework']), message, share })
]);

/** A ranked hotspot as the analysis gives it: no file position (the model has none). */
export const InsightHotspotSchema = z.strictObject({
    rank,
    step: id,
    stage: id,
    label: z.string(),
    score: z.number().positive(),
    reasons: z.array(HotspotReasonSchema).min(1)
});

/** A hotspot in the report: where its step's name is written, 1-based, `file` relative to the current folder. */
export const HotspotSchema = z.strictObject({
    ...InsightHotspotSchema.shape,
    file: z.string(),
    line: z.number().int().min(1),
    column: z.number().int().min(1)
});

export const RankedOpportunitySchema = z.strictObject({
    rank,
    step: id,
    text: z.string(),
    impact: z.number().int().min(1).max(5).optional(),
    effort: z.number().int().min(1).max(5).optional(),
    /** impact / effort, a missing value counting as 3. */
    value: z.number().positive(),
    /** The pains of its step. */
    addresses: z.array(z.string())
});

export const StageHealthSchema = z.strictObject({
    id,
    label: z.string(),
    score: z.number().min(0),
    /** Each persona of the journey: its average emotion on the stage's steps, null when it has none there. */
    emotion: z.record(z.string(), z.number().nullable()),
    pains: count,
    unaddressedPains: count,
    missedMetrics: count
});

/** A persona's lowest point: the first step, in file order, where its emotion is lowest. */
export const LowestPointSchema = z.strictObject({ step: id, value: z.number().int().min(-3).max(3) });

export const PersonaHealthSchema = z.strictObject({
    id,
    average: z.number().nullable(),
    lowest: LowestPointSchema.optional()
});

export const StepStatusSchema = z.enum(['added', 'removed', 'kept']);

export const StepChangeSchema = z.strictObject({
    step: id,
    /** The stage it is in: the new map's for added and kept steps, the old map's for removed ones. */
    stage: id,
    status: StepStatusSchema,
    /** A removed step: its label in the old map, which the new one cannot give (the others' are in the new map). */
    label: z.string().optional(),
    /** A kept step that is in another stage now: the stage it was in. */
    movedFrom: id.optional(),
    emotions: z.array(z.strictObject({
        persona: id,
        before: z.number().int().min(-3).max(3).optional(),
        after: z.number().int().min(-3).max(3).optional()
    })),
    painsAdded: z.array(z.string()),
    painsRemoved: z.array(z.string()),
    opportunitiesAdded: z.array(z.string()),
    opportunitiesRemoved: z.array(z.string())
});

export const PersonaChangeSchema = z.strictObject({
    id,
    averageBefore: z.number().nullable(),
    averageAfter: z.number().nullable(),
    lowestBefore: LowestPointSchema.optional(),
    lowestAfter: LowestPointSchema.optional()
});

export const MetricStateSchema = z.strictObject({
    target: z.strictObject({ op: ComparisonOperatorSchema, value: z.number() }).optional(),
    actual: z.number().optional(),
    met: z.boolean().nullable()
});

export const MetricChangeSchema = z.strictObject({
    id,
    before: MetricStateSchema.optional(),
    after: MetricStateSchema.optional()
});

export const HotspotChangeSchema = z.strictObject({
    /** Steps that were hotspots before and are not after (removed steps included), in the old map's order. */
    resolved: z.array(id),
    /** Steps that are hotspots after and were not before (added steps included), in the new map's order. */
    new: z.array(id),
    scoreBefore: z.number().min(0),
    scoreAfter: z.number().min(0)
});

/** What the language core's comparison gives: two exported models in, this out. */
export const JourneyComparisonSchema = z.strictObject({
    steps: z.array(StepChangeSchema),
    personas: z.array(PersonaChangeSchema),
    metrics: z.array(MetricChangeSchema),
    hotspots: HotspotChangeSchema
});

/** A side of a comparison; its `kind` says how to read its metrics (a future state's are goals, metricsAreGoals). */
const ComparedJourneySchema = z.strictObject({ file: z.string(), journey: id, kind: JourneyKindSchema });

/** `journey diff --format json`, and a report's `comparison`. */
export const JourneyDiffSchema = z.strictObject({
    version: z.literal(1),
    old: ComparedJourneySchema,
    new: ComparedJourneySchema,
    ...JourneyComparisonSchema.shape
});

/** The analysis of one journey, from its exported model alone. */
export const JourneyInsightsSchema = z.strictObject({
    journey: id,
    kind: JourneyKindSchema,
    hotspots: z.array(InsightHotspotSchema),
    opportunities: z.array(RankedOpportunitySchema),
    stages: z.array(StageHealthSchema),
    personas: z.array(PersonaHealthSchema),
    /** Against the journey's baseline, when it has one. */
    comparison: JourneyComparisonSchema.optional()
});

/** `journey report --format json`. */
export const JourneyReportSchema = z.strictObject({
    version: z.literal(1),
    journey: id,
    kind: JourneyKindSchema,
    hotspots: z.array(HotspotSchema),
    opportunities: z.array(RankedOpportunitySchema),
    stages: z.array(StageHealthSchema),
    personas: z.array(PersonaHealthSchema),
    comparison: JourneyDiffSchema.optional()
});

export type HotspotReasonKind = z.infer<typeof HotspotReasonKindSchema>;
export type HotspotReason = z.infer<typeof HotspotReasonSchema>;
export type InsightHotspot = z.infer<typeof InsightHotspotSchema>;
export type Hotspot = z.infer<typeof HotspotSchema>;
export type RankedOpportunity = z.infer<typeof RankedOpportunitySchema>;
export type StageHealth = z.infer<typeof StageHealthSchema>;
export type LowestPoint = z.infer<typeof LowestPointSchema>;
export type PersonaHealth = z.infer<typeof PersonaHealthSchema>;
export type StepStatus = z.infer<typeof StepStatusSchema>;
export type StepChange = z.infer<typeof StepChangeSchema>;
export type PersonaChange = z.infer<typeof PersonaChangeSchema>;
export type MetricState = z.infer<typeof MetricStateSchema>;
export type MetricChange = z.infer<typeof MetricChangeSchema>;
export type HotspotChange = z.infer<typeof HotspotChangeSchema>;
export type JourneyComparison = z.infer<typeof JourneyComparisonSchema>;
export type JourneyDiff = z.infer<typeof JourneyDiffSchema>;
export type JourneyInsights = z.infer<typeof JourneyInsightsSchema>;
export type JourneyReport = z.infer<typeof JourneyReportSchema>;
