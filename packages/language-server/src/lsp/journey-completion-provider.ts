import { AstUtils, GrammarAST, type AstNode, type AstNodeDescription, type LangiumDocument, type MaybePromise, type ReferenceInfo, type Stream } from 'langium';
import {
    DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type CompletionProviderOptions, type LangiumServices, type NextFeature
} from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat, type CancellationToken, type CompletionList, type CompletionParams } from 'vscode-languageserver';
import {
    isByClause, isEmotion, isForClause, isJourney, isNameRuleKeyword, isOpportunity, isPain, isStep, isTouchpoint, isTransition, type Step
} from '@journey-maps/language';
import { journeyPersonas } from '@journey-maps/language';
import { stepProperties } from '@journey-maps/language';
import type { JourneyServices } from '@journey-maps/language';
import { CompletionWindow } from './completion-window.js';
import { keywordDocumentation } from './keyword-documentation.js';
import { scaleMeanings, type ScaleName } from './scale-meanings.js';

/** The meaning of each emotion score, shown when completing `emotion`. */
export const emotionMeanings: ReadonlyArray<readonly [number, string]> = [
    [-3, 'very negative: furious, desperate, gives up'],
    [-2, 'negative: annoyed, frustrated'],
    [-1, 'slightly negative: unsure, impatient'],
    [0, 'neutral'],
    [1, 'slightly positive: curious, reassured'],
    [2, 'positive: pleased, relieved'],
    [3, 'very positive: delighted, enthusiastic']
];

const operatorDocumentation: Record<string, string> = {
    '<': 'the actual value must be below the target',
    '<=': 'the actual value must be at most the target',
    '>': 'the actual value must be above the target',
    '>=': 'the actual value must be at least the target',
    '=': 'the actual value must equal the target'
};

/** Step clauses that the spec allows once: not offered again when the step already has one. */
const oncePerStep: Record<string, (step: Step) => readonly AstNode[]> = {
    by: step => stepProperties(step).by,
    at: step => stepProperties(step).at,
    via: step => stepProperties(step).via,
    owner: step => stepProperties(step).owners,
    metric: step => stepProperties(step).metrics,
    end: step => step.properties.filter(p => p.$type === 'FlagProperty' && (p as { flag?: string }).flag === 'end'),
    'moment-of-truth': step => step.properties.filter(p => p.$type === 'FlagProperty' && (p as { flag?: string }).flag === 'moment-of-truth')
};

/** The scales of a pain and an opportunity, by the list their value is assigned to. */
const scaleOf: Record<string, ScaleName> = { severities: 'severity', impacts: 'impact', efforts: 'effort' };

/** Scales a pain or an opportunity has once: not offered again when it has one. */
const oncePerText: Record<string, (node: AstNode) => readonly number[] | undefined> = {
    severity: node => (isPain(node) ? node.severities : undefined),
    impact: node => (isOpportunity(node) ? node.impacts : undefined),
    effort: node => (isOpportunity(node) ? node.efforts : undefined)
};

/**
 * Completion that follows the grammar (Langium's default) and knows the language on top of it:
 * after `by` only the personas of the journey's `for`, after an arrow's `for` only the step's
 * actors, nothing already listed in the same clause, emotion scores and the 1–5 scales with their
 * meaning, comparison operators after `target`, snippets for the common declarations, no second
 * `by`/`at`/`via`/... in a step that has one and no second `severity`, `impact` or `effort`, and
 * the soft keywords only where they are keywords (never offered as a name).
 *
 * On large files the grammar is followed from the nearest step, stage or declaration instead of
 * from the start of the file (see {@link CompletionWindow}), so completion costs the same at
 * 50 and at 5,000 steps.
 */
export class JourneyCompletionProvider extends DefaultCompletionProvider {
    override readonly completionOptions: CompletionProviderOptions = { triggerCharacters: [',', '>'] };
    private readonly window: CompletionWindow;
    private readonly services: JourneyServices;
    /** The window of the request in progress, for the token scan (which only receives the text). */
    private lexWindow?: { text: string; offset: number; start: number };

    constructor(services: JourneyServices) {
        super(services as LangiumServices);
        this.services = services;
        this.window = new CompletionWindow(services);
    }

    override getCompletion(document: LangiumDocument, params: CompletionParams, cancelToken?: CancellationToken): Promise<CompletionList | undefined> {
        const text = document.textDocument.getText();
        const offset = document.textDocument.offsetAt(params.position);
        this.lexWindow = { text, offset, start: this.window.restartOffset(document, offset) ?? 0 };
        return super.getCompletion(document, params, cancelToken);
    }

    protected override findFeaturesAt(document: CompletionContext['textDocument'], offset: number): NextFeature[] {
        const windowed = this.window.windowFor(document, offset);
        if (!windowed) {
            return super.findFeaturesAt(document, offset);
        }
        return super.findFeaturesAt(windowed.document, windowed.offset);
    }

