import type { JourneyServices } from '../journey-module.js';
import { isMistakenName } from '../parser/words.js';

/**
 * Whether a text is one identifier of the language, as its own lexer reads it: one ID token, no
 * reserved word or name the lexer reports as a mistake (one starting with a digit), nothing left over. What a name may be is the grammar's decision, asked here.
 */
export function identifierCheck(services: JourneyServices): (text: string) => boolean {
    const lexer = services.parser.Lexer;
    return text => {
        const result = lexer.tokenize(text);
        const [token] = result.tokens;
        return !isMistakenName(text) && result.errors.length === 0 && result.tokens.length === 1 && result.hidden.length === 0 && token!.tokenType.name === 'ID' && token!.image === text;
    };
}
