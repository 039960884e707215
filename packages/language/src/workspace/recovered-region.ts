import type { ParseResult } from 'langium';
import { isTopLevelMessage } from '../parser/syntax-messages.js';

/**
 * Where the parser lost the file's structure: a stray `}` closes the journey early, and what
 * follows is read again from the top level, where `metric dropoff` of a step looks like a new
 * metric declaration. From that offset on, the text is not what its author wrote it as, so it
 * declares nothing and gets no diagnostics but the syntax error that explains it.
 */
export function recoveredRegionStart(parseResult: ParseResult): number | undefined {
    let start: number | undefined;
    for (const error of parseResult.parserErrors) {
        const atTopLevel = error.name === 'NotAllInputParsedException' || isTopLevelMessage(error.message);
        const offset = error.token.startOffset;
        if (atTopLevel && Number.isFinite(offset) && offset >= 0 && (start === undefined || offset < start)) {
            start = offset;
        }
    }
    return start;
}
