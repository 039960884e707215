/** Column alignment of a table: left for names and text, right for numbers. */
export type Align = 'left' | 'right';

/** A plain-text table for a terminal: columns padded to their widest cell, two spaces apart. */
export function textTable(header: readonly string[] | undefined, rows: readonly (readonly string[])[], align: readonly Align[], indent = '  '): string {
    const widths = align.map((_, c) => Math.max(width(header?.[c] ?? ''), ...rows.map(row => width(row[c] ?? ''))));
    const line = (cells: readonly string[]): string => indent + cells.map((cell, c) => {
        const pad = ' '.repeat(widths[c] - width(cell));
        return align[c] === 'right' ? pad + cell : cell + pad;
    }).join('  ').trimEnd();
    return [...(header ? [line(header)] : []), ...rows.map(line)].join('\n') + '\n';
}

/** Characters as a terminal shows them: combining marks take no column. */
function width(text: string): number {
    return [...text.normalize('NFC')].filter(char => !/\p{M}/u.test(char)).length;
}

/** A GitHub Markdown table; cells are escaped by the caller where they hold the map's text. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[]): string {
    const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
    return [line(header), line(align.map(a => a === 'right' ? '--:' : '---')), ...rows.map(line)].join('\n') + '\n';
}

/** Text from the map, safe in a Markdown table cell: no markup, no cell breaks, no HTML. */
export function escapeMarkdown(text: string): string {
    return text.replace(/([\\`*_[\]<>#|~])/g, '\\$1').replace(/\r?\n/g, ' ');
}

/** A number as the report shows it: at most two decimals, no trailing zeros. */
export function formatNumber(value: number): string {
    return String(Math.round(value * 100) / 100);
}

/** An emotion with its sign, as the map writes it. */
export function formatEmotion(value: number | null | undefined): string {
    if (value === null || value === undefined) {
        return '–';
    }
    return value > 0 ? `+${formatNumber(value)}` : formatNumber(value);
}

export function plural(count: number, word: string, words = `${word}s`): string {
    return `${count} ${count === 1 ? word : words}`;
}
