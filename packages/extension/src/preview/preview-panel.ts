import * as vscode from 'vscode';
import { applyMapChanges, joinSvgParts, type MapProblem, type RenderMapResult, RenderMapResultSchema, type SourceRange } from '@journey-maps/model';
import type { PreviousVersion, RenderPngParams } from '@journey-maps/model/lsp';
import type { Settings } from '../settings.js';
import type { Log } from '../log.js';
import { fileNameOf } from '../file-name.js';
import { locationLabel, refAtPosition } from '../source-map.js';
import { createNonce, previewHtml } from './html.js';
import { LatestOnly } from './latest.js';
import { MapSender, type DrawnMap, type ServerChanges } from './map-sender.js';
import { RepaintTiming } from './repaint-timing.js';
import { FocusReturn } from './focus-return.js';
import { acceptWebviewMessage, type HostToWebview, type WebviewToHost } from './messages.js';

export const PREVIEW_VIEW_TYPE = 'journey.preview';

/** The map a panel asks the language server for. */
export interface MapRequest {
    uri: string;
    version: number;
    /** The webview's Compare toggle: the map drawn with its baseline's comparison, else alone. */
    compare: boolean;
    /** Compare with Previous Version: the map compared with it (drawn so whatever `compare` says). */
    previous?: PreviousVersion;
    /** The map the panel holds, so the server may answer with what changed since it. */
    base?: string;
}

export interface PanelHost {
    readonly extensionUri: vscode.Uri;
    readonly log: Log;
    settings(): Settings;
    /**
     * Sends journey/renderMap to the language server (waits for it to be ready); with a previous
     * version, journey/compareMap: the map compared with it.
     */
    requestMap(request: MapRequest, token: vscode.CancellationToken): Promise<unknown>;
    /** Sends journey/renderPng to the language server; resolves with the PNG file's bytes. */
    requestPng(params: RenderPngParams): Promise<Uint8Array>;
    exportSvg(panel: PreviewPanel): Promise<void>;
    exportPng(panel: PreviewPanel): Promise<void>;
    didFocus(panel: PreviewPanel): void;
}


/** One preview panel: a webview showing the map of one .journey document. */
export class PreviewPanel {
    private lastMap: DrawnMap | undefined;
    private problems: MapProblem[] = [];
    private readonly latest = new LatestOnly<unknown>();
    private readonly disposables: vscode.Disposable[] = [];
    private readonly onDisposeEmitter = new vscode.EventEmitter<void>();
    readonly onDidDispose = this.onDisposeEmitter.event;
    private readonly onPaintEmitter = new vscode.EventEmitter<number>();
    /** The webview painted the map of this document version. */
    readonly onDidPaint = this.onPaintEmitter.event;
    private status: Exclude<RenderMapResult['status'], 'changes'> | undefined;
    private highlighted: string | null = null;
    /** The persona filter and hidden lanes the webview shows (it reports each change). */
    private filters: Pick<RenderPngParams, 'persona' | 'hiddenLanes'> = { persona: null, hiddenLanes: [] };
    /** showInsights was asked for: sent again when the webview (re)starts, in case it was not listening yet. */
    private insightsWanted = false;
    /**
     * The webview's Compare toggle is on: the map is asked for with its baseline's comparison
     * drawn (while comparing with a previous version the toggle is on and ends that comparison).
     */
    private compareShown: boolean;
    /** Compare with Previous Version: the version the map is compared with, instead of its baseline. */
    private previous: PreviousVersion | undefined;
    /** For the log's line on each repaint after an edit. */
    private readonly timing = new RepaintTiming();
    /** Focus the revealing click gives the preview goes back to the revealed editor. */
    private readonly focusReturn: FocusReturn;
    private disposed = false;
    /** The map the webview holds, as last sent, for patches. */
    private readonly sender = new MapSender();

    static localResourceRoots(extensionUri: vscode.Uri): vscode.Uri[] {
        return [vscode.Uri.joinPath(extensionUri, 'packages', 'preview', 'dist')];
    }

