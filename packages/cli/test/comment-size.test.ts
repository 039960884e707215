import { describe, expect, it } from 'vitest';
import type { CliIo } from '../src/io.js';
import { commentLimit, heaviestInOrder, writeCommentMarkdown } from '../src/report/comment-size.js';

describe('what a Markdown table keeps of a long list', () => {
    const weights = [1, 5, 3, 5, 0, 3];

    it('keeps the heaviest, in their own order', () => {
        expect(heaviestInOrder(weights.map((weight, index) => ({ weight, index })), item => item.weight, 3).map(item => item.index)).toEqual([1, 2, 3]);
    });

    it('keeps the earlier of equal weights', () => {
        expect(heaviestInOrder(weights.map((weight, index) => ({ weight, index })), item => item.weight, 2).map(item => item.index)).toEqual([1, 3]);
        expect(heaviestInOrder([2, 2, 2, 2], weight => weight, 2)).toEqual([2, 2]);
    });

    it('keeps a list within the limit as it is', () => {
        expect(heaviestInOrder(weights, weight => weight, 6)).toBe(weights);
    });
});

describe('Markdown written for a comment', () => {
    const written = (markdown: string): { out: string; err: string } => {
        let out = '';
        let err = '';
        const io: CliIo = { cwd: '.', out: text => { out += text; }, outBytes: () => undefined, err: text => { err += text; }, stdoutIsTerminal: false, ownsProcess: false };
        writeCommentMarkdown(markdown, io, 'report', 'lower --top');
        return { out, err };
    };

    it('is written without a word when a comment holds it', () => {
        expect(written('x'.repeat(commentLimit))).toEqual({ out: 'x'.repeat(commentLimit), err: '' });
    });

    it('is still written, with a warning that says what to do, when it is longer', () => {
        expect(written('x'.repeat(commentLimit + 1))).toEqual({
            out: 'x'.repeat(commentLimit + 1),
            err: 'journey report: this Markdown has 65,537 characters, more than a GitHub comment holds (65,536); lower --top.\n'
        });
    });
});
