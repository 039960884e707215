import { isCompositeCstNode, type CstNode } from 'langium';
import type { Position } from 'vscode-languageserver-types';
import type { Step } from '../generated/ast.js';
import { firstNodeForProperty } from '../parser/property-node.js';

/**
 * Where a step's name is written (0-based, as LSP counts): the exported model has no positions, so
 * the report's `line` and `column` and the editor's hotspot features come from here (the report finds
 * a hotspot's step among stepsByName).
 */
export function stepNamePosition(step: Step): Position | undefined {
    const name = step.$cstNode ? firstNodeForProperty(step.$cstNode, 'name', step) : undefined;
    return name ? firstToken(name).range.start : undefined;
}

/**
 * The first token of a node that is not hidden (a comment), where its range starts. A name is a
 * datatype rule, a composite node: asking it for its range would walk it with an iterator and keep
 * a range object on it, for each of the thousands of hotspots a JSON report places.
 */
function firstToken(node: CstNode): CstNode {
    let current = node;
    while (isCompositeCstNode(current)) {
        const content = current.content;
        let next: CstNode | undefined;
        for (let i = 0; i < content.length && !next; i++) {
            if (!content[i].hidden) {
                next = content[i];
            }
        }
        if (!next) {
            return current;
        }
        current = next;
    }
    return current;
}
