/**
 * Reads a Mermaid `journey` diagram the way Mermaid 12 does: its lexer rules, in their order, and
 * what its journey database keeps of each statement (title, accTitle, accDescr, sections, tasks
 * with their score and actors). Where Mermaid would reject the whole diagram, this keeps going and
 * says which line it left out, so that an import never fails on one bad line.
 */

export interface MermaidTask {
    /** The name as written, trimmed. */
    readonly name: string;
    /** The score text as written, trimmed ('' when there is none). */
    readonly scoreText: string;
    /** Number(scoreText), as Mermaid computes it: 0 for '', NaN for words. */
    readonly score: number;
    /** Actor names as Mermaid keeps them (trimmed, possibly empty strings). */
    readonly actors: readonly string[];
    /** Text after a second ':' after the score, which Mermaid ignores. */
    readonly ignored: string | undefined;
    /** 1-based line in the diagram text. */
    readonly line: number;
}

export interface MermaidSection {
    /** '' for tasks before the first `section`. */
    readonly name: string;
    readonly line: number;
    readonly tasks: MermaidTask[];
}

export interface MermaidJourney {
    readonly title: string | undefined;
    readonly accTitle: string | undefined;
    readonly accDescr: string | undefined;
    readonly sections: MermaidSection[];
    /** Statements Mermaid would reject, left out: line and what was there. */
    readonly rejected: ReadonlyArray<{ readonly line: number; readonly text: string }>;
}

type TokenKind = 'newline' | 'journey' | 'title' | 'accTitle' | 'accDescr' | 'section' | 'taskName' | 'taskData' | 'invalid';

interface Token {
    readonly kind: TokenKind;
    readonly text: string;
    readonly line: number;
}

// Mermaid encodes entity codes (`#35;`, `#quot;`) before lexing, so their `#` and `;` are no
// comment and no end of statement; these placeholders hold no character the lexer looks at.
const ENTITY_OPEN = '\uE000';
const ENTITY_CLOSE = '\uE001';
const NAMED_ENTITIES: Record<string, string> = {
    amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', colon: ':', semi: ';', comma: ',',
    num: '#', percnt: '%', lpar: '(', rpar: ')', lbrace: '{', rbrace: '}', hyphen: '-'
};

