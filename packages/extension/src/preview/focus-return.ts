import * as vscode from 'vscode';
import type { Log } from '../log.js';

/**
 * VS Code learns that a webview has focus by polling it every 250 ms. So the click that asked
 * for a reveal can make the preview the active editor after the revealed editor has taken focus,
 * or while it is being shown, and the keyboard would go to the preview. Focus that lands on the
 * preview during a reveal or that soon after it goes back to the editor, once.
 */
export class FocusReturn {
    /** The editor a reveal gave focus to, and until when focus the preview takes is the revealing click's. */
    private pending: { readonly editor: vscode.TextEditor; readonly until: number } | undefined;

    constructor(private readonly log: Log) {}

    /** A reveal has shown `editor`; `previewActive`: the preview is the active editor again already. */
    revealed(editor: vscode.TextEditor, previewActive: boolean): void {
        this.pending = { editor, until: Date.now() + FOCUS_POLL_GRACE_MS };
        if (previewActive) this.previewActivated();
    }

    /** VS Code reports that the preview has become the active editor. */
    previewActivated(): void {
        const back = this.pending;
        this.pending = undefined;
        if (!back || Date.now() >= back.until) return;
        const uri = back.editor.document.uri.toString();
        this.log.info(`preview: VS Code reported the click's focus on the preview after the click had asked to reveal ${uri}; focus goes back to that editor`);
        vscode.window.showTextDocument(back.editor.document, { viewColumn: back.editor.viewColumn, preserveFocus: false, preview: false })
            .then(undefined, (e: unknown) => this.log.warn(`could not give focus back to ${uri}: ${String(e)}`));
    }
}

/** How long after a reveal the preview's own focus, reported by VS Code's polling (every 250 ms), is taken as the click's: three polls. */
const FOCUS_POLL_GRACE_MS = 750;
