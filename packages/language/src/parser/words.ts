import { AstUtils, GrammarAST } from 'langium';
import { JourneyMapsGrammar } from '../generated/grammar.js';

/** The rule that says what a name is: an identifier or one of the soft keywords. */
const nameRule = 'Name';

/** A keyword that looks like a word (`step`, `moment-of-truth`), as opposed to `->` or `{`. */
const wordPattern = /^[\p{L}_][\p{L}\p{N}_-]*$/u;

function keywordsOf(rule: GrammarAST.AbstractRule | undefined): string[] {
    return rule ? AstUtils.streamAllContents(rule).filter(GrammarAST.isKeyword).map(keyword => keyword.value).toArray() : [];
}

const grammar = JourneyMapsGrammar();

/**
 * The words that 1.1 added (`impact effort severity baseline`): keywords only where the grammar
 * expects them, names everywhere else. Read from the grammar's `Name` rule, so the two cannot drift.
 */
export const softKeywords: ReadonlySet<string> = new Set(keywordsOf(grammar.rules.find(rule => rule.name === nameRule)));

/** Every keyword that is a word and cannot be a name: the reference's list of reserved words. */
export const reservedWords: ReadonlySet<string> = new Set(
    grammar.rules.flatMap(rule => keywordsOf(rule)).filter(word => wordPattern.test(word) && !softKeywords.has(word))
);

/** Whether a keyword is only a keyword where the grammar expects it. */
export function isSoftKeyword(word: string): boolean {
    return softKeywords.has(word);
}

export function isReservedWord(word: string): boolean {
    return reservedWords.has(word);
}

/** Whether a keyword of the grammar is the `Name` rule's (a soft keyword offered as a name, not as a keyword). */
export function isNameRuleKeyword(keyword: GrammarAST.Keyword): boolean {
    const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule);
    return rule?.name === nameRule;
}

/** A declared name that the lexer already reported (a reserved word, or one starting with a digit): nothing else is said about it. */
export function isMistakenName(name: string): boolean {
    return isReservedWord(name) || /^[0-9]/.test(name);
}
