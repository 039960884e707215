import { z } from 'zod';

/**
 * The exported journey model, version 2 (spec: "The exported model"). This schema is the single definition:
 * the exporter builds its inferred type, the renderer, CLI and preview use that type, the CLI
 * validates the JSON it writes with it, whoever receives a model over a message parses it, and the
 * tests parse every export with it, so a field cannot drift between producer and consumers.
 */

const id = z.string().min(1);

export const EmotionValueSchema = z.number().int().min(-3).max(3);

export const PersonaSchema = z.strictObject({
    id,
    label: z.string(),
    segment: z.string().optional(),
    needs: z.array(z.string()),
    expects: z.array(z.string())
});

export const ChannelKindSchema = z.enum(['digital', 'physical']);

export const ChannelSchema = z.strictObject({
    id,
    label: z.string(),
    kind: ChannelKindSchema
});

export const TouchpointSchema = z.strictObject({
    id,
    label: z.string(),
    channel: id,
    owner: id.optional(),
    indirect: z.boolean()
});

export const TeamSchema = z.strictObject({ id, label: z.string() });

export const ComparisonOperatorSchema = z.enum(['<', '<=', '>', '>=', '=']);

export const MetricSchema = z.strictObject({
    id,
    label: z.string(),
    unit: z.string().optional(),
    target: z.strictObject({ op: ComparisonOperatorSchema, value: z.number() }).optional(),
    actual: z.number().optional(),
    /** null when the metric has no target or no actual value. */
    met: z.boolean().nullable()
});

export const EmotionSchema = z.strictObject({
    persona: id,
    value: EmotionValueSchema,
    label: z.string().optional()
});

/** A severity, impact or effort: an integer from 1 to 5. */
export const ScaleSchema = z.number().int().min(1).max(5);

export const PainSchema = z.strictObject({
    text: z.string(),
    severity: ScaleSchema.optional()
});

export const OpportunitySchema = z.strictObject({
    text: z.string(),
    impact: ScaleSchema.optional(),
    effort: ScaleSchema.optional()
});

/** A successor of the flow rules: the step, the arrow's label and share, and who takes it. */
export const SuccessorSchema = z.strictObject({
    step: id,
    label: z.string().optional(),
    share: z.number().min(0).max(100).optional(),
    personas: z.array(id)
});

export const StepSchema = z.strictObject({
    id,
    label: z.string(),
    actors: z.array(id),
    touchpoints: z.array(id),
    channels: z.array(id),
    emotions: z.array(EmotionSchema),
    needs: z.array(z.string()),
    thinks: z.array(z.string()),
    pains: z.array(PainSchema),
    opportunities: z.array(OpportunitySchema),
    frontstage: z.array(z.string()),
    backstage: z.array(z.string()),
    support: z.array(z.string()),
    evidence: z.array(z.string()),
    metrics: z.array(id),
    owner: id.optional(),
    momentOfTruth: z.boolean(),
    end: z.boolean(),
    next: z.array(SuccessorSchema)
});

export const StageSchema = z.strictObject({
    id,
    label: z.string(),
    steps: z.array(StepSchema)
});

export const JourneyKindSchema = z.enum(['current', 'future', 'day', 'blueprint']);

/**
 * In a future-state map a metric's target is the goal and its `actual` today's value (spec:
 * "Comparing two journeys"): nothing in it is a miss. The analysis, the drawing and the CLI's
 * comparison read this here.
 */
export function metricsAreGoals(kind: JourneyKind): boolean {
    return kind === 'future';
}

export const JourneyModelSchema = z.strictObject({
    version: z.literal(2),
    journey: z.strictObject({
        id,
        title: z.string(),
        kind: JourneyKindSchema,
        goals: z.array(z.string()),
        personas: z.array(id),
        /** The journey this one is compared with (`baseline`), from a directly imported file. */
        baseline: id.optional()
    }),
    personas: z.array(PersonaSchema),
    channels: z.array(ChannelSchema),
    touchpoints: z.array(TouchpointSchema),
    teams: z.array(TeamSchema),
    metrics: z.array(MetricSchema),
    stages: z.array(StageSchema)
});

export type JourneyModel = z.infer<typeof JourneyModelSchema>;
export type JourneyKind = z.infer<typeof JourneyKindSchema>;
export type Persona = z.infer<typeof PersonaSchema>;
export type Channel = z.infer<typeof ChannelSchema>;
export type Touchpoint = z.infer<typeof TouchpointSchema>;
export type Team = z.infer<typeof TeamSchema>;
export type Metric = z.infer<typeof MetricSchema>;
export type ComparisonOperator = z.infer<typeof ComparisonOperatorSchema>;
export type Stage = z.infer<typeof StageSchema>;
export type Step = z.infer<typeof StepSchema>;
export type Emotion = z.infer<typeof EmotionSchema>;
export type Successor = z.infer<typeof SuccessorSchema>;
export type Pain = z.infer<typeof PainSchema>;
export type Opportunity = z.infer<typeof OpportunitySchema>;
