import { AstUtils, CstUtils, isReference, type AstNode, type AstReflection, type LangiumDocument, type MaybePromise, type ReferenceInfo, type ScopeProvider } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeAction, CodeActionParams, Command, Diagnostic, TextEdit } from 'vscode-languageserver';
import {
    isByClause, isEmotion, isJourney, isJourneyFile, isStep, isTouchpoint, isTransition, stepFeelings,
    type Declaration, type Emotion, type Journey, type JourneyFile, type Step, type Transition
} from '@journey-maps/language';
import { DiagnosticCode } from '@journey-maps/language';
import type { JourneyFlowProvider } from '@journey-maps/language';
import { journeyPersonas } from '@journey-maps/language';
import { stepProperties } from '@journey-maps/language';
import type { JourneyServices } from '@journey-maps/language';
import { referenceKindName } from '@journey-maps/language';
import type { VisibleDeclarationsProvider } from '@journey-maps/language';
import { ArrowFixes } from './arrow-fixes.js';
import { indentationAt, insert, lineStart, quickFix, removeListItem, removeNode } from './code-action-edits.js';

/**
 * Quick fixes for the diagnostics a user meets most. Each fix is a plain text edit in the file
 * that has the problem, chosen so that applying it removes its diagnostic without adding an error:
 * - unknown reference: use the closest visible name, or declare it (a persona named in a step is
 *   also added to the journey's `for`; a touchpoint gets a `via`);
 * - emotion out of range: clamp it to -3..+3; a severity, impact or effort to 1..5; a share to 0..100%;
 * - persona not in `for`: add it there;
 * - missing emotion: add one for the actors that have none;
 * - a second emotion: keep one of the two;
 * - touchpoint without `via`: add one;
 * - unused declaration: remove it;
 * - a name repeated in one list: remove the repeat;
 * - an arrow to a step where one of its personas does not act, or naming a persona that does not act
 *   in its step: see {@link ArrowFixes}.
 */
export class JourneyCodeActionProvider implements CodeActionProvider {
    private readonly reflection: AstReflection;
    private readonly scopes: ScopeProvider;
    private readonly visible: VisibleDeclarationsProvider;
    private readonly flows: JourneyFlowProvider;
    private readonly arrows: ArrowFixes;

    constructor(services: JourneyServices) {
        this.reflection = services.shared.AstReflection;
        this.scopes = services.references.ScopeProvider;
        this.visible = services.references.VisibleDeclarations;
        this.flows = services.flow.JourneyFlowProvider;
        this.arrows = new ArrowFixes(this.flows);
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction> | undefined> {
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            try {
                actions.push(...this.fixesFor(document, diagnostic));
            } catch {
                // A fix that cannot be computed on a half-typed text is simply not offered.
            }
        }
        return actions;
    }

    private fixesFor(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        switch (diagnostic.code) {
            case DiagnosticCode.UnknownReference: return this.unknownReference(document, diagnostic);
            case DiagnosticCode.EmotionRange: return this.clamp(document, diagnostic, -3, 3, 'the emotion');
            case DiagnosticCode.ScaleRange: return this.clamp(document, diagnostic, 1, 5, 'the value');
            case DiagnosticCode.ShareRange: return this.clamp(document, diagnostic, 0, 100, 'the share');
            case DiagnosticCode.DuplicateEmotion: return this.keepOneEmotion(document, diagnostic);
            case DiagnosticCode.RepeatedName: return this.removeRepeat(document, diagnostic);
            case DiagnosticCode.PathToNonActor: return this.onArrow(document, diagnostic, arrow => this.arrows.pathToNonActor(document, diagnostic, arrow));
            case DiagnosticCode.ArrowForNonActor: return this.onArrow(document, diagnostic, arrow => this.arrows.arrowForNonActor(document, diagnostic, arrow));
            case DiagnosticCode.PersonaNotInJourney: return this.addToFor(document, diagnostic);
            case DiagnosticCode.NoEmotion: return this.addEmotion(document, diagnostic);
            case DiagnosticCode.TouchpointWithoutChannel: return this.addVia(document, diagnostic);
            case DiagnosticCode.UnusedDeclaration: return this.removeDeclaration(document, diagnostic);
            default: return [];
        }
    }

