import { AstUtils, CstUtils, isReference, type AstNode, type AstReflection, type LangiumDocument, type MaybePromise, type ReferenceInfo, type ScopeProvider } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import {
    isByClause, isEmotion, isJourney, isJourneyFile, isStep, isTouchpoint,
    type Declaration, type Journey, type JourneyFile, type Persona, type Step
} from '@journey-maps/language';
import { DiagnosticCode } from '@journey-maps/language';
import type { JourneyFlowProvider } from '@journey-maps/language';
import { journeyPersonas } from '@journey-maps/language';
import { stepProperties } from '@journey-maps/language';
import type { JourneyServices } from '@journey-maps/language';
import { referenceKindName } from '@journey-maps/language';
import type { VisibleDeclarationsProvider } from '@journey-maps/language';

/**
 * Quick fixes for the diagnostics a user meets most. Each fix is a plain text edit in the file
 * that has the problem, chosen so that applying it removes its diagnostic without adding an error:
 * - unknown reference: use the closest visible name, or declare it (a persona named in a step is
 *   also added to the journey's `for`; a touchpoint gets a `via`);
 * - emotion out of range: clamp it to -3..+3;
 * - persona not in `for`: add it there;
 * - missing emotion: add one for the actors that have none;
 * - touchpoint without `via`: add one;
 * - unused declaration: remove it.
 */
export class JourneyCodeActionProvider implements CodeActionProvider {
    private readonly reflection: AstReflection;
    private readonly scopes: ScopeProvider;
    private readonly visible: VisibleDeclarationsProvider;
    private readonly flows: JourneyFlowProvider;

    constructor(services: JourneyServices) {
        this.reflection = services.shared.AstReflection;
        this.scopes = services.references.ScopeProvider;
        this.visible = services.references.VisibleDeclarations;
        this.flows = services.flow.JourneyFlowProvider;
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
            case DiagnosticCode.EmotionRange: return this.clampEmotion(document, diagnostic);
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
        const personasOnly = (isByClause(info.container) || isEmotion(info.container)) && journey ? new Set<AstNode>(journeyPersonas(journey)) : undefined;
        const candidates = this.scopes.getScope(info).getAllElements()
            .filter(candidate => !personasOnly || (candidate.node !== undefined && personasOnly.has(candidate.node)))
            .map(candidate => ({ name: candidate.name, distance: editDistance(name, candidate.name) }))
            .filter(candidate => candidate.distance <= Math.max(2, Math.floor(name.length / 2)))
            .toArray()
            .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name))
            .slice(0, 3);
        candidates.forEach((candidate, index) => actions.push(this.action(document, `Change to '${candidate.name}'`, diagnostic,
            [{ range, newText: candidate.name }], index === 0)));

        const declare = this.declarationEdits(document, info, type, name);
        if (declare.length > 0) {
            actions.push(this.action(document, `Declare ${kind} '${name}'`, diagnostic, declare, candidates.length === 0));
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
        if (type === 'Persona' && (isByClause(info.container) || isEmotion(info.container))) {
            const owner = AstUtils.getContainerOfType(info.container, isJourney);
            if (owner) {
                edits.push(...this.forEdits(document, owner, name));
            }
        }
        return edits;
    }

    private clampEmotion(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const written = document.textDocument.getText(diagnostic.range);
        const value = Number(written);
        if (!Number.isFinite(value)) {
            return [];
        }
        const clamped = Math.min(3, Math.max(-3, Math.round(value)));
        const newText = clamped > 0 && written.startsWith('+') ? `+${clamped}` : String(clamped);
        return [this.action(document, `Change the emotion to ${newText}`, diagnostic, [{ range: diagnostic.range, newText }], true)];
    }

    private addToFor(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const name = document.textDocument.getText(diagnostic.range);
        const node = this.nodeAt(document, diagnostic);
        const journey = node && AstUtils.getContainerOfType(node, isJourney);
        if (!journey || !name) {
            return [];
        }
        return [this.action(document, `Add '${name}' to the journey's 'for'`, diagnostic, this.forEdits(document, journey, name), true)];
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
        const actors = this.flows.flowOf(journey).actors.get(step) ?? [];
        const emotions = stepProperties(step).emotions;
        const felt = new Set<Persona>();
        for (const emotion of emotions) {
            if (emotion.persona?.ref) {
                felt.add(emotion.persona.ref);
            } else if (!emotion.persona) {
                actors.forEach(actor => felt.add(actor));
            }
        }
        const missing = actors.filter(actor => !felt.has(actor));
        if (missing.length === 0) {
            return [];
        }
        const lines = emotions.length === 0 ? ['emotion 0'] : missing.map(persona => `emotion ${persona.name} 0`);
        const title = emotions.length === 0 ? 'Add a neutral emotion (0)' : `Add a neutral emotion for ${missing.map(p => p.name).join(', ')}`;
        return [this.action(document, title, diagnostic, this.stepBodyEdits(document, step, lines), true)];
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
            return [this.action(document, `Declare channel '${channel}' and add 'via ${channel}'`, diagnostic,
                [insert(document, lineStart(text, cst.offset), `channel ${channel}\n`), viaEdit(channel)], true)];
        }
        return channels.map((channel, index) => this.action(document, `Add 'via ${channel}'`, diagnostic, [viaEdit(channel)], index === 0));
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
        return [this.action(document, `Remove unused ${kind} '${declaration.name}'`, diagnostic, [{
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

    private action(document: LangiumDocument, title: string, diagnostic: Diagnostic, edits: TextEdit[], isPreferred: boolean): CodeAction {
        return {
            title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred,
            edit: { changes: { [document.textDocument.uri]: edits } }
        };
    }
}

function insert(document: LangiumDocument, offset: number, newText: string): TextEdit {
    const position = document.textDocument.positionAt(offset);
    return { range: { start: position, end: position }, newText };
}

function lineStart(text: string, offset: number): number {
    return text.lastIndexOf('\n', offset - 1) + 1;
}

function indentationAt(text: string, offset: number): string {
    const start = lineStart(text, offset);
    const match = /^[ \t]*/.exec(text.slice(start, offset));
    return match ? match[0] : '';
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
