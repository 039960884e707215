import { DefaultValueConverter, EmptyFileSystem, GrammarAST, type CstNode, type ValueType } from 'langium';
import { describe, expect, it } from 'vitest';
import { createJourneyServices } from '../../src/index.js';

const services = createJourneyServices(EmptyFileSystem).Journey;
const rules = new Map(services.Grammar.rules.map(rule => [rule.name, rule]));
/** Langium's converter, asked directly: what the shortcuts must answer. */
class LangiumAnswers extends DefaultValueConverter {
    answer(rule: GrammarAST.AbstractRule, input: string): ValueType {
        return this.runConverter(rule, input, undefined as unknown as CstNode);
    }
}
const langium = new LangiumAnswers();
const ours = services.parser.ValueConverter as unknown as { runConverter(rule: GrammarAST.AbstractRule, input: string, node: CstNode): ValueType };

describe('converting names and numbers', () => {
    it.each([
        ['ID', 'anna'], ['ID', 'end-user'], ['ID', 'zażółć'], ['Name', 'anna'], ['Name', 'impact'],
        ['NUMBER', '-3'], ['NUMBER', '+2'], ['NUMBER', '12.5'], ['NUMBER', '0']
    ])('gives Langium\'s value for the %s %s', (rule, input) => {
        const grammarRule = rules.get(rule)!;
        expect(grammarRule).toBeDefined();
        expect(ours.runConverter(grammarRule, input, undefined as unknown as CstNode)).toEqual(langium.answer(grammarRule, input));
    });
});