function encodeEntities(text: string): string {
    return text.replace(/#(\w+);/g, (_, inner: string) => `${ENTITY_OPEN}${inner}${ENTITY_CLOSE}`);
}

/** Entity codes as the characters Mermaid draws for them; an unknown name stays as written. */
export function decodeEntities(text: string): string {
    return text.replace(new RegExp(`${ENTITY_OPEN}(\\w+)${ENTITY_CLOSE}`, 'g'), (_, inner: string) => {
        if (/^\+?\d+$/.test(inner)) {
            const code = Number(inner);
            return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : `#${inner};`;
        }
        return NAMED_ENTITIES[inner.toLowerCase()] ?? `#${inner};`;
    });
}

/** The front matter's `title:` (Mermaid's other way to title a diagram) and the text after it. */
function frontMatter(text: string): { title: string | undefined; body: string; lineOffset: number } {
    const match = /^\s*---[ \t]*\n([\s\S]*?)\n[ \t]*---[ \t]*(?:\n|$)/.exec(text);
    if (!match) {
        return { title: undefined, body: text, lineOffset: 0 };
    }
    const titleLine = /^title:[ \t]*(.*)$/m.exec(match[1]!);
    const title = titleLine ? titleLine[1]!.trim().replace(/^(["'])(.*)\1$/, '$2') : undefined;
    return { title: title || undefined, body: text.slice(match[0].length), lineOffset: match[0].split('\n').length - 1 };
}

/** Mermaid's journey lexer: the same rules in the same order (the first rule that matches wins). */
function tokenize(text: string, firstLine: number): Token[] {
    const tokens: Token[] = [];
    let rest = text;
    let line = firstLine;
    const take = (length: number): string => {
        const taken = rest.slice(0, length);
        rest = rest.slice(length);
        for (const character of taken) if (character === '\n') line++;
        return taken;
    };
    // The value of accTitle, accDescr and accDescr { … } follows its keyword, in a lexer state of its own.
    const restOfLine = () => take(/^[^\n]*/.exec(rest)![0].length).trim();
    const rules: Array<[RegExp, (match: string) => [TokenKind, string] | undefined]> = [
        [/^%(?!\{)[^\n]*/, () => undefined],
        [/^[^}]%%[^\n]*/, () => undefined],
        [/^\n+/, () => ['newline', '']],
        [/^\s+/, () => undefined],
        [/^#[^\n]*/, () => undefined],
        [/^journey\b/i, () => ['journey', '']],
        [/^title\s[^#\n;]+/i, match => ['title', match.slice(6)]],
        [/^accTitle\s*:\s*/i, () => ['accTitle', restOfLine()]],
        [/^accDescr\s*:\s*/i, () => ['accDescr', restOfLine()]],
        [/^accDescr\s*\{\s*/i, () => {
            const value = take(/^[^}]*/.exec(rest)![0].length).trim();
            if (rest.startsWith('}')) take(1);
            return ['accDescr', value];
        }],
        [/^section\s[^#:\n;]+/i, match => ['section', match.slice(8)]],
        [/^[^#:\n;]+/, match => ['taskName', match]],
        [/^:[^#\n;]+/, match => ['taskData', match]],
        [/^./, match => ['invalid', match]]
    ];
    while (rest.length > 0) {
        for (const [pattern, action] of rules) {
            const match = pattern.exec(rest);
            if (!match) continue;
            const at = line;
            take(match[0].length);
            const token = action(match[0]);
            if (token) tokens.push({ kind: token[0], text: token[1], line: at });
            break;
        }
    }
    return tokens;
}

/** Whether the first statement of a Mermaid diagram is `journey` (after front matter, directives, comments). */
export function mermaidDiagramType(text: string): string {
    const { body } = frontMatter(text.replace(/\r\n?/g, '\n'));
    for (const raw of body.split('\n')) {
        const line = raw.trim();
        if (line === '' || line.startsWith('%%')) continue;
        return /^[\w-]+/.exec(line)?.[0] ?? line.slice(0, 20);
    }
    return '';
}

/** Parses a Mermaid `journey` diagram; `firstLine` is the line the text starts on in its file. */
export function parseMermaidJourney(source: string, firstLine = 1): MermaidJourney {
    const normalized = source.replace(/\r\n?/g, '\n');
    const front = frontMatter(normalized);
    const tokens = tokenize(encodeEntities(front.body), firstLine + front.lineOffset);
    let title = front.title;
    let accTitle: string | undefined;
    let accDescr: string | undefined;
    const sections: MermaidSection[] = [];
    const rejected: Array<{ line: number; text: string }> = [];
    let section: MermaidSection | undefined;
    let seenJourney = false;

    const lineText = (line: number) => normalized.split('\n')[line - firstLine]?.trim() ?? '';
    const reject = (index: number): number => {
        const line = tokens[index]!.line;
        rejected.push({ line, text: decodeEntities(lineText(line)) });
        let next = index;
        while (next < tokens.length && tokens[next]!.kind !== 'newline') next++;
        return next;
    };

    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i]!;
        switch (token.kind) {
            case 'newline':
                break;
            case 'journey':
                if (seenJourney) i = reject(i);
                seenJourney = true;
                break;
            case 'title':
                title = decodeEntities(token.text);
                break;
            case 'accTitle':
                accTitle = decodeEntities(token.text);
                break;
            case 'accDescr':
                accDescr = decodeEntities(token.text);
                break;
            case 'section':
                section = { name: decodeEntities(token.text), line: token.line, tasks: [] };
                sections.push(section);
                break;
            case 'taskName': {
                const data = tokens[i + 1];
                if (data?.kind !== 'taskData') {
                    i = reject(i);
                    break;
                }
                if (!section) {
                    section = { name: '', line: token.line, tasks: [] };
                    sections.push(section);
                }
                section.tasks.push(task(token.text, data.text, token.line));
                i++;
                break;
            }
            default:
                i = reject(i);
        }
    }
    return { title: title?.trim() || undefined, accTitle: accTitle || undefined, accDescr: accDescr || undefined, sections, rejected };
}

/** What Mermaid's journey database keeps of `name: score: actors`. */
function task(name: string, data: string, line: number): MermaidTask {
    const pieces = data.slice(1).split(':');
    const scoreText = decodeEntities(pieces[0]!).trim();
    const actors = pieces.length === 1 ? [] : pieces[1]!.split(',').map(actor => decodeEntities(actor).trim());
    const ignored = pieces.length > 2 ? decodeEntities(pieces.slice(2).join(':')).trim() : undefined;
    return { name: decodeEntities(name).trim(), scoreText, score: Number(scoreText), actors, ignored: ignored || undefined, line };
}
