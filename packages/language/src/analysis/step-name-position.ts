import type { Position } from 'vscode-languageserver-types';
import type { Step } from '../generated/ast.js';
import { firstNodeForProperty } from '../parser/property-node.js';

/**
 * Where a step's name is written (0-based, as LSP counts): the exported model has no positions, so
 * the report's `line` and `column` and the editor's hotspot features come from here (the report finds
 * a hotspot's step among stepsByName).
 */
export function stepNamePosition(step: Step): Position | undefined {
    return step.$cstNode ? firstNodeForProperty(step.$cstNode, 'name', step)?.range.start : undefined;
}
