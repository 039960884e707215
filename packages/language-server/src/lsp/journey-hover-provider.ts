import { AstUtils, CstUtils, GrammarAST, type AstNode, type LangiumDocument, type MaybePromise } from 'langium';
import { AstNodeHoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import {
    isChannel, isJourney, isMetric, isOpportunity, isPain, isPersona, isShareInRange, isStage, isStep, isTeam, isTouchpoint, isTransition,
    type Channel, type Journey, type Metric, type Opportunity, type Pain, type Persona, type Step, type Touchpoint, type Transition
} from '@journey-maps/language';
import type { JourneyFlowProvider } from '@journey-maps/language';
import { journeyKind, stepFeelings, stepProperties } from '@journey-maps/language';
import type { JourneyServices } from '@journey-maps/language';
import { meetsTarget } from '@journey-maps/language';
import { keywordDocumentation } from './keyword-documentation.js';
import { stepInsightHover } from './step-insights.js';
import { scaleText } from './scale-meanings.js';

/**
 * Hover on a name, written or referenced: what the thing is, from its declaration (a persona's
 * segment and needs, a touchpoint's channel and owner, a metric's target and whether it is met),
 * and for a step who acts in it and where its path goes, as the flow rules resolve them. On an
 * arrow: its share and who takes it; on a pain: its severity; on an opportunity: its impact and
 * effort, each with what the value means.
 */
export class JourneyHoverProvider extends AstNodeHoverProvider {
    private readonly flows: JourneyFlowProvider;
    private readonly journeyServices: JourneyServices;

    constructor(services: JourneyServices) {
        super(services);
        this.flows = services.flow.JourneyFlowProvider;
        this.journeyServices = services;
    }

    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const root = document.parseResult.value.$cstNode;
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, offset);
        const node = leaf?.astNode;
        const markdown = (value: string): Hover => ({ contents: { kind: 'markdown', value } });
        if (isTransition(node) && !node.personas.some(reference => covers(reference.$refNode, offset))) {
            const arrow = this.arrowHover(node);
            const target = node.target?.ref;
            return markdown(covers(node.target?.$refNode, offset) && target ? `${arrow}\n\n---\n\n${this.stepHover(target)}` : arrow);
        }
        if (isPain(node)) {
            return markdown(painHover(node));
        }
        if (isOpportunity(node)) {
            return markdown(opportunityHover(node));
        }
        return super.getHoverContent(document, params);
    }

    protected override getAstNodeHoverContent(node: AstNode): MaybePromise<string | undefined> {
        if (isPersona(node)) {
            return personaHover(node);
        }
        if (isTouchpoint(node)) {
            return touchpointHover(node);
        }
        if (isMetric(node)) {
            return metricHover(node);
        }
        if (isChannel(node)) {
            return channelHover(node);
        }
        if (isTeam(node)) {
            return heading('team', node.name, node.label);
        }
        if (isStep(node)) {
            return this.stepHover(node);
        }
        if (isStage(node)) {
            return [heading('stage', node.name, node.label), `${node.steps.length} step${node.steps.length === 1 ? '' : 's'}`].join('\n\n');
        }
        if (isJourney(node)) {
            return journeyHover(node);
        }
        return undefined;
    }

    protected override getKeywordHoverContent(node: AstNode): MaybePromise<Hover | undefined> {
        const keyword = GrammarAST.isKeyword(node) ? node.value : undefined;
        const text = keyword ? keywordDocumentation[keyword] : undefined;
        return text ? { contents: { kind: 'markdown', value: `\`${keyword}\`: ${text}` } } : undefined;
    }

    private arrowHover(arrow: Transition): string {
        const from = arrow.$container;
        const lines = [`**arrow** \`${from.name}\` → \`${arrow.target?.$refText ?? '?'}\`${arrow.label !== undefined ? ` — ${escapeMarkdown(arrow.label)}` : ''}`];
        if (arrow.share !== undefined) {
            lines.push(isShareInRange(arrow.share)
                ? `**Share:** ${arrow.share}% of the customers at \`${from.name}\` go this way`
                : `**Share:** ${arrow.share}% _(out of range: 0% to 100%)_`);
        }
        const journey = AstUtils.getContainerOfType(arrow, isJourney);
        if (!arrow.target?.ref) {
            lines.push('_Its step does not resolve: the arrow is left out of the flow._');
        } else if (journey) {
            const takers = this.flows.flowOf(journey).takers.get(arrow) ?? [];
            const scope = arrow.personas.length > 0 ? ' _(its `for`)_' : ' _(every actor without an arrow of its own)_';
            lines.push(takers.length > 0
                ? `**Taken by:** ${takers.map(p => `\`${p.name}\``).join(', ')}${scope}`
                : '**Taken by:** nobody — no actor of this step takes it');
        }
        return lines.join('\n\n');
    }

    private stepHover(step: Step): string {
        const lines = [heading('step', step.name, step.label)];
        const journey = AstUtils.getContainerOfType(step, isJourney);
        if (!journey) {
            return lines[0];
        }
        const flow = this.flows.flowOf(journey);
        const actors = flow.actors.get(step) ?? [];
        const explicit = stepProperties(step).by.length > 0;
        lines.push(`**Actors:** ${actors.length > 0 ? actors.map(p => `\`${p.name}\``).join(', ') : '—'}${explicit ? '' : ' _(every persona of `for`)_'}`);
        const successors = flow.successors.get(step) ?? [];
        const everyone = actors.length;
        const next = successors.map(s => `\`${s.step.name}\`${s.share !== undefined ? ` ${s.share}%` : ''}${s.label !== undefined ? ` (${escapeMarkdown(s.label)})` : ''}`
            + (s.personas.length < everyone ? ` _for ${s.personas.map(p => p.name).join(', ')}_` : ''));
        lines.push(`**Next:** ${next.length > 0 ? next.join(', ') : stepProperties(step).end ? 'the path ends here' : '—'}`);
        if (!flow.reachable.has(step)) {
            lines.push('_No path reaches this step._');
        }
        // As the map counts them: each actor's own emotion, else the step's general one.
        const emotions = [...stepFeelings(flow, step).felt].filter(([, e]) => e.value !== undefined)
            .map(([persona, e]) => `\`${persona.name}\` ${e.value > 0 ? '+' : ''}${e.value}${e.label ? ` ${escapeMarkdown(e.label)}` : ''}`);
        if (emotions.length > 0) {
            lines.push(`**Emotion:** ${emotions.join('; ')}`);
        }
        lines.push(...stepInsightHover(step, this.journeyServices));
        return lines.join('\n\n');
    }
}

