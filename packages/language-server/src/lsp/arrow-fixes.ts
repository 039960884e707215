import { CstUtils, GrammarAST, type LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver';
import { stepProperties, type JourneyFlowProvider, type Persona, type Step, type Transition } from '@journey-maps/language';
import { insert, quickFix, removeListItem, removeNode, replace } from './code-action-edits.js';

/**
 * Quick fixes for arrows that lead personas where they do not act, or name personas that are not
 * there. Each fix changes who acts or who takes the arrow, so that the flow says what was meant;
 * none can add an error (they only add or remove names that already resolve).
 */
export class ArrowFixes {
    constructor(private readonly flows: JourneyFlowProvider) {}

    /** "add jan to the step's by", or "apply the arrow only to the personas that act there". */
    pathToNonActor(document: LangiumDocument, diagnostic: Diagnostic, arrow: Transition): CodeAction[] {
        const target = arrow.target?.ref;
        const flow = this.flowAt(arrow);
        if (!target || !flow) {
            return [];
        }
        const takers = flow.takers.get(arrow) ?? [];
        const there = flow.actors.get(target) ?? [];
        const strangers = takers.filter(persona => !there.includes(persona));
        const others = takers.filter(persona => there.includes(persona));
        const actions: CodeAction[] = [];
        const by = stepProperties(target).by[0]?.$cstNode;
        if (by && strangers.length > 0) {
            actions.push(quickFix(document, `Add ${names(strangers)} to the 'by' of '${target.name}'`, diagnostic,
                [insert(document, by.end, `, ${strangers.map(p => p.name).join(', ')}`)], true));
        }
        if (others.length > 0) {
            actions.push(quickFix(document, `Apply the arrow only to ${names(others)}`, diagnostic, [this.forListEdit(document, arrow, others)], !by));
        }
        return actions;
    }

    /** Remove the name from the arrow's `for` (or the arrow, when nobody is left to take it), or let the persona act in the step. */
    arrowForNonActor(document: LangiumDocument, diagnostic: Diagnostic, arrow: Transition): CodeAction[] {
        const offset = document.textDocument.offsetAt(diagnostic.range.start);
        const index = arrow.personas.findIndex(reference => reference.$refNode?.offset === offset);
        const name = arrow.personas[index]?.$refText;
        if (index < 0 || !name) {
            return [];
        }
        const actions: CodeAction[] = [];
        const only = arrow.personas.length === 1;
        const removal = removeListItem(document, arrow.personas, index, forKeywordOffset(arrow));
        if (removal) {
            actions.push(quickFix(document, only ? `Remove 'for ${name}': the arrow then applies to every actor` : `Remove '${name}' from the arrow's 'for'`,
                diagnostic, [removal], true));
        }
        const arrowRemoval = only ? removeNode(document, arrow) : undefined;
        if (arrowRemoval) {
            actions.push(quickFix(document, `Remove the arrow: no actor of '${arrow.$container.name}' takes it`, diagnostic, [arrowRemoval], false));
        }
        const by = stepProperties(arrow.$container).by[0]?.$cstNode;
        if (by) {
            actions.push(quickFix(document, `Add '${name}' to the step's 'by'`, diagnostic, [insert(document, by.end, `, ${name}`)], false));
        }
        return actions;
    }

    private flowAt(arrow: Transition) {
        const journey = (arrow.$container as Step | undefined)?.$container?.$container;
        return journey ? this.flows.flowOf(journey) : undefined;
    }

    /** The arrow's `for` made to name exactly `personas`. */
    private forListEdit(document: LangiumDocument, arrow: Transition, personas: readonly Persona[]): TextEdit {
        const list = personas.map(persona => persona.name).join(', ');
        const first = arrow.personas[0]?.$refNode;
        const last = arrow.personas[arrow.personas.length - 1]?.$refNode;
        if (first && last) {
            return replace(document, first.offset, last.end, list);
        }
        return insert(document, arrow.$cstNode!.end, ` for ${list}`);
    }
}

function forKeywordOffset(arrow: Transition): number | undefined {
    const cst = arrow.$cstNode;
    const keyword = cst && CstUtils.streamCst(cst).find(node => node.astNode === arrow && GrammarAST.isKeyword(node.grammarSource) && node.text === 'for');
    return keyword?.offset;
}

function names(personas: readonly Persona[]): string {
    return personas.map(persona => `'${persona.name}'`).join(', ');
}
