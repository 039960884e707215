import { LangiumParserErrorMessageProvider } from 'langium';

type MismatchOptions = Parameters<LangiumParserErrorMessageProvider['buildMismatchTokenMessage']>[0];
type NotAllInputOptions = Parameters<LangiumParserErrorMessageProvider['buildNotAllInputParsedMessage']>[0];
type NoViableAltOptions = Parameters<LangiumParserErrorMessageProvider['buildNoViableAltMessage']>[0];
type EarlyExitOptions = Parameters<LangiumParserErrorMessageProvider['buildEarlyExitMessage']>[0];
type Token = MismatchOptions['actual'];
type TokenType = MismatchOptions['expected'];

const topLevelMessageEnd = ': only imports, declarations and one journey stand at the top of a file. Is a \'}\' above closing a block too early?';

/** Whether a parser message is about text out of place at the top of a file (see recovered-region.ts). */
export function isTopLevelMessage(message: string): boolean {
    return message.endsWith(topLevelMessageEnd);
}

/** The blocks a `}` closes, by grammar rule, and what belongs inside each. */
const blocks: Record<string, { kind: string; holds: string }> = {
    Step: { kind: 'step', holds: 'step properties (by, at, via, emotion, need, pain, opportunity, ->, end …)' },
    Stage: { kind: 'stage', holds: 'steps' },
    Journey: { kind: 'journey', holds: 'kind, goal, baseline, for and stages' },
    Persona: { kind: 'persona', holds: 'segment, need and expects' },
    Channel: { kind: 'channel', holds: 'digital or physical' },
    Team: { kind: 'team', holds: 'nothing' },
    Touchpoint: { kind: 'touchpoint', holds: 'via, owner and indirect' },
    Metric: { kind: 'metric', holds: 'unit, target and actual' }
};

/** Words that start an element outside any block: seen where a `}` is expected, the block was left open. */
const outerStarts = new Set(['import', 'persona', 'channel', 'team', 'touchpoint', 'metric', 'journey', 'stage', 'step']);

/** What kind of name follows each keyword that takes one. */
const namedAfter: Record<string, string> = {
    persona: 'persona', channel: 'channel', team: 'team', touchpoint: 'touchpoint', metric: 'metric', journey: 'journey',
    stage: 'stage', step: 'step', by: 'persona', for: 'persona', emotion: 'persona', at: 'touchpoint', via: 'channel',
    owner: 'team', '->': 'step', baseline: 'journey'
};

const rangeAfter: Record<string, string> = {
    emotion: ' (a whole number from -3 to +3)', severity: ' (1 to 5)', impact: ' (1 to 5)', effort: ' (1 to 5)'
};

/** The message of a block left open, with the block named when the caller knows it. */
export function unclosedBlockMessage(kind: string, before: string, block?: { name: string; line: number }): string {
    const subject = block ? `${capitalize(kind)} '${block.name}' (line ${block.line})` : `This ${kind}`;
    return `${subject} is not closed: add '}' ${before}.`;
}

/** Reads an unclosed-block message back: the kind and where the `}` goes, so the validator can name the block. */
export function parseUnclosedBlockMessage(message: string): { kind: string; before: string } | undefined {
    const match = /^This ([a-z]+) is not closed: add '\}' (.*)\.$/.exec(message);
    return match ? { kind: match[1], before: match[2] } : undefined;
}

/**
 * Parser errors in the words of the language instead of token types: what was expected, what was
 * found, and what to do (`This step is not closed: add '}' before 'step'.`, `Put 'annoyed' in
 * double quotes …`). The end of the file is called that, never an empty `''`.
 */
export class JourneyParserErrorMessageProvider extends LangiumParserErrorMessageProvider {
    override buildMismatchTokenMessage({ expected, actual, previous, ruleName }: MismatchOptions): string {
        const expectedName = expected.name;
        if (expectedName === 'EOF') {
            return topLevelMessage(actual);
        }
        if (expectedName === '}') {
            return closingMessage(actual, ruleOf(ruleName));
        }
        if (expectedName === 'ID') {
            return nameMessage(actual, previous);
        }
        if (expectedName === 'STRING' && isWord(actual) && sameLine(previous, actual)) {
            return quoteMessage(actual);
        }
        if (expectedName === 'NUMBER') {
            return `Expected a number after ${shown(previous)}${rangeAfter[previous?.image ?? ''] ?? ''}, found ${shown(actual)}.`;
        }
        if (expectedName === '{') {
            const block = blocks[ruleOf(ruleName)];
            return `Expected '{' to open the ${block?.kind ?? 'block'}, found ${shown(actual)}.`;
        }
        return `Expected ${described(expected)} after ${shown(previous)}, found ${shown(actual)}.`;
    }

