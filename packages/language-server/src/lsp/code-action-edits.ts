import type { AstNode, CstNode, LangiumDocument } from 'langium';
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver';

/** A quick fix for one diagnostic: plain text edits in the file that has the problem. */
export function quickFix(document: LangiumDocument, title: string, diagnostic: Diagnostic, edits: TextEdit[], isPreferred: boolean): CodeAction {
    return {
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred,
        edit: { changes: { [document.textDocument.uri]: edits } }
    };
}

export function insert(document: LangiumDocument, offset: number, newText: string): TextEdit {
    const position = document.textDocument.positionAt(offset);
    return { range: { start: position, end: position }, newText };
}

export function replace(document: LangiumDocument, start: number, end: number, newText: string): TextEdit {
    return { range: { start: document.textDocument.positionAt(start), end: document.textDocument.positionAt(end) }, newText };
}

export function lineStart(text: string, offset: number): number {
    return text.lastIndexOf('\n', offset - 1) + 1;
}

export function indentationAt(text: string, offset: number): string {
    const start = lineStart(text, offset);
    const match = /^[ \t]*/.exec(text.slice(start, offset));
    return match ? match[0] : '';
}

/**
 * Removes the text from `start` to `end` with the blanks before it on its line, or its whole line
 * when nothing else stands there, so that no stray spaces or empty lines are left behind.
 */
export function removeSpan(document: LangiumDocument, start: number, end: number): TextEdit {
    const text = document.textDocument.getText();
    const from = lineStart(text, start);
    const lineEnd = text.indexOf('\n', end);
    const to = lineEnd < 0 ? text.length : lineEnd + 1;
    if (text.slice(from, start).trim() === '' && text.slice(end, to).trim() === '') {
        return replace(document, from, to, '');
    }
    let blank = start;
    while (blank > from && (text[blank - 1] === ' ' || text[blank - 1] === '\t')) {
        blank--;
    }
    return replace(document, blank, end, '');
}

/** Removes a whole property node (an emotion, an arrow) from its step. */
export function removeNode(document: LangiumDocument, node: AstNode): TextEdit | undefined {
    const cst = node.$cstNode;
    return cst ? removeSpan(document, cst.offset, cst.end) : undefined;
}

/**
 * Removes the `index`-th name of a comma-separated list, with its comma. When it is the only name,
 * `clauseStart` (where the list's keyword begins) says what else goes with it.
 */
export function removeListItem(document: LangiumDocument, items: ReadonlyArray<{ $refNode?: CstNode }>, index: number, clauseStart?: number): TextEdit | undefined {
    const item = items[index]?.$refNode;
    if (!item) {
        return undefined;
    }
    if (items.length === 1) {
        return clauseStart === undefined ? undefined : removeSpan(document, clauseStart, item.end);
    }
    if (index > 0) {
        const previous = items[index - 1].$refNode;
        return previous ? replace(document, previous.end, item.end, '') : undefined;
    }
    const next = items[1].$refNode;
    return next ? replace(document, item.offset, next.offset, '') : undefined;
}
