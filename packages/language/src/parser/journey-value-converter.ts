import { DefaultValueConverter, ValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';
import { isClosedString } from './journey-lexer.js';

/**
 * A share (`46%`) is its number; a string is its text between the quotes, also when its line ended
 * before it closed (the lexer reports that; the text up to the line's end still counts, so one
 * mistake does not also empty a label).
 */
export class JourneyValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        switch (rule.name) {
            case 'SHARE':
                return Number(input.slice(0, -1));
            case 'STRING':
                return unescape(isClosedString(input) ? input.slice(1, -1) : input.slice(1));
            // Langium's own answers for the terminals and the name rule, without looking the rule's type up for each of a map's names.
            case 'ID':
                return ValueConverter.convertID(input);
            case 'NUMBER':
                return ValueConverter.convertNumber(input);
            case 'Name':
                return input;
            default:
                return super.runConverter(rule, input, cstNode);
        }
    }
}

function unescape(body: string): string {
    // Most strings have nothing to unescape: no regular expression for them.
    return !body.includes('\\') ? body : body.replace(/\\(["\\])/g, '$1');
}
