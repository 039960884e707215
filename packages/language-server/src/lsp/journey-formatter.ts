import type { LangiumDocument, Lexer, MaybePromise } from 'langium';
import type { Formatter } from 'langium/lsp';
import type {
    DocumentFormattingParams, DocumentOnTypeFormattingParams, DocumentRangeFormattingParams, FormattingOptions, TextEdit
} from 'vscode-languageserver';
import { isClosedString, type JourneyServices } from '@journey-maps/language';

interface Token {
    readonly start: number;
    /** One past the last character. */
    readonly end: number;
    readonly image: string;
}

interface Gap {
    readonly start: number;
    readonly end: number;
    readonly text: string;
}

/**
 * Formats by fixing the whitespace between tokens and nothing else, so it cannot change what the
 * text means, keeps every comment where it is, and keeps the line breaks the author chose
 * (`channel web "Website" { digital }` stays on one line):
 * - each line is indented by the depth of the braces it is in;
 * - tokens on a line are separated by one space, with none before a comma;
 * - at most one blank line in a row, none right after `{` or right before `}`;
 * - no trailing whitespace, and the file ends with one line break.
 * Applying it to its own output changes nothing. A text that does not lex (a stray character,
 * an unclosed string) is left alone rather than guessed at.
 */
export class JourneyFormatter implements Formatter {
    private readonly lexer: Lexer;
    readonly formatOnTypeOptions = undefined;

    constructor(services: JourneyServices) {
        this.lexer = services.parser.Lexer;
    }

    formatDocument(document: LangiumDocument, params: DocumentFormattingParams): MaybePromise<TextEdit[]> {
        return this.edits(document, params.options);
    }

    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): MaybePromise<TextEdit[]> {
        const start = document.textDocument.offsetAt(params.range.start);
        const end = document.textDocument.offsetAt(params.range.end);
        return this.edits(document, params.options, gap => gap.end >= start && gap.start <= end);
    }

    formatDocumentOnType(_document: LangiumDocument, _params: DocumentOnTypeFormattingParams): MaybePromise<TextEdit[]> {
        return [];
    }

    /** The formatted text (used by tests and by anything that formats outside an editor). */
    formatText(text: string, options: FormattingOptions): string | undefined {
        const gaps = this.gaps(text, options);
        if (!gaps) {
            return undefined;
        }
        let result = '';
        let last = 0;
        for (const gap of gaps) {
            result += text.slice(last, gap.start) + gap.text;
            last = gap.end;
        }
        return result + text.slice(last);
    }

    private edits(document: LangiumDocument, options: FormattingOptions, keep: (gap: Gap) => boolean = () => true): TextEdit[] {
        const textDocument = document.textDocument;
        const text = textDocument.getText();
        const gaps = this.gaps(text, options) ?? [];
        return gaps.filter(gap => keep(gap) && text.slice(gap.start, gap.end) !== gap.text).map(gap => ({
            range: { start: textDocument.positionAt(gap.start), end: textDocument.positionAt(gap.end) },
            newText: gap.text
        }));
    }

    /** The new whitespace before each token and at the end, or undefined when the text does not lex. */
    private gaps(text: string, options: FormattingOptions): Gap[] | undefined {
        const result = this.lexer.tokenize(text);
        if (result.errors.length > 0 || result.tokens.some(token => token.tokenType.name === 'STRING' && !isClosedString(token.image))) {
            return undefined;
        }
        const tokens: Token[] = [...result.tokens, ...result.hidden]
            .map(token => ({ start: token.startOffset, end: token.startOffset + token.image.length, image: token.image }))
            .sort((a, b) => a.start - b.start);
        const unit = options.insertSpaces ? ' '.repeat(options.tabSize) : '\t';
        const eol = text.includes('\r\n') ? '\r\n' : '\n';
        const gaps: Gap[] = [];
        let depth = 0;
        let previous: Token | undefined;
        for (const token of tokens) {
            const start = previous ? previous.end : 0;
            const original = text.slice(start, token.start);
            const closing = token.image === '}';
            if (closing) {
                depth = Math.max(0, depth - 1);
            }
            let gap: string;
            if (!previous) {
                gap = '';
            } else {
                const breaks = countBreaks(original);
                if (breaks > 0) {
                    const blank = breaks > 1 && previous.image !== '{' && !closing;
                    gap = (blank ? eol + eol : eol) + unit.repeat(depth);
                } else {
                    gap = token.image === ',' ? '' : ' ';
                }
            }
            gaps.push({ start, end: token.start, text: gap });
            if (token.image === '{') {
                depth++;
            }
            previous = token;
        }
        const tail = previous ? previous.end : 0;
        gaps.push({ start: tail, end: text.length, text: previous ? eol : '' });
        return gaps;
    }
}

function countBreaks(whitespace: string): number {
    let count = 0;
    for (let i = 0; i < whitespace.length; i++) {
        if (whitespace.charCodeAt(i) === 10) {
            count++;
        }
    }
    return count;
}
