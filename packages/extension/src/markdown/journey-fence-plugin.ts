import type { MarkdownIt, RendererRule } from 'markdown-it';
import type { FenceRenders } from './fence-renders.js';
import { fenceHtml } from './fence-view.js';

/** The first word of a fence's info string: ```journey and ```Journey both draw a map. */
function isJourneyFence(info: string): boolean {
    return info.trim().split(/\s+/)[0]?.toLowerCase() === 'journey';
}

/**
 * The markdown-it plugin of VS Code's Markdown preview: a ```journey fence becomes its map (or its
 * errors, in place); every other fence renders as before. The Markdown file's URI comes from the
 * render environment VS Code passes (`currentDocument`), so imports resolve relative to it.
 */
export function journeyFencePlugin(md: MarkdownIt, renders: FenceRenders): MarkdownIt {
    const fallback: RendererRule = md.renderer.rules.fence ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
    md.renderer.rules.fence = (tokens, idx, options, env, self) => {
        const token = tokens[idx]!;
        if (!isJourneyFence(token.info)) {
            return fallback(tokens, idx, options, env, self);
        }
        // VS Code's render environment names the Markdown file (a vscode.Uri).
        const current: unknown = (env as { currentDocument?: unknown } | undefined)?.currentDocument;
        const documentUri = current === undefined || current === null ? 'untitled:markdown' : String(current);
        const position = tokens.slice(0, idx).filter(t => t.type === 'fence' && isJourneyFence(t.info)).length;
        const view = renders.view(token.content, documentUri, position);
        token.attrJoin('class', 'journey-fence');
        return fenceHtml(view, { documentUri, firstLine: (token.map?.[0] ?? 0) + 1, attributes: self.renderAttrs(token), source: token.content });
    };
    return md;
}