    static webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
        return {
            enableScripts: true,
            enableCommandUris: false,
            enableForms: false,
            localResourceRoots: PreviewPanel.localResourceRoots(extensionUri),
            retainContextWhenHidden: false,
            enableFindWidget: false
        };
    }

    static create(host: PanelHost, resource: vscode.Uri, column: vscode.ViewColumn, preserveFocus: boolean, locked: boolean): PreviewPanel {
        const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, 'Journey Preview',
            { viewColumn: column, preserveFocus }, PreviewPanel.webviewOptions(host.extensionUri));
        return new PreviewPanel(host, panel, resource, locked);
    }

    /** `compare`: the toggle as the webview will restore it (a panel brought back after a reload), so its first map is asked for so, once. */
    constructor(private readonly host: PanelHost, readonly panel: vscode.WebviewPanel, private resourceUri: vscode.Uri, private isLocked: boolean, compare = false) {
        this.compareShown = compare;
        this.focusReturn = new FocusReturn(host.log);
        panel.webview.options = PreviewPanel.webviewOptions(host.extensionUri);
        panel.iconPath = vscode.Uri.joinPath(host.extensionUri, 'packages', 'extension', 'images', 'journey-file.svg');
        panel.webview.html = this.html();
        this.updateTitle();
        this.disposables.push(
            panel.webview.onDidReceiveMessage((raw) => this.onMessage(raw)),
            panel.onDidDispose(() => this.dispose()),
            panel.onDidChangeViewState((e) => {
                if (e.webviewPanel.active) {
                    host.didFocus(this);
                    this.focusReturn.previewActivated();
                }
                void vscode.commands.executeCommand('setContext', 'journeyPreviewFocus', e.webviewPanel.active);
            })
        );
    }

    get resource(): vscode.Uri {
        return this.resourceUri;
    }

    get locked(): boolean {
        return this.isLocked;
    }

    /** The SVG document of the map shown last (for export): as on screen, drawn with the comparison or without it. */
    get svg(): string | undefined {
        return this.lastMap && joinSvgParts(this.lastMap.parts);
    }

    /** What the preview shows now: 'ok' (a map), 'errors' (last map + banner), 'no-journey'. */
    get shownStatus(): PreviewPanel['status'] {
        return this.status;
    }

    get problemCount(): number {
        return this.problems.length;
    }

    /** What the map is compared with by Compare with Previous Version ("HEAD"), if it is. */
    get comparedWith(): string | undefined {
        return this.previous?.label;
    }

    /** Shows the map against another version of its file: the server compares, this only asks. */
    compareWith(previous: PreviousVersion): void {
        this.previous = previous;
        // The webview turns its toggle on with it (main.ts showComparedWith): no second request then.
        this.compareShown = true;
        this.post({ type: 'comparedWith', label: previous.label });
        void this.refresh();
    }

    /** Back to the map alone (with its baseline's comparison, if it has one, behind the toggle). */
    stopComparing(): void {
        if (!this.previous) return;
        this.endComparison();
        void this.refresh();
    }

    /** The previous version forgotten; the webview turns its toggle off with it (main.ts showComparedWith), so the next map is asked for alone. */
    private endComparison(): void {
        this.previous = undefined;
        this.compareShown = false;
        this.post({ type: 'comparedWith', label: null });
    }

    /** Follows another document (dynamic previews only). */
    setResource(uri: vscode.Uri): void {
        if (this.isLocked || uri.toString() === this.resourceUri.toString()) return;
        this.resourceUri = uri;
        // A comparison is of one file with its own history.
        if (this.previous) this.endComparison();
        this.lastMap = undefined;
        this.sender.forget();
        this.problems = [];
        this.highlighted = null;
        this.timing.drop();
        this.updateTitle();
        this.post({ type: 'reset', uri: uri.toString(), fileName: this.fileName() });
        void this.refresh();
    }

    toggleLock(): void {
        this.isLocked = !this.isLocked;
        this.updateTitle();
        this.post({ type: 'locked', locked: this.isLocked, fileName: this.fileName() });
    }

    /**
     * Asks the server for the map of the document's current version; newer calls supersede older
     * ones. `whole`: without naming the map held, so the answer is the whole map.
     */
    async refresh(whole = false): Promise<void> {
        if (this.disposed) return;
        const uri = this.resourceUri;
        let doc: vscode.TextDocument;
        try {
            doc = await vscode.workspace.openTextDocument(uri);
        } catch (e) {
            this.post({ type: 'noJourney', uri: uri.toString(), version: 0, message: `Cannot open ${this.fileName()}: ${String(e)}` });
            return;
        }
        let outcome;
        this.timing.asked(doc.version);
        const previous = this.previous;
        const base = whole ? undefined : this.lastMap?.mapId;
        const request: MapRequest = { uri: doc.uri.toString(), version: doc.version, compare: this.compareShown, ...(previous ? { previous } : {}), ...(base === undefined ? {} : { base }) };
        try {
            outcome = await this.latest.run(() => {
                const cts = new vscode.CancellationTokenSource();
                return { cancel: cts, result: this.host.requestMap(request, cts.token).finally(() => cts.dispose()) };
            });
        } catch (e) {
            const reason = e instanceof Error ? e.message : String(e);
            // Another request for this document (a second preview of it) replaced this one: not a failure.
            if (previous && isCancelled(e)) return;
            if (previous && previous === this.previous && !this.disposed) {
                // The previous version cannot be compared (it has errors, git could not read an
                // import): say why, and show the map alone rather than nothing.
                void vscode.window.showWarningMessage(`Cannot compare ${this.fileName()} with ${previous.label}: ${reason}`);
                this.stopComparing();
                return;
            }
            this.host.log.error(`journey/renderMap failed for ${uri.toString()}: ${reason}`);
            // A map the server cancelled (a newer render of the same document took over) is no failure to show.
            if (!this.disposed && uri.toString() === this.resourceUri.toString() && !isCancelled(e)) {
                this.post({ type: 'failed', uri: uri.toString(), message: `The map of ${this.fileName()} could not be drawn: ${reason}. It is drawn again at the next edit; the Journey Maps output has the details.` });
            }
            return;
        }
        if (!outcome.current || this.disposed || uri.toString() !== this.resourceUri.toString()) return;
        this.timing.answered(doc.version);
        const parsed = RenderMapResultSchema.safeParse(outcome.value);
        if (!parsed.success) {
            this.host.log.error(`journey/renderMap returned an unexpected result: ${parsed.error.message}`);
            return;
        }
        const result = parsed.data;
        if (result.status !== 'changes') {
            this.show(result);
            return;
        }
        const map = this.lastMap && applyMapChanges(this.lastMap, result);
        if (!map) {
            // Changes from a map this panel no longer holds (it showed another document meanwhile,
            // or they do not fit): ask for the whole map.
            if (!whole) void this.refresh(true);
            return;
        }
        this.show(map, { base: result.base, parts: result.parts, insightsChanged: 'insights' in result.fields });
    }

    /** Marks when an edit arrived, so the repaint can be timed in the log. */
    noteEdit(version: number): void {
        this.timing.edited(version);
    }

    /** Cursor → preview: highlight the step under the cursor and scroll it into view. */
    syncSelection(editor: vscode.TextEditor): void {
        if (!this.lastMap || editor.document.uri.toString() !== this.resourceUri.toString()) return;
        const settings = this.host.settings();
        if (!settings.scrollSync) return;
        const ref = refAtPosition(this.lastMap.sourceMap, editor.selection.active);
        if (ref === this.highlighted) return;
        this.highlighted = ref;
        this.post({ type: 'highlight', ref, reveal: true });
    }

    /** The settings the webview follows (sent when it starts and when they change). */
    postOptions(): void {
        this.post({ type: 'options', personaFilter: this.host.settings().personaFilter });
    }

    /** Opens the webview's Insights panel. */
    showInsights(): void {
        this.insightsWanted = true;
        this.post({ type: 'showInsights' });
    }

    postZoom(action: 'in' | 'out' | 'fit' | 'reset'): void {
        this.post({ type: 'zoom', action });
    }

    /**
     * The shown map as a PNG, drawn by the language server with the CLI's rasteriser: in the editor's
     * theme, with the preview's filters (dimming or hiding as the preview does), without the selection highlight (that is the webview's only).
     */
    renderPng(scale: number): Promise<Uint8Array> {
        const svg = this.svg;
        if (!svg) return Promise.reject(new Error('There is no map to export yet.'));
        return this.host.requestPng({
            svg, theme: editorTheme(vscode.window.activeColorTheme.kind), scale, ...this.filters, personaFilter: this.host.settings().personaFilter
        });
    }

    reveal(column?: vscode.ViewColumn, preserveFocus = true): void {
        this.panel.reveal(column, preserveFocus);
    }

    dispose(): void {
        if (this.disposed) return;
        this.disposed = true;
        this.latest.cancel();
        this.onDisposeEmitter.fire();
        this.onDisposeEmitter.dispose();
        this.onPaintEmitter.dispose();
        for (const d of this.disposables) d.dispose();
        this.panel.dispose();
    }

    /** `changes`: what the server said changed since the map held before (to patch the webview's copy). */
    private show(result: Exclude<RenderMapResult, { status: 'changes' }>, changes?: ServerChanges): void {
        this.status = result.status;
        if (result.status === 'ok') {
            this.lastMap = result;
            this.problems = [];
            this.postMap(result, changes);
            this.highlighted = null;
            const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.resourceUri.toString());
            if (editor) this.syncSelection(editor);
        } else if (result.status === 'errors') {
            this.problems = result.errors;
            this.timing.drop();
            this.post({
                type: 'errors', uri: result.uri, version: result.version,
                problems: result.errors.map((p) => ({ message: p.message, severity: p.severity, code: p.code, location: locationLabel(p.uri, p.range) }))
            });
        } else {
            this.lastMap = undefined;
            this.sender.forget();
            this.post({ type: 'noJourney', uri: result.uri, version: result.version, message: `${this.fileName()} has no journey: it only declares shared things for other files to import.` });
        }
    }

    private postMap(map: DrawnMap, changes?: ServerChanges): void {
        this.post(this.sender.messageFor(map, changes));
        this.timing.posted(map.version);
    }

    /** Entry point of every message from the webview (public so tests can play the webview). */
    receive(raw: unknown): void {
        this.onMessage(raw);
    }

    private onMessage(raw: unknown): void {
        const m = acceptWebviewMessage(raw, (dropped) => this.host.log.warn(`dropped a malformed message from the preview: ${safeJson(dropped)}`));
        if (m) void this.handle(m);
    }

    private async handle(m: WebviewToHost): Promise<void> {
        switch (m.type) {
            case 'ready':
                // A new (or reloaded) webview holds no map yet.
                this.sender.forget();
                this.postOptions();
                if (this.isLocked) this.post({ type: 'locked', locked: true, fileName: this.fileName() });
                if (this.insightsWanted) this.post({ type: 'showInsights' });
                if (this.previous) this.post({ type: 'comparedWith', label: this.previous.label });
                await this.refresh();
                break;
            case 'compare':
                if (m.on === this.compareShown) break;
                this.compareShown = m.on;
                // The server draws the comparison or leaves it out (so the map alone keeps no room
                // for it): a toggle is a new drawing, asked for at once. A previous version's is drawn either way.
                if (!this.previous) void this.refresh();
                break;
            case 'insightsShown': {
                const insights = this.sender.panelShown(m.open, this.lastMap);
                if (insights) this.post(insights);
                break;
            }
            case 'stopComparing':
                this.stopComparing();
                break;
            case 'reveal': {
                if (!this.host.settings().clickToReveal) break;
                const range = this.lastMap && Object.hasOwn(this.lastMap.sourceMap, m.ref) ? this.lastMap.sourceMap[m.ref] : undefined;
                if (range) await this.revealSource(this.resourceUri, range);
                break;
            }
            case 'openProblem': {
                const p = this.problems[m.index];
                if (p) await this.revealSource(vscode.Uri.parse(p.uri, true), p.range);
                break;
            }
            case 'exportSvg':
                await this.host.exportSvg(this);
                break;
            case 'exportPng':
                await this.host.exportPng(this);
                break;
            case 'filters':
                this.filters = { persona: m.persona, hiddenLanes: m.hiddenLanes };
                break;
            case 'needFullMap':
                if (this.lastMap) this.postMap(this.lastMap);
                break;
            case 'rendered': {
                // A painted map means the webview listens: the panel request has arrived.
                this.insightsWanted = false;
                this.onPaintEmitter.fire(m.version);
                const line = this.timing.painted(m.version, m.renderMs, this.sender.lastSent);
                if (line) this.host.log.info(line);
                break;
            }
        }
    }

    /** Preview → editor: select the range in an editor beside the preview (opening one if needed). */
    private async revealSource(uri: vscode.Uri, range: SourceRange): Promise<void> {
        const r = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
        const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
        const editor = await vscode.window.showTextDocument(uri, {
            viewColumn: visible?.viewColumn ?? otherColumn(this.panel.viewColumn),
            preserveFocus: false,
            preview: false
        });
        editor.selection = new vscode.Selection(r.end, r.start);
        editor.revealRange(r, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        // The click's focus may have reached VS Code while the editor was being shown.
        this.focusReturn.revealed(editor, this.panel.active);
    }

    private post(message: HostToWebview): void {
        if (!this.disposed) void this.panel.webview.postMessage(message);
    }

    private fileName(): string {
        return fileNameOf(this.resourceUri);
    }

    private updateTitle(): void {
        this.panel.title = this.isLocked ? `[Preview] ${this.fileName()}` : `Preview ${this.fileName()}`;
    }

    private html(): string {
        const webview = this.panel.webview;
        const dist = vscode.Uri.joinPath(this.host.extensionUri, 'packages', 'preview', 'dist');
        return previewHtml({
            cspSource: webview.cspSource,
            nonce: createNonce(),
            scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'preview.js')).toString(),
            styleUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'preview.css')).toString(),
            title: `Preview ${this.fileName()}`
        });
    }
}

/** The map theme that matches VS Code's colour theme, as the webview's `vscode-*` body class does. */
export function editorTheme(kind: vscode.ColorThemeKind): RenderPngParams['theme'] {
    switch (kind) {
        case vscode.ColorThemeKind.Dark: return 'dark';
        case vscode.ColorThemeKind.HighContrast: return 'high-contrast';
        case vscode.ColorThemeKind.HighContrastLight: return 'high-contrast-light';
        default: return 'light';
    }
}

function otherColumn(column: vscode.ViewColumn | undefined): vscode.ViewColumn {
    return column === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
}

function safeJson(v: unknown): string {
    try {
        return JSON.stringify(v).slice(0, 200);
    } catch {
        return String(v);
    }
}

/** LSP's RequestCancelled: the server dropped the request for a newer one. */
function isCancelled(e: unknown): boolean {
    return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === -32800;
}
