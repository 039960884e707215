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

/**
 * The name position of the steps of a journey (or only of those named in `only`), by step id; the
 * first of a duplicated name wins, as in the model.
 */
export function stepNamePositions(journey: Journey, only?: ReadonlySet<string>): Map<string, Position> {
    const positions = new Map<string, Position>();
    for (const step of allSteps(journey)) {
        if (only && !only.has(step.name)) {
            continue;
        }
        const position = stepNamePosition(step);
        if (position && !positions.has(step.name)) {
            positions.set(step.name, position);
        }
    }
    return positions;
}
