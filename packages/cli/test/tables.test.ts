import { describe, expect, it } from 'vitest';
import { textTable } from '../src/report/tables.js';

describe('textTable', () => {
    it('pads every column to its widest cell, numbers to the right', () => {
        expect(textTable(['stage', 'score'], [['discover', '2'], ['apply', '12.5']], ['left', 'right'])).toBe(
            '  stage     score\n' +
            '  discover      2\n' +
            '  apply      12.5\n');
    });

    it('counts a combining mark as no column, as a terminal shows it', () => {
        // "café" written with a combining acute accent: five code units, four columns.
        const decomposed = 'cafe\u0301';
        expect(textTable(undefined, [[decomposed, 'x'], ['tea', 'y']], ['left', 'left'])).toBe(
            `  ${decomposed}  x\n` +
            '  tea   y\n');
    });

    it('counts a letter outside ASCII as one column', () => {
        expect(textTable(undefined, [['Zoë', 'a'], ['Bo', 'b']], ['left', 'left'])).toBe('  Zoë  a\n  Bo   b\n');
    });

    it('leaves no spaces at the end of a line', () => {
        expect(textTable(undefined, [['a', ''], ['bbb', '']], ['left', 'left'])).toBe('  a\n  bbb\n');
    });
});
