import { JourneyModelSchema, type JourneyKind, type JourneyModel, type Metric, type Opportunity, type Pain, type Step } from '@journey-maps/model';
import { meetsTarget } from '../../src/index.js';

/** A step as a test writes it: only what the test is about; the rest gets the model's empty defaults. */
export interface StepSpec {
    id: string;
    label?: string;
    actors?: string[];
    /** persona → emotion value. */
    emotions?: Record<string, number>;
    pains?: Array<string | Pain>;
    opportunities?: Array<string | Opportunity>;
    metrics?: string[];
    momentOfTruth?: boolean;
    end?: boolean;
    next?: Array<string | { step: string; share?: number; label?: string; personas?: string[] }>;
}

export interface ModelSpec {
    id?: string;
    kind?: JourneyKind;
    personas?: string[];
    baseline?: string;
    metrics?: Array<Omit<Metric, 'label' | 'met'> & { label?: string }>;
    /** stage id → its steps, in order. */
    stages: Record<string, StepSpec[]>;
}

/**
 * A valid exported model (parsed by the schema) from a compact description: actors default to every
 * persona, a step without `next` goes to the following step, `met` is computed as the exporter does.
 */
export function buildModel(spec: ModelSpec): JourneyModel {
    const personas = spec.personas ?? ['anna'];
    const order = Object.values(spec.stages).flat().map(step => step.id);
    const model: JourneyModel = {
        version: 2,
        journey: { id: spec.id ?? 'j', title: spec.id ?? 'j', kind: spec.kind ?? 'current', goals: [], personas, ...(spec.baseline ? { baseline: spec.baseline } : {}) },
        personas: personas.map(id => ({ id, label: id, needs: [], expects: [] })),
        channels: [],
        touchpoints: [],
        teams: [],
        metrics: (spec.metrics ?? []).map(metric => ({
            label: metric.id,
            ...metric,
            met: metric.target && metric.actual !== undefined ? meetsTarget(metric.actual, metric.target.op, metric.target.value) : null
        })),
        stages: Object.entries(spec.stages).map(([id, steps]) => ({
            id, label: id.toUpperCase(), steps: steps.map(step => buildStep(step, personas, order))
        }))
    };
    return JourneyModelSchema.parse(model);
}

function buildStep(spec: StepSpec, personas: string[], order: string[]): Step {
    const actors = spec.actors ?? personas;
    const following = order[order.indexOf(spec.id) + 1];
    const next = spec.next ?? (spec.end || following === undefined ? [] : [following]);
    return {
        id: spec.id,
        label: spec.label ?? `Step ${spec.id}`,
        actors,
        touchpoints: [],
        channels: [],
        emotions: Object.entries(spec.emotions ?? {}).map(([persona, value]) => ({ persona, value })),
        needs: [],
        thinks: [],
        pains: (spec.pains ?? []).map(pain => typeof pain === 'string' ? { text: pain } : pain),
        opportunities: (spec.opportunities ?? []).map(opportunity => typeof opportunity === 'string' ? { text: opportunity } : opportunity),
        frontstage: [],
        backstage: [],
        support: [],
        evidence: [],
        metrics: spec.metrics ?? [],
        momentOfTruth: spec.momentOfTruth ?? false,
        end: spec.end ?? false,
        next: next.map(successor => typeof successor === 'string'
            ? { step: successor, personas: actors }
            : { step: successor.step, ...(successor.label ? { label: successor.label } : {}), ...(successor.share !== undefined ? { share: successor.share } : {}), personas: successor.personas ?? actors })
    };
}
