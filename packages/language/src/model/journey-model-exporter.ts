import { type AstNodeDescription, type LangiumDocument } from 'langium';
import type { JourneyModel } from '@journey-maps/model';
import {
    isChannel, isJourneyFile, isMetric, isPersona, isTeam, isTouchpoint,
    type Channel, type Journey, type Metric, type Opportunity, type Pain, type Persona, type Step, type Team, type TextKind, type TextProperty, type Touchpoint
} from '../generated/ast.js';
import type { JourneyFlowProvider } from '../flow/journey-flow-provider.js';
import { stepFeelings, type JourneyFlow, type Successor as JourneySuccessor } from '../flow/journey-flow.js';
import type { StepFeelings } from '../flow/step-emotions.js';
import { effortOf, impactOf, severityOf } from '../flow/scales.js';
import { journeyKind, stepProperties } from '../flow/step-properties.js';
import type { JourneyServices } from '../journey-module.js';
import type { DeclarationType, VisibleDeclarationsProvider } from '../references/visible-declarations.js';
import type { AnalysisModel, AnalysisStep } from './analysis-model.js';
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
 *
 * The model is read-only for everyone who receives it: a step's empty lists are all one frozen
 * array (a map of 10,000 steps has about ten empty lists per step), so a consumer that pushed into
 * one would throw instead of changing every step. None does; whoever needs a list to change copies it.
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

        return {
            version: 2,
            journey: exportJourney(journey, flow),
            personas: visibleNodes(visible, 'Persona', isPersona).map(exportPersona),
            channels: visibleNodes(visible, 'Channel', isChannel).map(exportChannel),
            touchpoints: visibleNodes(visible, 'Touchpoint', isTouchpoint).map(exportTouchpoint),
            teams: visibleNodes(visible, 'Team', isTeam).map(exportTeam),
            metrics: visibleNodes(visible, 'Metric', isMetric).map(exportMetric),
            stages: exportStages(journey, flow, exportStep)
        };
    }

    /**
     * The part of the model that the analysis reads (analysis-model.ts), for whoever only analyses
     * the map: the same values as in the whole model, without what is only drawn.
     */
    exportForAnalysis(document: LangiumDocument): AnalysisModel | undefined {
        const journey = this.journeyOf(document);
        if (!journey) {
            return undefined;
        }
        const flow = this.flows.flowOf(journey);
        const metrics = visibleNodes(this.visible.forDocument(document).byType, 'Metric', isMetric);
        return { journey: exportJourney(journey, flow), metrics: metrics.map(exportMetric), stages: exportStages(journey, flow, exportAnalysisStep) };
    }
}

function exportJourney(journey: Journey, flow: JourneyFlow): JourneyModel['journey'] {
    return {
        id: journey.name,
        title: journey.label ?? journey.name,
        kind: journeyKind(journey),
        goals: [...journey.goals],
        personas: flow.personas.map(persona => persona.name),
        ...(journey.baselines[0]?.ref ? { baseline: journey.baselines[0].ref.name } : {})
    };
}

function exportStages<S>(journey: Journey, flow: JourneyFlow, exportOne: (step: Step, flow: JourneyFlow) => S): Array<{ id: string; label: string; steps: S[] }> {
    const stages: Array<{ id: string; label: string; steps: S[] }> = new Array(journey.stages.length);
    for (let i = 0; i < stages.length; i++) {
        const stage = journey.stages[i];
        const steps: S[] = new Array(stage.steps.length);
        for (let j = 0; j < steps.length; j++) {
            steps[j] = exportOne(stage.steps[j], flow);
        }
        stages[i] = { id: stage.name, label: stage.label ?? stage.name, steps };
    }
    return stages;
}

