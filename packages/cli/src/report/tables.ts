/** Column alignment of a table: left for names and text, right for numbers. */
export type Align = 'left' | 'right';

/**
 * A plain-text table for a terminal: columns padded to their widest cell, two spaces apart. Each
 * cell's width is measured once: a report's stage table of a large map has thousands of cells.
 */
export function textTable(header: readonly string[] | undefined, rows: readonly (readonly string[])[], align: readonly Align[], indent = '  '): string {
    const lines = header ? [header, ...rows] : rows;
    const cellWidths = lines.map(cells => cells.map(width));
    const widths: number[] = [];
    for (const row of cellWidths) {
        row.forEach((cell, c) => { widths[c] = Math.max(widths[c] ?? 0, cell); });
    }
    return lines.map((cells, l) => indent + cells.map((cell, c) => {
        const pad = ' '.repeat(widths[c] - cellWidths[l][c]);
        return align[c] === 'right' ? pad + cell : cell + pad;
    }).join('  ').trimEnd()).join('\n') + '\n';
}

/** Printable ASCII only: one column per character, nothing to normalise. */
const plainAscii = /^[\x20-\x7e]*$/;

/** Characters as a terminal shows them: combining marks take no column. */
function width(text: string): number {
    if (plainAscii.test(text)) {
        return text.length;
    }
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