    override buildNotAllInputParsedMessage({ firstRedundant }: NotAllInputOptions): string {
        return topLevelMessage(firstRedundant);
    }

    override buildNoViableAltMessage({ expectedPathsPerAlt, actual, previous, ruleName }: NoViableAltOptions): string {
        const found = actual[0];
        if (ruleOf(ruleName) === 'Name') {
            return nameMessage(found, previous);
        }
        return alternativesMessage(expectedPathsPerAlt.flat(), found, previous);
    }

    override buildEarlyExitMessage({ expectedIterationPaths, actual, previous }: EarlyExitOptions): string {
        return alternativesMessage(expectedIterationPaths, actual[0], previous);
    }
}

function topLevelMessage(found: Token): string {
    return `Unexpected ${shown(found)}${topLevelMessageEnd}`;
}

function closingMessage(actual: Token, rule: string): string {
    const block = blocks[rule] ?? { kind: 'block', holds: 'its properties' };
    if (isEnd(actual)) {
        return unclosedBlockMessage(block.kind, 'at the end of the file');
    }
    if (outerStarts.has(actual.image) && actual.tokenType.name === actual.image) {
        return unclosedBlockMessage(block.kind, `before '${actual.image}'`);
    }
    if (isWord(actual) && actual.tokenType.name !== actual.image) {
        return `'${actual.image}' does not belong here: a ${block.kind} holds ${block.holds}. Separate names with ',' and put labels in double quotes.`;
    }
    return `Unexpected ${shown(actual)} in this ${block.kind}: it holds ${block.holds}.`;
}

function nameMessage(actual: Token, previous: Token | undefined): string {
    const what = namedAfter[previous?.image ?? ''];
    const subject = what ? `the name of a ${what}` : 'a name';
    const after = previous && previous.image !== '' ? ` after '${previous.image}'` : '';
    if (isEnd(actual)) {
        return `Expected ${subject}${after}, but the file ends here.`;
    }
    if (!sameLine(previous, actual)) {
        return `Expected ${subject}${after}, on the same line: found ${shown(actual)} on the next line.`;
    }
    if (actual.tokenType.name === actual.image && isWord(actual)) {
        return `'${actual.image}' is a reserved word and cannot be ${subject}: use another name, e.g. '${actual.image}-${what ?? 'name'}'.`;
    }
    if (/^[0-9+-]/.test(actual.image)) {
        return `Expected ${subject}${after}, found ${shown(actual)}: a name starts with a letter or '_'.`;
    }
    return `Expected ${subject}${after}, found ${shown(actual)}.`;
}

function quoteMessage(word: Token): string {
    return quoteWordMessage(word.image);
}

/** A word written where a quoted text belongs (`emotion -2 annoyed`, `pain slow`). */
export function quoteWordMessage(word: string): string {
    return `Put '${word}' in double quotes: a label is text in quotes ("${word}").`;
}

/** Chevrotain names rules with a marker appended; the grammar's name is the word before it. */
function ruleOf(ruleName: string): string {
    return /^[A-Za-z]+/.exec(ruleName)?.[0] ?? ruleName;
}

function alternativesMessage(paths: TokenType[][], found: Token, previous: Token | undefined): string {
    const firsts = [...new Set(paths.map(path => path[0]).filter((type): type is TokenType => type !== undefined).map(described))];
    const expected = firsts.length === 1 ? firsts[0] : `one of ${firsts.join(', ')}`;
    const after = previous && previous.image !== '' ? ` after '${previous.image}'` : '';
    return `Expected ${expected}${after}, found ${shown(found)}.`;
}

function described(type: TokenType): string {
    switch (type.name) {
        case 'ID': return 'a name';
        case 'NUMBER': return 'a number';
        case 'SHARE': return 'a share such as 46%';
        case 'STRING': return 'a text in double quotes';
        case 'EOF': return 'the end of the file';
        default: return `'${type.name}'`;
    }
}

function shown(token: Token | undefined): string {
    if (!token || token.image === '') {
        return isEnd(token) ? 'the end of the file' : 'this';
    }
    return `'${token.image}'`;
}

function isEnd(token: Token | undefined): boolean {
    return !token || token.tokenType?.name === 'EOF' || (token.image === '' && !Number.isFinite(token.startOffset));
}

function isWord(token: Token): boolean {
    return /^[\p{L}_][\p{L}\p{N}_-]*$/u.test(token.image);
}

function sameLine(previous: Token | undefined, actual: Token): boolean {
    return !previous || previous.endLine === undefined || actual.startLine === undefined || Number.isNaN(actual.startLine) || previous.endLine === actual.startLine;
}

function capitalize(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