function painHover(pain: Pain): string {
    const severity = pain.severities[0];
    const lines = [`**pain** “${escapeMarkdown(pain.text ?? '')}”`];
    lines.push(severity === undefined
        ? '**Severity:** not given (add `severity 1..5`; a report counts it as 3)'
        : `**Severity:** ${scaleText('severity', severity) ?? `${severity} _(out of range: 1 to 5)_`}`);
    return lines.join('\n\n');
}

function opportunityHover(opportunity: Opportunity): string {
    const lines = [`**opportunity** “${escapeMarkdown(opportunity.text ?? '')}”`];
    const impact = opportunity.impacts[0];
    const effort = opportunity.efforts[0];
    lines.push(`**Impact:** ${impact === undefined ? 'not given (counts as 3)' : scaleText('impact', impact) ?? `${impact} _(out of range: 1 to 5)_`}`);
    lines.push(`**Effort:** ${effort === undefined ? 'not given (counts as 3)' : scaleText('effort', effort) ?? `${effort} _(out of range: 1 to 5)_`}`);
    return lines.join('\n\n');
}

function covers(node: { offset: number; end: number } | undefined, offset: number): boolean {
    return node !== undefined && node.offset <= offset && offset < node.end;
}

function heading(kind: string, name: string, label: string | undefined): string {
    return `**${kind}** \`${name}\`${label !== undefined && label !== name ? ` — ${escapeMarkdown(label)}` : ''}`;
}

function personaHover(persona: Persona): string {
    const lines = [heading('persona', persona.name, persona.label)];
    if (persona.segments[0] !== undefined) {
        lines.push(`**Segment:** ${escapeMarkdown(persona.segments[0])}`);
    }
    if (persona.needs.length > 0) {
        lines.push('**Needs:**\n' + persona.needs.map(need => `- ${escapeMarkdown(need)}`).join('\n'));
    }
    if (persona.expects.length > 0) {
        lines.push('**Expects:**\n' + persona.expects.map(expects => `- ${escapeMarkdown(expects)}`).join('\n'));
    }
    return lines.join('\n\n');
}

function touchpointHover(touchpoint: Touchpoint): string {
    const lines = [heading('touchpoint', touchpoint.name, touchpoint.label)];
    const channel = touchpoint.channels[0];
    lines.push(`**Channel:** ${channel ? `\`${channel.$refText}\`${channel.ref?.label ? ` — ${escapeMarkdown(channel.ref.label)}` : ''}` : '_none (add `via`)_'}`);
    const owner = touchpoint.owners[0];
    if (owner) {
        lines.push(`**Owner:** \`${owner.$refText}\`${owner.ref?.label ? ` — ${escapeMarkdown(owner.ref.label)}` : ''}`);
    }
    if (touchpoint.indirectMarks.length > 0) {
        lines.push('_Indirect: not controlled by the organisation._');
    }
    return lines.join('\n\n');
}

function metricHover(metric: Metric): string {
    const lines = [heading('metric', metric.name, metric.label)];
    const unit = metric.units[0] !== undefined ? ` ${metric.units[0]}` : '';
    const target = metric.targets[0];
    const actual = metric.actuals[0];
    if (target?.op && target.value !== undefined) {
        lines.push(`**Target:** ${target.op} ${target.value}${unit}`);
    }
    if (actual !== undefined) {
        lines.push(`**Actual:** ${actual}${unit}`);
    }
    if (target?.op && target.value !== undefined && actual !== undefined) {
        lines.push(meetsTarget(actual, target.op, target.value) ? '**Met:** yes ✓' : '**Met:** no ✗');
    } else {
        lines.push('**Met:** unknown (needs a target and an actual)');
    }
    return lines.join('\n\n');
}

function channelHover(channel: Channel): string {
    return [heading('channel', channel.name, channel.label), `**Kind:** ${channel.kinds[0] ?? 'digital'}`].join('\n\n');
}

function journeyHover(journey: Journey): string {
    const lines = [heading('journey', journey.name, journey.label), `**Kind:** ${journeyKind(journey)}`];
    const personas = journey.forClauses.flatMap(clause => clause.personas.map(p => `\`${p.$refText}\``));
    if (personas.length > 0) {
        lines.push(`**For:** ${personas.join(', ')}`);
    }
    return lines.join('\n\n');
}

function escapeMarkdown(text: string): string {
    return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}
