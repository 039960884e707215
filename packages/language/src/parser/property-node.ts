import { GrammarAST, isCompositeCstNode, type AstNode, type CstNode } from 'langium';

/**
 * The first CST node under `node` (not `node` itself) assigned to `property` of `element`, in
 * Langium's order: what GrammarUtils.findNodeForProperty gives, found by stopping at the first
 * match instead of collecting every match of every child first. A step's name follows the `step`
 * keyword, so this stops at its second node; diagnostics and the report's hotspots ask it for
 * thousands of steps, the report mostly before V8 has optimised it (hence indexed loops).
 */
export function firstNodeForProperty(node: CstNode, property: string, element: AstNode): CstNode | undefined {
    if (!isCompositeCstNode(node) || node.astNode !== element) {
        return undefined;
    }
    const content = node.content;
    for (let i = 0; i < content.length; i++) {
        const child = content[i];
        if (assignedFeature(child.grammarSource) === property) {
            return child;
        }
        const found = firstNodeForProperty(child, property, element);
        if (found) {
            return found;
        }
    }
    return undefined;
}

/**
 * The feature of the assignment a grammar element is part of, as
 * `AstUtils.getContainerOfType(element, GrammarAST.isAssignment)` finds it. It compares `$type`
 * instead of asking the grammar's reflection for a subtype at every element on the way up: no
 * grammar type extends Assignment, so the answer is the same.
 */
function assignedFeature(element: AstNode | undefined): string | undefined {
    for (let current = element; current; current = current.$container) {
        if (current.$type === GrammarAST.Assignment.$type) {
            return (current as GrammarAST.Assignment).feature;
        }
    }
    return undefined;
}