    private unknownReference(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const info = this.referenceAt(document, diagnostic);
        if (!info) {
            return [];
        }
        const name = info.reference.$refText;
        const type = this.reflection.getReferenceType(info);
        const kind = referenceKindName(type);
        const actions: CodeAction[] = [];
        const range = diagnostic.range;
        const journey = AstUtils.getContainerOfType(info.container, isJourney);
        const personasOnly = namesAPersonaOfTheJourney(info) && journey ? new Set<AstNode>(journeyPersonas(journey)) : undefined;
        const candidates = this.scopes.getScope(info).getAllElements()
            .filter(candidate => !personasOnly || (candidate.node !== undefined && personasOnly.has(candidate.node)))
            .map(candidate => ({ name: candidate.name, distance: editDistance(name, candidate.name) }))
            .filter(candidate => candidate.distance <= Math.max(2, Math.floor(name.length / 2)))
            .toArray()
            .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name))
            .slice(0, 3);
        candidates.forEach((candidate, index) => actions.push(quickFix(document, `Change to '${candidate.name}'`, diagnostic,
            [{ range, newText: candidate.name }], index === 0)));

        const declare = this.declarationEdits(document, info, type, name);
        if (declare.length > 0) {
            actions.push(quickFix(document, `Declare ${kind} '${name}'`, diagnostic, declare, candidates.length === 0));
        }
        return actions;
    }

    private declarationEdits(document: LangiumDocument, info: ReferenceInfo, type: string, name: string): TextEdit[] {
        const text = document.textDocument.getText();
        if (type === 'Step') {
            const step = AstUtils.getContainerOfType(info.container, isStep);
            const cst = step?.$cstNode;
            if (!step || !cst) {
                return [];
            }
            const indent = indentationAt(text, cst.offset);
            return [insert(document, cst.end, `\n${indent}step ${name}`)];
        }
        const edits: TextEdit[] = [];
        let declaration: string;
        switch (type) {
            case 'Touchpoint': {
                const channels = this.visible.forDocument(document).byType.get('Channel');
                const channel = channels && channels.size > 0 ? channels.keys().next().value as string : undefined;
                declaration = channel ? `touchpoint ${name} { via ${channel} }` : `channel ${name}-channel\ntouchpoint ${name} { via ${name}-channel }`;
                break;
            }
            case 'Persona': case 'Channel': case 'Team': case 'Metric':
                declaration = `${type.toLowerCase()} ${name}`;
                break;
            default:
                return [];
        }
        const root = document.parseResult.value as JourneyFile;
        const journey = isJourneyFile(root) ? root.journeys[0] : undefined;
        if (journey?.$cstNode && journey.$cstNode.offset <= (info.container.$cstNode?.offset ?? 0)) {
            const start = lineStart(text, journey.$cstNode.offset);
            edits.push(insert(document, start, `${declaration}\n\n`));
        } else {
            edits.push(insert(document, text.length, `${text.length > 0 && !text.endsWith('\n') ? '\n' : ''}${declaration}\n`));
        }
        if (type === 'Persona' && namesAPersonaOfTheJourney(info)) {
            const owner = AstUtils.getContainerOfType(info.container, isJourney);
            if (owner) {
                edits.push(...this.forEdits(document, owner, name));
            }
        }
        return edits;
    }

    /** Clamps a number to its range, keeping a written `+` and a `%`. */
    private clamp(document: LangiumDocument, diagnostic: Diagnostic, min: number, max: number, what: string): CodeAction[] {
        const written = document.textDocument.getText(diagnostic.range);
        const percent = written.endsWith('%') ? '%' : '';
        const value = Number(percent ? written.slice(0, -1) : written);
        if (!Number.isFinite(value)) {
            return [];
        }
        const clamped = Math.min(max, Math.max(min, percent ? value : Math.round(value)));
        const newText = `${clamped > 0 && written.startsWith('+') ? '+' : ''}${clamped}${percent}`;
        return [quickFix(document, `Change ${what} to ${newText}`, diagnostic, [{ range: diagnostic.range, newText }], true)];
    }

    /** A second emotion for the same actors: remove it (preferred), or keep it and remove the first. */
    private keepOneEmotion(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const node = this.nodeAt(document, diagnostic);
        const second = node && AstUtils.getContainerOfType(node, isEmotion);
        const step = second && AstUtils.getContainerOfType(second, isStep);
        if (!second || !step) {
            return [];
        }
        const sameActors = (emotion: Emotion) => second.persona ? emotion.persona?.ref !== undefined && emotion.persona.ref === second.persona.ref : !emotion.persona;
        const first = stepProperties(step).emotions.find(emotion => emotion !== second && sameActors(emotion));
        const removeSecond = removeNode(document, second);
        const removeFirst = first && removeNode(document, first);
        const actions: CodeAction[] = [];
        if (removeSecond && first?.$cstNode) {
            actions.push(quickFix(document, `Keep '${first.$cstNode.text}', remove this emotion`, diagnostic, [removeSecond], true));
        }
        if (removeFirst && second.$cstNode) {
            actions.push(quickFix(document, `Keep '${second.$cstNode.text}', remove '${first.$cstNode!.text}'`, diagnostic, [removeFirst], false));
        }
        return actions;
    }

    /** A name written twice in one list: remove the repeat. */
    private removeRepeat(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const node = this.nodeAt(document, diagnostic);
        const offset = document.textDocument.offsetAt(diagnostic.range.start);
        const list = node && (['personas', 'touchpoints', 'channels', 'metrics'] as const)
            .map(property => (node as unknown as Record<string, unknown>)[property])
            .find((items): items is Array<{ $refText: string; $refNode?: { offset: number } }> => Array.isArray(items) && items.some(item => item?.$refNode?.offset === offset));
        const index = list ? list.findIndex(item => item.$refNode?.offset === offset) : -1;
        const edit = list && index > 0 ? removeListItem(document, list as never, index) : undefined;
        return edit ? [quickFix(document, `Remove the repeated '${list![index].$refText}'`, diagnostic, [edit], true)] : [];
    }

    private onArrow(document: LangiumDocument, diagnostic: Diagnostic, fixes: (arrow: Transition) => CodeAction[]): CodeAction[] {
        const node = this.nodeAt(document, diagnostic);
        const arrow = node && AstUtils.getContainerOfType(node, isTransition);
        return arrow ? fixes(arrow) : [];
    }

    private addToFor(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const name = document.textDocument.getText(diagnostic.range);
        const node = this.nodeAt(document, diagnostic);
        const journey = node && AstUtils.getContainerOfType(node, isJourney);
        if (!journey || !name) {
            return [];
        }
        return [quickFix(document, `Add '${name}' to the journey's 'for'`, diagnostic, this.forEdits(document, journey, name), true)];
    }

    /** Adds a persona to the first `for` of a journey, or gives the journey a `for`. */
    private forEdits(document: LangiumDocument, journey: Journey, name: string): TextEdit[] {
        const clause = journey.forClauses[0];
        if (clause?.$cstNode) {
            return [insert(document, clause.$cstNode.end, `, ${name}`)];
        }
        const brace = CstUtils.streamCst(journey.$cstNode!).find(node => node.text === '{' && node.astNode === journey);
        if (!brace) {
            return [];
        }
        const text = document.textDocument.getText();
        const indent = indentationAt(text, journey.$cstNode!.offset);
        return [insert(document, brace.end, `\n${indent}  for ${name}`)];
    }

    private addEmotion(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const node = this.nodeAt(document, diagnostic);
        const step = node && AstUtils.getContainerOfType(node, isStep);
        const journey = step && AstUtils.getContainerOfType(step, isJourney);
        if (!step || !journey) {
            return [];
        }
        const flow = this.flows.flowOf(journey);
        const emotions = stepProperties(step).emotions;
        const missing = stepFeelings(flow, step).missing;
        if (missing.length === 0) {
            return [];
        }
        const lines = emotions.length === 0 ? ['emotion 0'] : missing.map(persona => `emotion ${persona.name} 0`);
        const title = emotions.length === 0 ? 'Add a neutral emotion (0)' : `Add a neutral emotion for ${missing.map(p => p.name).join(', ')}`;
        return [quickFix(document, title, diagnostic, this.stepBodyEdits(document, step, lines), true)];
    }

    /** Adds properties at the end of a step's body, giving it a body when it has none. */
    private stepBodyEdits(document: LangiumDocument, step: Step, lines: string[]): TextEdit[] {
        const cst = step.$cstNode!;
        const text = document.textDocument.getText();
        const close = cst.text.endsWith('}') ? cst.end - 1 : undefined;
        if (close === undefined || !cst.text.includes('{')) {
            return [insert(document, cst.end, ` { ${lines.join(' ')} }`)];
        }
        const lineOfClose = lineStart(text, close);
        if (text.slice(lineOfClose, close).trim() === '') {
            // `}` on its own line: one property per line, indented like the others.
            const first = step.properties[0]?.$cstNode;
            const indent = first && text.slice(lineStart(text, first.offset), first.offset).trim() === ''
                ? text.slice(lineStart(text, first.offset), first.offset)
                : text.slice(lineOfClose, close) + '  ';
            return [insert(document, lineOfClose, lines.map(line => `${indent}${line}\n`).join(''))];
        }
        const before = text.charAt(close - 1);
        return [insert(document, close, `${before === ' ' || before === '{' ? (before === '{' ? ' ' : '') : ' '}${lines.join(' ')} `)];
    }

    private addVia(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const node = this.nodeAt(document, diagnostic);
        const touchpoint = node && AstUtils.getContainerOfType(node, isTouchpoint);
        const cst = touchpoint?.$cstNode;
        if (!touchpoint || !cst) {
            return [];
        }
        const channels = [...(this.visible.forDocument(document).byType.get('Channel')?.keys() ?? [])].slice(0, 3);
        const viaEdit = (channel: string): TextEdit => {
            const brace = CstUtils.streamCst(cst).find(leaf => leaf.text === '{' && leaf.astNode === touchpoint);
            return brace ? insert(document, brace.end, ` via ${channel}`) : insert(document, cst.end, ` { via ${channel} }`);
        };
        if (channels.length === 0) {
            const channel = `${touchpoint.name}-channel`;
            const text = document.textDocument.getText();
            return [quickFix(document, `Declare channel '${channel}' and add 'via ${channel}'`, diagnostic,
                [insert(document, lineStart(text, cst.offset), `channel ${channel}\n`), viaEdit(channel)], true)];
        }
        return channels.map((channel, index) => quickFix(document, `Add 'via ${channel}'`, diagnostic, [viaEdit(channel)], index === 0));
    }

    private removeDeclaration(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const node = this.nodeAt(document, diagnostic);
        const declaration = node && AstUtils.getContainerOfType(node, (n): n is Declaration => isJourneyFile(n.$container));
        const cst = declaration?.$cstNode;
        if (!declaration || !cst) {
            return [];
        }
        const text = document.textDocument.getText();
        let start = cst.offset;
        let end = cst.end;
        const from = lineStart(text, start);
        const lineEnd = text.indexOf('\n', end);
        const to = lineEnd < 0 ? text.length : lineEnd + 1;
        if (text.slice(from, start).trim() === '' && text.slice(end, to).trim() === '') {
            // The declaration fills its lines: remove them whole.
            start = from;
            end = to;
        }
        const kind = referenceKindName(declaration.$type);
        return [quickFix(document, `Remove unused ${kind} '${declaration.name}'`, diagnostic, [{
            range: { start: document.textDocument.positionAt(start), end: document.textDocument.positionAt(end) }, newText: ''
        }], true)];
    }

    private nodeAt(document: LangiumDocument, diagnostic: Diagnostic): AstNode | undefined {
        const root = document.parseResult.value.$cstNode;
        const offset = document.textDocument.offsetAt(diagnostic.range.start);
        return root ? CstUtils.findLeafNodeAtOffset(root, offset)?.astNode : undefined;
    }

    private referenceAt(document: LangiumDocument, diagnostic: Diagnostic): ReferenceInfo | undefined {
        const container = this.nodeAt(document, diagnostic);
        const offset = document.textDocument.offsetAt(diagnostic.range.start);
        if (!container) {
            return undefined;
        }
        for (const info of AstUtils.streamReferences(container)) {
            if (isReference(info.reference) && info.reference.$refNode?.offset === offset) {
                return info;
            }
        }
        return undefined;
    }

}

/** A reference that only a persona of the journey's `for` may fill: in `by`, a per-persona emotion, an arrow's `for`. */
function namesAPersonaOfTheJourney(info: ReferenceInfo): boolean {
    return isByClause(info.container) || isEmotion(info.container) || (isTransition(info.container) && info.property === 'personas');
}

/** Levenshtein distance, for "did you mean". */
export function editDistance(a: string, b: string): number {
    const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = previous[0];
        previous[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = previous[j];
            previous[j] = Math.min(previous[j] + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
            diagonal = above;
        }
    }
    return previous[b.length];
}
