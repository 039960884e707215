/** A fenced code block of a Markdown file. */
export interface MarkdownFence {
    /** The first word of the info string, lower case (`mermaid`, `journey`); '' when there is none. */
    readonly language: string;
    /** The block's text, without the fences and without the fence's indentation. */
    readonly text: string;
    /** 1-based line of the opening fence. */
    readonly line: number;
    /** 1-based line of the block's first line of text. */
    readonly firstLine: number;
}

const OPENING = /^( {0,3})(`{3,}|~{3,})(.*)$/;

/**
 * The fenced code blocks of a Markdown text, as CommonMark reads them: an opening fence of three
 * or more backticks or tildes indented by at most three spaces, closed by a fence of the same
 * character at least as long, or by the end of the file. Fences inside quotes and lists are not read.
 */
export function markdownFences(markdown: string): MarkdownFence[] {
    const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
    const fences: MarkdownFence[] = [];
    for (let i = 0; i < lines.length; i++) {
        const opening = OPENING.exec(lines[i]!);
        if (!opening) continue;
        const [, indent, fence, info] = opening as unknown as [string, string, string, string];
        if (fence[0] === '`' && info.includes('`')) continue;
        const closing = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
        const body: string[] = [];
        let j = i + 1;
        for (; j < lines.length && !closing.test(lines[j]!); j++) {
            body.push(lines[j]!.replace(new RegExp(`^ {0,${indent.length}}`), ''));
        }
        fences.push({ language: info.trim().split(/\s+/)[0]!.toLowerCase(), text: body.length > 0 ? `${body.join('\n')}\n` : '', line: i + 1, firstLine: i + 2 });
        i = j;
    }
    return fences;
}
