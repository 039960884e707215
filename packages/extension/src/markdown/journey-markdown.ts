import type { MarkdownIt } from 'markdown-it';
import * as vscode from 'vscode';
import type { RenderFenceParams } from '@journey-maps/model';
import { RenderFenceResultSchema } from '@journey-maps/model';
import { FenceRenders } from './fence-renders.js';
import { journeyFencePlugin } from './journey-fence-plugin.js';

export interface JourneyMarkdown extends vscode.Disposable {
    /** What activate() returns as `extendMarkdownIt` for VS Code's Markdown preview. */
    extendMarkdownIt(md: MarkdownIt): MarkdownIt;
}

/**
 * ```journey fences in VS Code's own Markdown preview: drawn by the language server, then the
 * preview is refreshed (`markdown.preview.refresh`) so that its synchronous render finds them.
 * Editing a .journey file redraws the fences that import files.
 */
export function createJourneyMarkdown(request: (params: RenderFenceParams) => Promise<unknown>, log: vscode.LogOutputChannel): JourneyMarkdown {
    const renders = new FenceRenders({
        request: async params => RenderFenceResultSchema.parse(await request(params)),
        onRendered: () => void vscode.commands.executeCommand('markdown.preview.refresh'),
        log: message => log.warn(message)
    });
    const edits = vscode.workspace.onDidChangeTextDocument(event => {
        if (event.document.languageId === 'journey' && event.contentChanges.length > 0) renders.importsChanged();
    });
    return {
        extendMarkdownIt: md => journeyFencePlugin(md, renders),
        dispose: () => {
            edits.dispose();
            renders.dispose();
        }
    };
}