    protected override backtrackToAnyToken(text: string, offset: number): ReturnType<DefaultCompletionProvider['backtrackToAnyToken']> {
        const window = this.lexWindow;
        const start = window && window.text === text && window.offset === offset ? window.start : 0;
        if (start === 0) {
            return super.backtrackToAnyToken(text, offset);
        }
        const lineEnd = text.indexOf('\n', offset);
        const local = super.backtrackToAnyToken(text.slice(start, lineEnd < 0 ? text.length : lineEnd), offset - start);
        return {
            nextTokenStart: local.nextTokenStart + start,
            nextTokenEnd: local.nextTokenEnd + start,
            previousTokenStart: local.previousTokenStart === undefined ? undefined : local.previousTokenStart + start,
            previousTokenEnd: local.previousTokenEnd === undefined ? undefined : local.previousTokenEnd + start
        };
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        const feature = next.feature;
        if (GrammarAST.isRuleCall(feature) && feature.rule.ref?.name === 'NUMBER') {
            const assignment = AstUtils.getContainerOfType(feature, GrammarAST.isAssignment);
            const rule = AstUtils.getContainerOfType(feature, GrammarAST.isParserRule);
            if (assignment?.feature === 'value' && rule?.name === 'Emotion') {
                this.completeEmotionValues(context, acceptor);
            }
            const scale = assignment ? scaleOf[assignment.feature] : undefined;
            if (scale) {
                this.completeScaleValues(context, scale, acceptor);
            }
            return;
        }
        if (GrammarAST.isKeyword(feature)) {
            this.completeSnippet(context, feature.value, acceptor);
        }
        return super.completionFor(context, next, acceptor);
    }

    protected override filterKeyword(context: CompletionContext, keyword: GrammarAST.Keyword): boolean {
        if (keyword.value in operatorDocumentation) {
            return true;
        }
        if (isNameRuleKeyword(keyword) || !super.filterKeyword(context, keyword)) {
            return false;
        }
        const scales = oncePerText[keyword.value];
        if (scales && context.node) {
            const text = AstUtils.getContainerOfType(context.node, node => isPain(node) || isOpportunity(node));
            const given = text ? scales(text) : undefined;
            if (given && given.length > 0 && !containsOffset(text!, context.tokenOffset)) {
                return false;
            }
        }
        if (keyword.value === 'baseline') {
            // A journey has one baseline.
            const journey = context.node && AstUtils.getContainerOfType(context.node, isJourney);
            return !journey?.baselines.some(reference => reference.$refNode && reference.$refNode.end < context.tokenOffset);
        }
        const once = oncePerStep[keyword.value];
        const step = context.node && AstUtils.getContainerOfType(context.node, isStep);
        if (once && step && isInStepBody(step, context.offset)) {
            const existing = once(step).filter(clause => !containsOffset(clause, context.tokenOffset));
            return existing.length === 0;
        }
        return true;
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): MaybePromise<void> {
        if (!this.filterKeyword(context, keyword)) {
            return;
        }
        const operator = operatorDocumentation[keyword.value];
        acceptor(context, {
            label: keyword.value,
            kind: operator ? CompletionItemKind.Operator : CompletionItemKind.Keyword,
            detail: operator ? 'comparison' : 'keyword',
            documentation: operator ?? keywordDocumentation[keyword.value],
            sortText: '1' + keyword.value
        });
    }

    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const candidates = super.getReferenceCandidates(refInfo, context);
        const container = refInfo.container;
        const listed = alreadyListed(container, context.tokenOffset);
        let allowed: Set<AstNode> | undefined;
        if (isByClause(container) || (isEmotion(container) && refInfo.property === 'persona')) {
            const journey = AstUtils.getContainerOfType(container, isJourney);
            allowed = new Set<AstNode>(journey ? journeyPersonas(journey) : []);
        } else if (isTransition(container) && refInfo.property === 'personas') {
            const step = AstUtils.getContainerOfType(container, isStep);
            const journey = step && AstUtils.getContainerOfType(step, isJourney);
            allowed = new Set<AstNode>(step && journey ? this.services.flow.JourneyFlowProvider.flowOf(journey).actors.get(step) ?? [] : []);
        }
        return candidates.filter(candidate => !listed.has(candidate.name) && (!allowed || (candidate.node !== undefined && allowed.has(candidate.node))));
    }

    protected override createReferenceCompletionItem(description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): ReturnType<DefaultCompletionProvider['createReferenceCompletionItem']> {
        const item = super.createReferenceCompletionItem(description, refInfo, context);
        const node = description.node as (AstNode & { label?: string }) | undefined;
        return {
            ...item,
            detail: node?.label ? `${description.type.toLowerCase()} · ${node.label}` : description.type.toLowerCase(),
            sortText: '0' + description.name
        };
    }

    private completeEmotionValues(context: CompletionContext, acceptor: CompletionAcceptor): void {
        for (const [value, meaning] of emotionMeanings) {
            const label = value > 0 ? `+${value}` : String(value);
            acceptor(context, {
                label,
                insertText: String(value),
                filterText: label,
                kind: CompletionItemKind.Value,
                detail: meaning,
                documentation: `Emotion ${label}: ${meaning}.`,
                sortText: `0${value + 3}`
            });
        }
    }

    private completeScaleValues(context: CompletionContext, scale: ScaleName, acceptor: CompletionAcceptor): void {
        scaleMeanings[scale].forEach((meaning, index) => {
            const value = String(index + 1);
            acceptor(context, {
                label: value,
                kind: CompletionItemKind.Value,
                detail: meaning,
                documentation: `${scale} ${value} of 5: ${meaning}.`,
                sortText: `0${value}`
            });
        });
    }

    /** A skeleton next to the keyword that starts a persona, touchpoint, stage or step. */
    private completeSnippet(context: CompletionContext, keyword: string, acceptor: CompletionAcceptor): void {
        const snippet = this.snippetFor(context, keyword);
        if (snippet) {
            acceptor(context, {
                label: keyword,
                kind: CompletionItemKind.Snippet,
                detail: snippet.detail,
                insertText: snippet.text,
                insertTextFormat: InsertTextFormat.Snippet,
                documentation: { kind: 'markdown', value: '```journey\n' + snippet.text.replace(/\$\{\d+[:|]([^}|]*)[^}]*\}/g, '$1').replace(/\$\d+/g, '') + '\n```' },
                sortText: '2' + keyword
            });
        }
    }

    private snippetFor(context: CompletionContext, keyword: string): { detail: string; text: string } | undefined {
        switch (keyword) {
            case 'persona':
                return { detail: 'persona skeleton', text: 'persona ${1:name} "${2:Who they are}" {\n\tsegment "${3:segment}"\n\tneed "${4:what they want}"\n}' };
            case 'touchpoint': {
                const channels = this.visibleNames(context, 'Channel');
                const via = channels.length > 0 ? `\${2|${channels.join(',')}|}` : '${2:channel}';
                return { detail: 'touchpoint skeleton', text: `touchpoint \${1:name} "\${3:What it is}" {\n\tvia ${via}\n}` };
            }
            case 'stage':
                return { detail: 'stage skeleton', text: 'stage ${1:name} "${2:Label}" {\n\tstep ${3:name} "${4:What the customer does}" {\n\t\t$0\n\t}\n}' };
            case 'step': {
                const journey = context.node && AstUtils.getContainerOfType(context.node, isJourney);
                const personas = journey ? journeyPersonas(journey).map(p => p.name).filter(Boolean) : [];
                const touchpoints = this.visibleNames(context, 'Touchpoint');
                const by = personas.length > 0 ? `\${3|${personas.join(',')}|}` : '${3:persona}';
                const at = touchpoints.length > 0 ? `\${4|${touchpoints.join(',')}|}` : '${4:touchpoint}';
                return {
                    detail: 'step skeleton',
                    text: `step \${1:name} "\${2:What the customer does}" {\n\tby ${by}\n\tat ${at}\n\temotion \${5:0} "\${6:feeling}"\n\t$0\n}`
                };
            }
            default:
                return undefined;
        }
    }

    private visibleNames(context: CompletionContext, type: 'Channel' | 'Touchpoint'): string[] {
        const names = (this.services as JourneyServices).references.VisibleDeclarations.forDocument(context.document).byType.get(type);
        return names ? [...names.keys()].slice(0, 20).map(escapeChoice) : [];
    }
}


