import { describe, expect, it } from 'vitest';
import { isClosedString } from '../../src/index.js';

/** The rule as the spec states it, kept here as a regular expression to compare against. */
const closedByRule = (image: string): boolean => /^"(\\["\\]|[^"\\\r\n])*"$/.test(image);

describe('a closed string', () => {
    it.each(['""', '"a"', '"Make it faster"', '"a\\"b"', '"a\\\\"', '"zażółć"'])('reads %s as closed', image => {
        expect(isClosedString(image)).toBe(true);
    });

    it.each(['"', '"a', '"a\\"', '"a"b"', 'a"', '"a\nb"', '"a\r"', '', '"a\\b"'])('reads %j as not closed', image => {
        expect(isClosedString(image)).toBe(false);
    });

    it('agrees with the rule on every short text of quotes, backslashes, letters and line ends', () => {
        const alphabet = ['"', '\\', 'a', '\n', '\r'];
        let texts = [''];
        let compared = 0;
        for (let length = 1; length <= 6; length++) {
            texts = texts.flatMap(text => alphabet.map(character => text + character));
            for (const text of texts) {
                expect(isClosedString(text), JSON.stringify(text)).toBe(closedByRule(text));
                compared++;
            }
        }
        expect(compared).toBeGreaterThan(19_000);
    });
});
