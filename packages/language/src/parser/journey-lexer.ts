import { DefaultLexer, type LexerResult, type LexingDiagnostic, type TokenizeOptions } from 'langium';
import { quoteWordMessage } from './syntax-messages.js';
import { isReservedWord } from './words.js';

type Token = LexerResult['tokens'][number];
type TokenType = Token['tokenType'];

/** Keywords followed by the name of what they declare. `metric` declares only at the top level (in a step it lists metrics). */
const declaring = new Set(['persona', 'channel', 'team', 'touchpoint', 'journey', 'stage', 'step']);

/**
 * Langium's lexer, with four mistakes turned into one clear diagnostic each instead of a parse
 * error that the parser then recovers from by skipping a whole block:
 * - a reserved word right after a declaring keyword, on its line (`step support "Support" {`), is
 *   read as the name it was meant to be, and reported as reserved;
 * - a name starting with a digit (`persona 1st-visitor`) is read as one name, not as `1` and a
 *   phantom `st-visitor`; it is reported where it is declared, and references to it resolve;
 * - a string left open at the end of its line is reported as such (the STRING terminal accepts it,
 *   so the next line lexes and parses normally);
 * - a bare word where a label belongs (`emotion -2 annoyed`, `-> call 23% stuck`) is reported as
 *   a label to quote. No rule of the grammar lets a name follow a number, a share or an arrow's
 *   target on its line, so this is always a mistake, and always this one.
 * After `->` a reserved word is read as the step name it stands for, without a report (the step's
 * declaration carries it), so that `-> support` still links to that step.
 */
export class JourneyLexer extends DefaultLexer {
    private idType?: TokenType;

    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const result = super.tokenize(text, options);
        const reported: LexingDiagnostic[] = [];
        this.readNames(result.tokens, reported);
        if (reported.length === 0) {
            return result;
        }
        return { ...result, report: { diagnostics: [...(result.report?.diagnostics ?? []), ...reported] } };
    }

    /**
     * Reads the names above as names, in place: the token list is this tokenize call's own, and a
     * copy of it (a quarter of a million tokens in a 1 MB map) was garbage for every parse. Joined
     * tokens are compacted as it goes: everything before `kept` is the list as read so far.
     */
    private readNames(tokens: Token[], reported: LexingDiagnostic[]): void {
        const id = this.idType ??= this.definition['ID'];
        const unclosed: LexingDiagnostic[] = [];
        let kept = 0;
        let depth = 0;
        for (let index = 0; index < tokens.length; index++) {
            const token = tokens[index];
            if (token.tokenType.name === 'STRING' && !isClosedString(token.image)) {
                unclosed.push(diagnosticAt(token, 'This text is not closed: strings end on their line. Add \'"\' at its end.'));
            }
            if (!id) {
                continue;
            }
            const previous = kept > 0 ? tokens[kept - 1] : undefined;
            const kind = previous && previous.endLine === token.startLine ? namingKeyword(previous, depth) : undefined;
            let name: Token | undefined;
            if (kind && isReservedWord(token.image) && token.tokenType.name === token.image) {
                name = retyped(token, id);
                if (kind !== '->') {
                    reported.push(diagnosticAt(name, `'${token.image}' is a reserved word: name the ${kind} e.g. '${token.image}-${kind}'.`));
                }
            } else if (token.tokenType.name === 'NUMBER' && /^[0-9]/.test(token.image) && isAdjacentWord(token, tokens[index + 1])) {
                name = joined(token, tokens[index + 1], id);
                index++;
                if (kind && kind !== '->') {
                    reported.push(diagnosticAt(name, `'${name.image}' cannot be a name: a name starts with a letter or '_' (e.g. '_${name.image}').`));
                }
            }
            if (name) {
                tokens[kept++] = name;
                continue;
            }
            if (token.tokenType === id && previous && previous.endLine === token.startLine && isLabelPlace(previous, kept > 1 ? tokens[kept - 2] : undefined)) {
                reported.push(diagnosticAt(token, quoteWordMessage(token.image)));
            }
            if (token.image === '{') {
                depth++;
            } else if (token.image === '}') {
                depth = Math.max(0, depth - 1);
            }
            tokens[kept++] = token;
        }
        if (id) {
            tokens.length = kept;
        }
        // After the names' reports, as they always came.
        reported.push(...unclosed);
    }
}

/** The keyword (or `->`) whose name comes next, if `token` is one. */
function namingKeyword(token: Token, depth: number): string | undefined {
    const type = token.tokenType.name;
    if (type !== token.image) {
        return undefined; // not a keyword: an identifier that happens to read `step`, or a retyped name
    }
    if (declaring.has(type) || (type === 'metric' && depth === 0) || type === '->') {
        return type;
    }
    return undefined;
}

/** Whether a label may stand after `previous`: after a number or a share, or after the target of `->`. */
function isLabelPlace(previous: Token, beforePrevious: Token | undefined): boolean {
    const type = previous.tokenType.name;
    return type === 'NUMBER' || type === 'SHARE' || (type === 'ID' && beforePrevious?.image === '->' && beforePrevious.tokenType.name === '->');
}

function isAdjacentWord(number: Token, next: Token | undefined): next is Token {
    return next !== undefined && next.startOffset === (number.endOffset ?? number.startOffset) + 1 && /^[\p{L}_]/u.test(next.image);
}

function retyped(token: Token, id: TokenType): Token {
    return { ...token, tokenType: id, tokenTypeIdx: id.tokenTypeIdx! };
}

function joined(first: Token, second: Token, id: TokenType): Token {
    return {
        ...first,
        image: first.image + second.image,
        endOffset: second.endOffset,
        endLine: second.endLine,
        endColumn: second.endColumn,
        tokenType: id,
        tokenTypeIdx: id.tokenTypeIdx!
    };
}

const quote = 34;

/** The STRING terminal also matches a string that its line ends before it closes. */
export function isClosedString(image: string): boolean {
    // Almost every string has no backslash: then it is closed exactly when its only quotes are the
    // first and the last character and no line ends in it, which needs no regular expression.
    if (!image.includes('\\')) {
        const last = image.length - 1;
        return last > 0 && image.charCodeAt(0) === quote && image.indexOf('"', 1) === last && !image.includes('\n') && !image.includes('\r');
    }
    return /^"(\\["\\]|[^"\\\r\n])*"$/.test(image);
}

function diagnosticAt(token: Token, message: string): LexingDiagnostic {
    return {
        offset: token.startOffset,
        line: token.startLine ?? 1,
        column: token.startColumn ?? 1,
        length: (token.endOffset ?? token.startOffset) - token.startOffset + 1,
        message,
        severity: 'error'
    };
}