/** Names already written in the list being completed (`by anna, |` does not offer anna again). */
function alreadyListed(container: AstNode, cursor: number): Set<string> {
    const names = new Set<string>();
    if (isByClause(container) || isForClause(container) || isTransition(container)) {
        container.personas.forEach(ref => addUnlessAtCursor(names, ref.$refText, ref.$refNode, cursor));
    } else if (container.$type === 'AtClause' || container.$type === 'ViaClause' || container.$type === 'MetricClause') {
        const refs = (container as { touchpoints?: Array<{ $refText: string; $refNode?: { offset: number; end: number } }> }).touchpoints
            ?? (container as { channels?: Array<{ $refText: string; $refNode?: { offset: number; end: number } }> }).channels
            ?? (container as { metrics?: Array<{ $refText: string; $refNode?: { offset: number; end: number } }> }).metrics
            ?? [];
        refs.forEach(ref => addUnlessAtCursor(names, ref.$refText, ref.$refNode, cursor));
    } else if (isTouchpoint(container)) {
        // A touchpoint has one channel and one owner; nothing to exclude.
    }
    return names;
}

function addUnlessAtCursor(names: Set<string>, name: string, node: { offset: number; end: number } | undefined, cursor: number): void {
    if (name && !(node && node.offset <= cursor && cursor <= node.end)) {
        names.add(name);
    }
}

function isInStepBody(step: Step, offset: number): boolean {
    const cst = step.$cstNode;
    return !!cst && cst.offset < offset;
}

function containsOffset(node: AstNode, offset: number): boolean {
    const cst = node.$cstNode;
    return !!cst && cst.offset <= offset && offset <= cst.end;
}

function escapeChoice(name: string): string {
    return name.replace(/[,|\\$}]/g, '\\$&');
}
