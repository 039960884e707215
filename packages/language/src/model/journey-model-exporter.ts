import { type AstNodeDescription, type LangiumDocument } from 'langium';
import type { JourneyModel } from '@journey-maps/model';
import {
    isChannel, isJourneyFile, isMetric, isPersona, isTeam, isTouchpoint,
    type Channel, type Journey, type Metric, type Opportunity, type Pain, type Persona, type Step, type Team, type Touchpoint
} from '../generated/ast.js';
import type { JourneyFlowProvider } from '../flow/journey-flow-provider.js';
import type { JourneyFlow, Successor as JourneySuccessor } from '../flow/journey-flow.js';
import { effortOf, impactOf, severityOf } from '../flow/scales.js';
import { feelingsOf } from '../flow/step-emotions.js';
import { journeyKind, stepProperties, textsOf } from '../flow/step-properties.js';
import type { JourneyServices } from '../journey-module.js';
import type { DeclarationType, VisibleDeclarationsProvider } from '../references/visible-declarations.js';
import { meetsTarget } from './metric-target.js';

/**
 * Turns a validated document into the exported model of the spec.
 *
 * The result is not parsed by the model's zod schema on every call. It is built here from the AST,
 * typed as the schema's own type, and handed to callers in this process (the analysis, the
 * renderer, the CLI, the language server): nothing in it comes from outside, so a parse would only
 * re-check this code, at the price of a deep copy of every step (on 10,000 steps it cost more than
 * the analysis). What the types cannot say (non-empty ids, emotions and scales in range) holds
 * because callers export only maps without errors, and the validation reports exactly those. The
 * tests parse the export of every example, of generated maps and of fuzzed maps without errors, and
 * fail when exporter and schema drift apart (export-schema.test.ts). Whoever receives the model
 * over a message (the preview, the extension) parses it there: that is a boundary.
 */
export class JourneyModelExporter {
    private readonly flows: JourneyFlowProvider;
    private readonly visible: VisibleDeclarationsProvider;

    constructor(services: JourneyServices) {
        this.flows = services.flow.JourneyFlowProvider;
        this.visible = services.references.VisibleDeclarations;
    }

    /** The document's journey (the first one), or undefined when the file has none. */
    journeyOf(document: LangiumDocument): Journey | undefined {
        const root = document.parseResult.value;
        return isJourneyFile(root) ? root.journeys[0] : undefined;
    }

    exportModel(document: LangiumDocument): JourneyModel | undefined {
        const journey = this.journeyOf(document);
        if (!journey) {
            return undefined;
        }
        const flow = this.flows.flowOf(journey);
        const visible = this.visible.forDocument(document).byType;
        const nodes = <T>(type: DeclarationType, guard: (node: unknown) => node is T): T[] =>
            [...(visible.get(type)?.values() ?? [])].map(resolveNode).filter(guard);

        return {
            version: 2,
            journey: {
                id: journey.name,
                title: journey.label ?? journey.name,
                kind: journeyKind(journey),
                goals: [...journey.goals],
                personas: flow.personas.map(persona => persona.name),
                ...(journey.baselines[0]?.ref ? { baseline: journey.baselines[0].ref.name } : {})
            },
            personas: nodes('Persona', isPersona).map(exportPersona),
            channels: nodes('Channel', isChannel).map(exportChannel),
            touchpoints: nodes('Touchpoint', isTouchpoint).map(exportTouchpoint),
            teams: nodes('Team', isTeam).map(exportTeam),
            metrics: nodes('Metric', isMetric).map(exportMetric),
            stages: journey.stages.map(stage => ({
                id: stage.name,
                label: stage.label ?? stage.name,
                steps: stage.steps.map(step => exportStep(step, flow))
            }))
        };
    }
}

function resolveNode(description: AstNodeDescription): unknown {
    return description.node;
}

function exportPersona(persona: Persona): JourneyModel['personas'][number] {
    return {
        id: persona.name,
        label: persona.label ?? persona.name,
        ...(persona.segments[0] !== undefined ? { segment: persona.segments[0] } : {}),
        needs: [...persona.needs],
        expects: [...persona.expects]
    };
}

function exportChannel(channel: Channel): JourneyModel['channels'][number] {
    return { id: channel.name, label: channel.label ?? channel.name, kind: channel.kinds[0] ?? 'digital' };
}

