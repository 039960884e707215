import { AstUtils, GrammarAST, isCompositeCstNode, type AstNode, type CstNode, type DiagnosticInfo } from 'langium';
import type { Range } from 'vscode-languageserver-types';

/**
 * The range Langium gives a diagnostic at a node's property (`getDiagnosticRange`), found by
 * stopping at the first match: Langium collects every CST node of the property and then takes the
 * first, visiting all of a step's clauses to place a diagnostic at its name. A map that reports
 * 12,000 unreachable steps paid that for each one. Undefined where Langium's own way is needed:
 * another index than the first, a keyword, or a range given.
 */
export function firstPropertyRange(info: DiagnosticInfo<AstNode, string>): Range | undefined {
    if (info.range || typeof info.property !== 'string' || (info.index !== undefined && info.index > 0)) {
        return undefined;
    }
    const root = info.node.$cstNode;
    if (!root) {
        return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    }
    return (firstNodeForProperty(root, info.property, root.astNode) ?? root).range;
}

/** The first CST node under `node` (not `node` itself) assigned to `property` of `element`, in Langium's order. */
function firstNodeForProperty(node: CstNode, property: string, element: AstNode): CstNode | undefined {
    if (!isCompositeCstNode(node) || node.astNode !== element) {
        return undefined;
    }
    for (const child of node.content) {
        if (AstUtils.getContainerOfType(child.grammarSource, GrammarAST.isAssignment)?.feature === property) {
            return child;
        }
        const found = firstNodeForProperty(child, property, element);
        if (found) {
            return found;
        }
    }
    return undefined;
}
