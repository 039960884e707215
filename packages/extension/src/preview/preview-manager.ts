import * as vscode from 'vscode';
import { PreviewStateSchema } from '@journey-maps/preview/protocol';
import { type PanelHost, PreviewPanel, PREVIEW_VIEW_TYPE } from './preview-panel.js';

export interface ShowOptions {
    toSide: boolean;
    locked?: boolean;
}

/**
 * All preview panels. Like the Markdown preview: one dynamic preview follows the active .journey
 * editor; locked previews stay on their document. Restores panels after a reload (serializer).
 */
export class PreviewManager implements vscode.WebviewPanelSerializer, vscode.Disposable {
    private readonly previews = new Set<PreviewPanel>();
    private active: PreviewPanel | undefined;
    private readonly disposables: vscode.Disposable[] = [];

    constructor(private readonly host: Omit<PanelHost, 'didFocus'>) {
        this.disposables.push(
            vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, this),
            vscode.window.onDidChangeActiveTextEditor((editor) => this.followEditor(editor)),
            vscode.workspace.onDidChangeTextDocument((e) => this.documentChanged(e)),
            vscode.window.onDidChangeTextEditorSelection((e) => this.selectionChanged(e)),
            // Registered after activate()'s own listener, which re-reads the settings first.
            vscode.workspace.onDidChangeConfiguration((e) => {
                if (e.affectsConfiguration('journey.preview.personaFilter')) for (const p of this.previews) p.postOptions();
            })
        );
    }

    /** The preview the user last focused, else the only one. */
    get current(): PreviewPanel | undefined {
        if (this.active && this.previews.has(this.active)) return this.active;
        return this.previews.size === 1 ? [...this.previews][0] : undefined;
    }

    get all(): readonly PreviewPanel[] {
        return [...this.previews];
    }

    /** A preview showing this document (the one last focused, if several do). */
    previewOf(resource: vscode.Uri): PreviewPanel | undefined {
        const key = resource.toString();
        const current = this.current;
        if (current?.resource.toString() === key) return current;
        return [...this.previews].find((p) => p.resource.toString() === key);
    }

    show(resource: vscode.Uri, options: ShowOptions): PreviewPanel {
        const locked = options.locked ?? false;
        const editorColumn = vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.One;
        const column = options.toSide ? vscode.ViewColumn.Beside : editorColumn;
        const preserveFocus = options.toSide && this.host.settings().openToSidePreserveFocus;
        const existing = [...this.previews].find((p) => p.resource.toString() === resource.toString() && p.locked === locked)
            ?? (locked ? undefined : [...this.previews].find((p) => !p.locked));
        if (existing) {
            existing.setResource(resource);
            existing.reveal(options.toSide ? existing.panel.viewColumn : column, preserveFocus);
            return existing;
        }
        return this.track(PreviewPanel.create(this.panelHost(), resource, column, preserveFocus, locked));
    }

    async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
        const parsed = PreviewStateSchema.safeParse(state);
        if (!parsed.success || !parsed.data.uri) {
            panel.dispose();
            return;
        }
        this.track(new PreviewPanel(this.panelHost(), panel, vscode.Uri.parse(parsed.data.uri, true), parsed.data.locked, parsed.data.compare));
    }

    toggleLock(): void {
        this.current?.toggleLock();
    }

    dispose(): void {
        for (const p of this.previews) p.dispose();
        for (const d of this.disposables) d.dispose();
    }

    private track(preview: PreviewPanel): PreviewPanel {
        this.previews.add(preview);
        this.active = preview;
        preview.onDidDispose(() => {
            this.previews.delete(preview);
            if (this.active === preview) this.active = undefined;
        });
        return preview;
    }

    private panelHost(): PanelHost {
        return { ...this.host, didFocus: (p) => (this.active = p) };
    }

    private followEditor(editor: vscode.TextEditor | undefined): void {
        if (!editor || editor.document.languageId !== 'journey') return;
        for (const p of this.previews) if (!p.locked) p.setResource(editor.document.uri);
    }

    /** Every preview asks for its map again (a setting the renderer draws changed). */
    refreshAll(): void {
        for (const p of this.previews) void p.refresh();
    }

    /** The server rebuilt these documents because something they import changed. */
    mapsChanged(uris: readonly string[]): void {
        const changed = new Set(uris);
        for (const p of this.previews) if (changed.has(p.resource.toString())) void p.refresh();
    }

    private documentChanged(e: vscode.TextDocumentChangeEvent): void {
        if (e.document.languageId !== 'journey' || e.contentChanges.length === 0) return;
        // A preview of the edited document asks at once (the server answers once it has validated
        // this version); previews of its importers hear from the server (mapsChanged).
        const uri = e.document.uri.toString();
        for (const p of this.previews) {
            if (p.resource.toString() !== uri) continue;
            p.noteEdit(e.document.version);
            void p.refresh();
        }
    }

    private selectionChanged(e: vscode.TextEditorSelectionChangeEvent): void {
        if (e.textEditor.document.languageId !== 'journey') return;
        const uri = e.textEditor.document.uri.toString();
        for (const p of this.previews) if (p.resource.toString() === uri) p.syncSelection(e.textEditor);
    }
}
