import type { CliIo } from '../io.js';

/**
 * The most characters a GitHub comment holds. A longer body is refused, so the README's CI step
 * that posts the report fails instead of commenting.
 */
export const commentLimit = 65_536;

/*
 * The Markdown forms cut their long tables to these many rows, so that a report and a diff posted
 * together fit one comment on any map a team writes (a map of 1,000 stages made a 70 KB report).
 * The text and JSON forms keep every row.
 */
export const markdownStageRows = 30;
export const markdownStepRows = 60;
export const markdownIdsListed = 60;

/**
 * The `limit` items of highest weight, in their own order (file order); of equal weights the
 * earlier ones are kept.
 */
export function heaviestInOrder<T>(items: readonly T[], weight: (item: T) => number, limit: number): readonly T[] {
    if (items.length <= limit) {
        return items;
    }
    const kept = new Set(items
        .map((item, index) => ({ index, weight: weight(item) }))
        .sort((a, b) => b.weight - a.weight || a.index - b.index)
        .slice(0, limit)
        .map(entry => entry.index));
    return items.filter((_, index) => kept.has(index));
}

/**
 * Markdown for a pull-request comment, written as it is; when it is longer than a comment holds
 * (only with a large `--top`), stderr says so and what to do, since the post would be refused.
 */
export function writeCommentMarkdown(markdown: string, io: CliIo, command: string, remedy: string): void {
    if (markdown.length > commentLimit) {
        io.err(`journey ${command}: this Markdown has ${markdown.length.toLocaleString('en')} characters, more than a GitHub comment holds (${commentLimit.toLocaleString('en')}); ${remedy}.\n`);
    }
    io.out(markdown);
}
