import { GrammarUtils } from 'langium';
import type { Position } from 'vscode-languageserver-types';
import type { Journey, Step } from '../generated/ast.js';
import { allSteps } from '../flow/step-properties.js';

/**
 * Where a step's name is written (0-based, as LSP counts): the exported model has no positions, so
 * the report's `line` and `column` and the editor's hotspot features come from here.
 */
export function stepNamePosition(step: Step): Position | undefined {
    return GrammarUtils.findNodeForProperty(step.$cstNode, 'name')?.range.start;
}

/** The name position of every step of a journey, by step id; the first of a duplicated name wins, as in the model. */
export function stepNamePositions(journey: Journey): Map<string, Position> {
    const positions = new Map<string, Position>();
    for (const step of allSteps(journey)) {
        const position = stepNamePosition(step);
        if (position && !positions.has(step.name)) {
            positions.set(step.name, position);
        }
    }
    return positions;
}