function exportTouchpoint(touchpoint: Touchpoint): JourneyModel['touchpoints'][number] {
    const owner = touchpoint.owners[0]?.ref?.name;
    return {
        id: touchpoint.name,
        label: touchpoint.label ?? touchpoint.name,
        channel: touchpoint.channels[0]?.ref?.name ?? touchpoint.channels[0]?.$refText ?? '',
        ...(owner !== undefined ? { owner } : {}),
        indirect: touchpoint.indirectMarks.length > 0
    };
}

function exportTeam(team: Team): JourneyModel['teams'][number] {
    return { id: team.name, label: team.label ?? team.name };
}

function exportMetric(metric: Metric): JourneyModel['metrics'][number] {
    const target = metric.targets[0];
    const actual = metric.actuals[0];
    return {
        id: metric.name,
        label: metric.label ?? metric.name,
        ...(metric.units[0] !== undefined ? { unit: metric.units[0] } : {}),
        ...(target ? { target: { op: target.op, value: target.value } } : {}),
        ...(actual !== undefined ? { actual } : {}),
        met: target && actual !== undefined ? meetsTarget(actual, target.op, target.value) : null
    };
}

type ModelStep = JourneyModel['stages'][number]['steps'][number];

/*
 * One step of the model. Loops into the arrays it returns rather than chains of flatMap, spread
 * and Set: the report exports every step right after the check built the map, and what the export
 * allocates is paid again in garbage collection next to that large AST.
 */
function exportStep(step: Step, flow: JourneyFlow): ModelStep {
    const properties = stepProperties(step);
    const actors = flow.actors.get(step) ?? [];
    const touchpoints: string[] = [];
    const channels: string[] = [];
    for (const clause of properties.via) {
        for (const reference of clause.channels) {
            addOnce(channels, reference.ref?.name);
        }
    }
    for (const clause of properties.at) {
        for (const reference of clause.touchpoints) {
            const touchpoint = reference.ref;
            if (touchpoint) {
                addOnce(touchpoints, touchpoint.name);
                addOnce(channels, touchpoint.channels[0]?.ref?.name);
            }
        }
    }
    const emotions: ModelStep['emotions'] = [];
    // forEach rather than for-of: no [persona, emotion] pair per entry.
    feelingsOf(step, actors).felt.forEach((emotion, persona) => {
        emotions.push(emotion.label !== undefined
            ? { persona: persona.name, value: emotion.value, label: emotion.label }
            : { persona: persona.name, value: emotion.value });
    });
    const metrics: string[] = [];
    for (const clause of properties.metrics) {
        for (const reference of clause.metrics) {
            addOnce(metrics, reference.ref?.name);
        }
    }
    const owner = properties.owners[0]?.team?.ref?.name;
    return {
        id: step.name,
        label: step.label ?? step.name,
        actors: actors.map(persona => persona.name),
        touchpoints,
        channels,
        emotions,
        needs: textsOf(step, 'need'),
        thinks: textsOf(step, 'thinks'),
        pains: properties.pains.length === 0 ? [] : properties.pains.filter(pain => pain.text !== undefined).map(exportPain),
        opportunities: properties.opportunities.length === 0 ? [] : properties.opportunities.filter(opportunity => opportunity.text !== undefined).map(exportOpportunity),
        frontstage: textsOf(step, 'frontstage'),
        backstage: textsOf(step, 'backstage'),
        support: textsOf(step, 'support'),
        evidence: textsOf(step, 'evidence'),
        metrics,
        ...(owner !== undefined ? { owner } : {}),
        momentOfTruth: properties.momentOfTruth,
        end: properties.end,
        next: (flow.successors.get(step) ?? []).map(exportSuccessor)
    };
}

function exportPain(pain: Pain): ModelStep['pains'][number] {
    const severity = severityOf(pain);
    return severity !== undefined ? { text: pain.text, severity } : { text: pain.text };
}

function exportOpportunity(opportunity: Opportunity): ModelStep['opportunities'][number] {
    const impact = impactOf(opportunity);
    const effort = effortOf(opportunity);
    return { text: opportunity.text, ...(impact !== undefined ? { impact } : {}), ...(effort !== undefined ? { effort } : {}) };
}

function exportSuccessor(successor: JourneySuccessor): ModelStep['next'][number] {
    return {
        step: successor.step.name,
        ...(successor.label !== undefined ? { label: successor.label } : {}),
        ...(successor.share !== undefined ? { share: successor.share } : {}),
        personas: successor.personas.map(persona => persona.name)
    };
}

/** Adds a name unless it is undefined (an unresolved reference) or already there: the first occurrence wins, as in the file. */
function addOnce(names: string[], name: string | undefined): void {
    if (name !== undefined && !names.includes(name)) {
        names.push(name);
    }
}
