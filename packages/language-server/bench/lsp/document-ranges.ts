/**
 * Whether what the server answers points inside the documents it is about: every range and
 * position found anywhere in an answer or a publication is checked against the text the client
 * holds for that document (at the version the answer is for).
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';

interface Position { line: number; character: number }
interface Range { start: Position; end: Position }

const isPosition = (value: unknown): value is Position =>
    typeof value === 'object' && value !== null && typeof (value as Position).line === 'number' && typeof (value as Position).character === 'number';
const isRange = (value: unknown): value is Range =>
    typeof value === 'object' && value !== null && isPosition((value as Range).start) && isPosition((value as Range).end);

/** The length of a line without its line break. */
function lineLength(document: TextDocument, line: number): number {
    const text = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
    return text.replace(/\r?\n$|\r$/, '').length;
}

export function isInside(document: TextDocument, position: Position): boolean {
    return Number.isInteger(position.line) && Number.isInteger(position.character) && position.line >= 0 && position.character >= 0
        && position.line < document.lineCount && position.character <= lineLength(document, position.line);
}

function rangeInside(document: TextDocument, range: Range): boolean {
    const ordered = range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
    return ordered && isInside(document, range.start) && isInside(document, range.end);
}

/**
 * Descriptions of the ranges in `value` that fall outside their document. A range belongs to the
 * nearest enclosing `uri` / `targetUri` (or the `changes` key of a workspace edit), else to `uri`.
 * Documents the client does not hold are not checked.
 */
export function rangesOutside(value: unknown, uri: string, documents: (uri: string) => TextDocument | undefined): string[] {
    const outside: string[] = [];
    const check = (target: string, range: Range | Position, key: string): void => {
        const document = documents(target);
        if (document && !(isRange(range) ? rangeInside(document, range) : isInside(document, range))) {
            outside.push(`${key} ${JSON.stringify(range)} in ${target.slice(target.lastIndexOf('/') + 1)} (${document.lineCount} lines)`);
        }
    };
    const walk = (node: unknown, target: string, key: string): void => {
        if (Array.isArray(node)) {
            node.forEach(item => walk(item, target, key));
            return;
        }
        if (typeof node !== 'object' || node === null) {
            return;
        }
        if (isRange(node)) {
            check(target, node, key);
            return;
        }
        if (key === 'position' && isPosition(node)) {
            check(target, node, key);
            return;
        }
        const record = node as Record<string, unknown>;
        const here = typeof record.uri === 'string' ? record.uri : typeof record.targetUri === 'string' ? record.targetUri : target;
        for (const [childKey, child] of Object.entries(record)) {
            if (childKey === 'changes' && typeof child === 'object' && child !== null && !Array.isArray(child)) {
                for (const [changed, edits] of Object.entries(child)) {
                    walk(edits, changed, 'edit');
                }
            } else if (childKey === 'originSelectionRange') {
                walk(child, target, childKey);
            } else {
                walk(child, here, childKey);
            }
        }
    };
    walk(value, uri, 'result');
    return outside;
}

/** Semantic tokens are relative (line delta, start delta, length): decoded, each must lie on a line of the document. */
export function semanticTokensOutside(data: readonly number[], document: TextDocument): string[] {
    const outside: string[] = [];
    let line = 0;
    let character = 0;
    for (let i = 0; i + 2 < data.length; i += 5) {
        const [deltaLine, deltaStart, length] = [data[i], data[i + 1], data[i + 2]];
        line += deltaLine;
        character = deltaLine === 0 ? character + deltaStart : deltaStart;
        if (line >= document.lineCount || character + length > lineLength(document, line)) {
            outside.push(`semantic token ${line}:${character}+${length} (${document.lineCount} lines)`);
        }
    }
    return outside;
}

/** Folding ranges name lines only. */
export function foldingRangesOutside(ranges: ReadonlyArray<{ startLine: number; endLine: number }>, document: TextDocument): string[] {
    return ranges.filter(range => range.startLine < 0 || range.endLine >= document.lineCount || range.startLine > range.endLine)
        .map(range => `folding ${range.startLine}-${range.endLine} (${document.lineCount} lines)`);
}
