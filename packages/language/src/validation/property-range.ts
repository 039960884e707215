import type { AstNode, DiagnosticInfo } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { firstNodeForProperty } from '../parser/property-node.js';

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
