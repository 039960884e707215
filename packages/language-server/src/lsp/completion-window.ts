import { CstUtils, TextDocument, URI, type AstNode, type LangiumDocument, type LangiumDocuments } from 'langium';
import { isJourney, isJourneyFile, isStage, isStep, type Journey } from '@journey-maps/language';
import type { JourneyServices } from '@journey-maps/language';

/** What the parser state at the start of a step, a stage or a top-level element looks like. */
const prefixes = {
    step: 'journey _ { stage _ {\n',
    stage: 'journey _ {\n',
    top: ''
} as const;

export interface CompletionTextWindow {
    readonly document: TextDocument;
    readonly offset: number;
}

/**
 * Langium's completion re-parses the text from the start of the file up to the cursor and lexes
 * the whole file: at 5,000 steps that is hundreds of milliseconds per keystroke. The parser state
 * at the start of a step, a stage or a top-level declaration is always the same, so completion
 * parses a short synthetic text instead: the opening of the enclosing blocks, then the text from
 * the start of the element the cursor is in (or after) up to the cursor.
 */
export class CompletionWindow {
    private readonly documents: LangiumDocuments;
    /** Below this offset the whole text is short enough to parse as it is. */
    threshold = 0;

    constructor(services: JourneyServices) {
        this.documents = services.shared.workspace.LangiumDocuments;
    }

    /** Where a window for a cursor at `offset` starts, or undefined to use the whole text. */
    restartOffset(document: LangiumDocument, offset: number): number | undefined {
        return this.restartPoint(document, offset)?.start;
    }

    windowFor(textDocument: TextDocument, offset: number): CompletionTextWindow | undefined {
        if (offset <= this.threshold) {
            return undefined;
        }
        const document = this.documents.getDocument(URI.parse(textDocument.uri));
        if (!document || document.textDocument.version !== textDocument.version) {
            return undefined;
        }
        const point = this.restartPoint(document, offset);
        if (!point) {
            return undefined;
        }
        const text = prefixes[point.kind] + textDocument.getText().slice(point.start, offset);
        return { document: TextDocument.create(textDocument.uri, textDocument.languageId, textDocument.version, text), offset: text.length };
    }

    private restartPoint(document: LangiumDocument, offset: number): { start: number; kind: keyof typeof prefixes } | undefined {
        if (offset <= this.threshold) {
            return undefined;
        }
        const root = document.parseResult.value.$cstNode;
        if (!root) {
            return undefined;
        }
        const leaf = CstUtils.findLeafNodeBeforeOffset(root, offset);
        let node: AstNode | undefined = leaf?.astNode;
        while (node) {
            const start = node.$cstNode?.offset;
            if (start === undefined || start > offset) {
                node = node.$container;
                continue;
            }
            if (isStep(node) && isStage(node.$container) && isJourney(node.$container.$container)) {
                return { start, kind: 'step' };
            }
            if (isStage(node) && isJourney(node.$container)) {
                return { start, kind: 'stage' };
            }
            if (isJourney(node)) {
                const stage = lastStageBefore(node, offset);
                return stage !== undefined ? { start: stage, kind: 'stage' } : { start, kind: 'top' };
            }
            if (isJourneyFile(node.$container)) {
                return { start, kind: 'top' };
            }
            node = node.$container;
        }
        return undefined;
    }
}

/** The start of the last stage that ends before `offset`: journey-level text after it parses the same. */
function lastStageBefore(journey: Journey, offset: number): number | undefined {
    const stages = journey.stages;
    let low = 0;
    let high = stages.length - 1;
    let found: number | undefined;
    while (low <= high) {
        const middle = (low + high) >> 1;
        const cst = stages[middle].$cstNode;
        if (cst && cst.end <= offset) {
            found = cst.offset;
            low = middle + 1;
        } else {
            high = middle - 1;
        }
    }
    return found;
}
