import { AstUtils, GrammarAST, isCompositeCstNode, type AstNode, type CstNode } from 'langium';
import type { Position } from 'vscode-languageserver-types';
import type { Journey, Step } from '../generated/ast.js';

/**
 * Where a step's name is written (0-based, as LSP counts): the exported model has no positions, so
 * the report's `line` and `column` and the editor's hotspot features come from here.
 */
export function stepNamePosition(step: Step): Position | undefined {
    return step.$cstNode ? firstNodeOf(step.$cstNode, 'name', step)?.range.start : undefined;
}

/**
 * The first CST node of a property of `owner`, in file order: what GrammarUtils.findNodeForProperty
 * gives, without collecting every match of every child first. The name follows the `step` keyword,
 * so this stops at the second node; the report asks it for thousands of hotspots.
 */
function firstNodeOf(node: CstNode, property: string, owner: AstNode): CstNode | undefined {
    if (!isCompositeCstNode(node) || node.astNode !== owner) {
        return undefined;
    }
    for (const child of node.content) {
        if (AstUtils.getContainerOfType(child.grammarSource, GrammarAST.isAssignment)?.feature === property) {
            return child;
        }
        const found = firstNodeOf(child, property, owner);
        if (found) {
            return found;
        }
    }
    return undefined;
}

/**
 * The name position of the steps of a journey (or only of those named in `only`), by step id; the
 * first of a duplicated name wins, as in the model.
 */
export function stepNamePositions(journey: Journey, only?: ReadonlySet<string>): Map<string, Position> {
    const positions = new Map<string, Position>();
    // Stage by stage rather than through allSteps: no list of every step, built to be walked once.
    for (const stage of journey.stages) {
        for (const step of stage.steps) {
            if ((only && !only.has(step.name)) || positions.has(step.name)) {
                continue;
            }
            const position = stepNamePosition(step);
            if (position) {
                positions.set(step.name, position);
            }
        }
    }
    return positions;
}
