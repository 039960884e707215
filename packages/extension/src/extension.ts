import * as vscode from 'vscode';
import {
    CompareMapRequest, MapsChangedNotification, MapsChangedParamsSchema, ReadRevisionFileParamsSchema, ReadRevisionFileRequest, RenderMapRequest,
    RenderPngRequest, RenderPngResultSchema, type ReadRevisionFileResult
} from '@journey-maps/model/lsp';
import { RenderFenceMethod } from '@journey-maps/model';
import type { MarkdownIt } from 'markdown-it';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createClient } from './client.js';
import { exportPng, exportSvg } from './commands/export.js';
import { registerCompareCommand } from './commands/compare-command.js';
import { registerPreviewCommands } from './commands/preview-commands.js';
import { gitAccess } from './git/git-access.js';
import { fileAtCommit } from './git/previous-version.js';
import { createLog } from './log.js';
import { createJourneyMarkdown } from './markdown/journey-markdown.js';
import { PreviewManager } from './preview/preview-manager.js';
import { readSettings, type Settings } from './settings.js';

/** What activate() returns: used by the @vscode/test-electron suite and the benchmark. */
export interface JourneyExtensionApi {
    /** activate() itself, in ms. */
    readonly activationMs: number;
    /** Resolves when the language server answered initialize; the value is ms since activate() started. */
    readonly clientReady: Promise<number>;
    readonly previews: PreviewManager;
    /** Draws ```journey fences in VS Code's Markdown preview (contributes.markdown.markdownItPlugins). */
    extendMarkdownIt(md: MarkdownIt): MarkdownIt;
}

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): JourneyExtensionApi {
    const t0 = performance.now();
    const log = createLog();
    context.subscriptions.push(log);

    let settings: Settings = readSettings(vscode.workspace.getConfiguration('journey'));
    context.subscriptions.push(vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration('journey')) return;
        const heatTint = settings.heatTint;
        settings = readSettings(vscode.workspace.getConfiguration('journey'));
        // The tint is drawn by the renderer: the previews ask for their maps again.
        if (settings.heatTint !== heatTint) previews.refreshAll();
    }));

    client = createClient(context, log);
    const started = client.start();
    const clientReady = started.then(() => {
        const ms = performance.now() - t0;
        log.info(`language client ready ${ms.toFixed(1)} ms after activation started`);
        return ms;
    });
    clientReady.catch((e: unknown) => log.error(`the language server did not start: ${e instanceof Error ? e.message : String(e)}`));

    const previews = new PreviewManager({
        extensionUri: context.extensionUri,
        log,
        settings: () => settings,
        requestMap: async ({ uri, version, compare, previous, base }, token) => {
            await started;
            const params = { uri, version, heatTint: settings.heatTint, ...(base === undefined ? {} : { base }) };
            return previous
                ? client!.sendRequest(CompareMapRequest, { ...params, previous }, token)
                : client!.sendRequest(RenderMapRequest, { ...params, compare }, token);
        },
        requestPng: async (params) => {
            await started;
            const { png } = RenderPngResultSchema.parse(await client!.sendRequest(RenderPngRequest, params));
            return Buffer.from(png, 'base64');
        },
        exportSvg: async (panel) => { await exportSvg(panel); },
        exportPng: async (panel) => { await exportPng(panel, settings); }
    });
    context.subscriptions.push(previews, ...registerPreviewCommands(previews, () => settings), registerCompareCommand(previews));
    // The server reads a previous version's imports at its commit through the git extension.
    context.subscriptions.push(client.onRequest(ReadRevisionFileRequest, async (raw: unknown): Promise<ReadRevisionFileResult> => {
        const parsed = ReadRevisionFileParamsSchema.safeParse(raw);
        if (!parsed.success) return { text: null };
        return { text: await fileAtCommit(await gitAccess(), vscode.Uri.parse(parsed.data.uri, true), parsed.data.commit) };
    }));
    // The server says which maps an import's change may have changed; their previews pull.
    context.subscriptions.push(client.onNotification(MapsChangedNotification, (raw: unknown) => {
        const parsed = MapsChangedParamsSchema.safeParse(raw);
        if (parsed.success) previews.mapsChanged(parsed.data.uris);
        else log.warn(`dropped a malformed ${MapsChangedNotification.method} notification`);
    }));
    const markdown = createJourneyMarkdown(async (params) => {
        await started;
        return client!.sendRequest(RenderFenceMethod, params);
    }, log);
    context.subscriptions.push(markdown);

    const activationMs = performance.now() - t0;
    log.info(`activated in ${activationMs.toFixed(1)} ms`);
    return { activationMs, clientReady, previews, extendMarkdownIt: markdown.extendMarkdownIt };
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
