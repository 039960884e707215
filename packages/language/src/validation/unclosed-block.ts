import { CstUtils, type AstNode, type RootCstNode } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { parseUnclosedBlockMessage, unclosedBlockMessage } from '../parser/syntax-messages.js';

/**
 * The parser knows that a step is not closed but not which one; the parsed text does. Names the
 * block in the message (`Step 'search' (line 13) is not closed: add '}' before 'step'.`): the
 * innermost block of that kind that holds the last token before the error.
 */
export function nameUnclosedBlock(diagnostic: Diagnostic, root: RootCstNode | undefined): void {
    const unclosed = typeof diagnostic.message === 'string' ? parseUnclosedBlockMessage(diagnostic.message) : undefined;
    if (!unclosed || !root) {
        return;
    }
    const offset = offsetOf(root.fullText, diagnostic.range.start);
    const leaf = CstUtils.findLeafNodeBeforeOffset(root, Math.max(0, offset - (offset > 0 ? 1 : 0)));
    let node: AstNode | undefined = leaf?.astNode;
    while (node && node.$type.toLowerCase() !== unclosed.kind) {
        node = node.$container;
    }
    const name = (node as { name?: unknown } | undefined)?.name;
    const start = node?.$cstNode?.range.start.line;
    if (typeof name === 'string' && name !== '' && start !== undefined) {
        diagnostic.message = unclosedBlockMessage(unclosed.kind, unclosed.before, { name, line: start + 1 });
    }
}

function offsetOf(text: string, position: { line: number; character: number }): number {
    let offset = 0;
    for (let line = 0; line < position.line; line++) {
        const next = text.indexOf('\n', offset);
        if (next < 0) {
            return text.length;
        }
        offset = next + 1;
    }
    return Math.min(text.length, offset + position.character);
}
