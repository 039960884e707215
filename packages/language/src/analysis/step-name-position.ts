import type { Position } from 'vscode-languageserver-types';
import type { Journey, Step } from '../generated/ast.js';
import { firstNodeForProperty } from '../parser/property-node.js';

/**
 * Where a step's name is written (0-based, as LSP counts): the exported model has no positions, so
 * the report's `line` and `column` and the editor's hotspot features come from here.
 */
export function stepNamePosition(step: Step): Position | undefined {
    return step.$cstNode ? firstNodeForProperty(step.$cstNode, 'name', step)?.range.start : undefined;
}

/**
 * The name position of the steps of a journey (or only of those named in `only`), by step id; the
 * first of a duplicated name wins, as in the model.
 */
export function stepNamePositions(journey: Journey, only?: ReadonlySet<string>): Map<string, Position> {
    const positions = new Map<string, Position>();
    // Stage by stage rather than through allSteps: no list of every step, built to be walked once;
    // indexed loops, since this runs once per report, before V8 optimises it (no iterator per loop).
    for (let i = 0; i < journey.stages.length; i++) {
        const steps = journey.stages[i].steps;
        for (let j = 0; j < steps.length; j++) {
            const step = steps[j];
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
