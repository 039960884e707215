import { AstUtils, GrammarAST, isCompositeCstNode, type AstNode, type CstNode } from 'langium';

/**
 * The first CST node under `node` (not `node` itself) assigned to `property` of `element`, in
 * Langium's order: what GrammarUtils.findNodeForProperty gives, found by stopping at the first
 * match instead of collecting every match of every child first. A step's name follows the `step`
 * keyword, so this stops at its second node; diagnostics and the report's hotspots ask it for
 * thousands of steps.
 */
export function firstNodeForProperty(node: CstNode, property: string, element: AstNode): CstNode | undefined {
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