/** The declarations of a type that a document sees: its own and its direct imports'. */
function visibleNodes<T>(visible: ReadonlyMap<DeclarationType, ReadonlyMap<string, AstNodeDescription>>, type: DeclarationType, guard: (node: unknown) => node is T): T[] {
    return [...(visible.get(type)?.values() ?? [])].map(resolveNode).filter(guard);
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
 * One step of the model: the part the analysis reads, and what is drawn beside it. Indexed loops,
 * no for-of, flatMap, spread or Set; lists of their exact length, and the one frozen empty list for
 * an empty one (here and in the analysed part): the report exports every step's analysed part once,
 * right after the check built the map, so that code runs mostly before V8 optimises it, where every
 * iterator step and temporary object is an allocation, and every list that grew by push keeps room
 * for 17 names. What the export keeps is copied again by each garbage collection next to that large AST.
 */
function exportStep(step: Step, flow: JourneyFlow): ModelStep {
    const analysed = exportAnalysisStep(step, flow);
    const properties = stepProperties(step);
    const via = properties.via;
    const at = properties.at;
    let count = 0;
    for (let i = 0; i < at.length; i++) {
        const references = at[i].touchpoints;
        for (let j = 0; j < references.length; j++) {
            const touchpoint = references[j].ref;
            if (touchpoint) {
                count = addOnce(count, touchpoint.name);
            }
        }
    }
    const touchpoints = collected(count);
    count = 0;
    for (let i = 0; i < via.length; i++) {
        const references = via[i].channels;
        for (let j = 0; j < references.length; j++) {
            count = addOnce(count, references[j].ref?.name);
        }
    }
    for (let i = 0; i < at.length; i++) {
        const references = at[i].touchpoints;
        for (let j = 0; j < references.length; j++) {
            count = addOnce(count, references[j].ref?.channels[0]?.ref?.name);
        }
    }
    const channels = collected(count);
    const owner = properties.owners[0]?.team?.ref?.name;
    const { need: needs, thinks, frontstage, backstage, support, evidence } = properties.texts.length > 0 ? textsByKind(properties.texts) : noTexts;
    const { id, label, actors, emotions, pains, opportunities, metrics, momentOfTruth, end, next } = analysed;
    // Two literals of fixed shape, with and without an owner: a spread of `{ owner }` or `{}` in the
    // middle of one literal made a temporary object, and the keys after it were added one by one.
    return owner !== undefined
        ? { id, label, actors, touchpoints, channels, emotions, needs, thinks, pains, opportunities, frontstage, backstage, support, evidence, metrics, owner, momentOfTruth, end, next }
        : { id, label, actors, touchpoints, channels, emotions, needs, thinks, pains, opportunities, frontstage, backstage, support, evidence, metrics, momentOfTruth, end, next };
}

/** The part of a step that the analysis reads (the report exports only this, exportForAnalysis). */
function exportAnalysisStep(step: Step, flow: JourneyFlow): AnalysisStep {
    const properties = stepProperties(step);
    const actors = flow.actors.get(step) ?? noActors;
    let count = 0;
    const metricClauses = properties.metrics;
    for (let i = 0; i < metricClauses.length; i++) {
        const references = metricClauses[i].metrics;
        for (let j = 0; j < references.length; j++) {
            count = addOnce(count, references[j].ref?.name);
        }
    }
    return {
        id: step.name,
        label: step.label ?? step.name,
        actors: namesOf(actors),
        emotions: exportEmotions(actors, stepFeelings(flow, step).felt),
        pains: exportPains(properties.pains),
        opportunities: exportOpportunities(properties.opportunities),
        metrics: collected(count),
        momentOfTruth: properties.momentOfTruth,
        end: properties.end,
        next: exportSuccessors(flow.successors.get(step))
    };
}

/** Every empty list of the model (see the class comment): typed as a mutable list, as the schema's type has it. */
const empty = Object.freeze([]) as never[];

/**
 * Where a step's touchpoints, channels or metrics are gathered, without repeats, before they are
 * copied out at their exact length: one list for the whole export (it is not reentrant).
 */
const scratch: string[] = [];

/** A step's text lines by kind, in file order; the empty list for a kind it has none of. */
type TextsByKind = Readonly<Record<TextKind, string[]>>;

const noTexts: TextsByKind = { need: empty, thinks: empty, frontstage: empty, backstage: empty, support: empty, evidence: empty };

/**
 * One pass over a step's text lines. Six passes, one per kind, were inlined six times into the
 * export of a step: in a report of 1,000 steps V8's optimising compiler took about 16 ms over that
 * function, 13 ms with one pass (--trace-opt, helper threads off).
 */
function textsByKind(properties: readonly TextProperty[]): TextsByKind {
    const sorted: Record<TextKind, string[]> = { ...noTexts };
    for (let i = 0; i < properties.length; i++) {
        const { kind, text } = properties[i];
        if (text !== undefined) {
            if (sorted[kind] === empty) {
                sorted[kind] = [text];
            } else {
                sorted[kind].push(text);
            }
        }
    }
    return sorted;
}

/** The first `count` names gathered in `scratch`, as a list of their own. */
function collected(count: number): string[] {
    return count === 0 ? empty : scratch.slice(0, count);
}

const noActors: readonly Persona[] = Object.freeze([]);

function namesOf(named: readonly { readonly name: string }[]): string[] {
    if (named.length === 0) {
        return empty;
    }
    const names: string[] = new Array(named.length);
    for (let i = 0; i < named.length; i++) {
        names[i] = named[i].name;
    }
    return names;
}

/**
 * The emotion that counts for each acting persona (feelingsOf decided which, in the flow), in the
 * order of the actors: feelingsOf fills `felt` going through the same actors, so asking it for
 * each actor in turn gives its entries in their order, without a callback into this code per entry
 * (Map.forEach) or a pair per entry (for-of).
 */
function exportEmotions(actors: readonly Persona[], felt: StepFeelings['felt']): ModelStep['emotions'] {
    if (felt.size === 0) {
        return empty;
    }
    const emotions: ModelStep['emotions'] = new Array(felt.size);
    let at = 0;
    for (let i = 0; i < actors.length; i++) {
        const persona = actors[i];
        const emotion = felt.get(persona);
        if (emotion) {
            emotions[at++] = emotion.label !== undefined
                ? { persona: persona.name, value: emotion.value, label: emotion.label }
                : { persona: persona.name, value: emotion.value };
        }
    }
    return emotions;
}

function exportPains(pains: readonly Pain[]): ModelStep['pains'] {
    const count = countWritten(pains);
    if (count === 0) {
        return empty;
    }
    const exported: ModelStep['pains'] = new Array(count);
    let at = 0;
    for (let i = 0; i < pains.length; i++) {
        const pain = pains[i];
        if (pain.text !== undefined) {
            const severity = severityOf(pain);
            exported[at++] = severity !== undefined ? { text: pain.text, severity } : { text: pain.text };
        }
    }
    return exported;
}

function exportOpportunities(opportunities: readonly Opportunity[]): ModelStep['opportunities'] {
    const count = countWritten(opportunities);
    if (count === 0) {
        return empty;
    }
    const exported: ModelStep['opportunities'] = new Array(count);
    let at = 0;
    for (let i = 0; i < opportunities.length; i++) {
        const opportunity = opportunities[i];
        if (opportunity.text !== undefined) {
            exported[at++] = exportOpportunity(opportunity.text, impactOf(opportunity), effortOf(opportunity));
        }
    }
    return exported;
}

/** How many pains or opportunities have their text (one still being typed has none): the length of their exported list. */
function countWritten(properties: readonly { readonly text?: string }[]): number {
    let count = 0;
    for (let i = 0; i < properties.length; i++) {
        count += properties[i].text !== undefined ? 1 : 0;
    }
    return count;
}

/** Each combination of the optional keys written as its own literal: no spread of a temporary object per opportunity. */
function exportOpportunity(text: string, impact: number | undefined, effort: number | undefined): ModelStep['opportunities'][number] {
    if (impact !== undefined) {
        return effort !== undefined ? { text, impact, effort } : { text, impact };
    }
    return effort !== undefined ? { text, effort } : { text };
}

function exportSuccessors(successors: readonly JourneySuccessor[] | undefined): ModelStep['next'] {
    if (!successors || successors.length === 0) {
        return empty;
    }
    const next: ModelStep['next'] = new Array(successors.length);
    for (let i = 0; i < successors.length; i++) {
        next[i] = exportSuccessor(successors[i]);
    }
    return next;
}

/** As exportOpportunity: one literal for each combination of the optional label and share. */
function exportSuccessor(successor: JourneySuccessor): ModelStep['next'][number] {
    const step = successor.step.name;
    const { label, share } = successor;
    const personas = namesOf(successor.personas);
    if (label !== undefined) {
        return share !== undefined ? { step, label, share, personas } : { step, label, personas };
    }
    return share !== undefined ? { step, share, personas } : { step, personas };
}

/** Adds a name to the scratch list's first `count` unless it is undefined (an unresolved reference) or already there: the first occurrence wins, as in the file. */
function addOnce(count: number, name: string | undefined): number {
    if (name === undefined) {
        return count;
    }
    for (let i = 0; i < count; i++) {
        if (scratch[i] === name) {
            return count;
        }
    }
    scratch[count] = name;
    return count + 1;
}
