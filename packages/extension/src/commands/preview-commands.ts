import * as vscode from 'vscode';
import type { PreviewManager } from '../preview/preview-manager.js';
import type { Settings } from '../settings.js';
import { exportPng, exportSvg } from './export.js';
import { resolveJourneyUri } from './resolve-uri.js';

/** Command ids contributed in the root package.json. */
export const Commands = {
    showPreview: 'journey.showPreview',
    /** Also the code lens command: arguments `[documentUri: string]`. */
    showPreviewToSide: 'journey.showPreviewToSide',
    showLockedPreviewToSide: 'journey.showLockedPreviewToSide',
    showSource: 'journey.showSource',
    toggleLock: 'journey.preview.toggleLock',
    refresh: 'journey.preview.refresh',
    zoomFit: 'journey.preview.zoomToFit',
    /** The insights code lens' command: arguments `[documentUri: string]`. */
    showInsights: 'journey.preview.showInsights',
    exportSvg: 'journey.preview.exportSvg',
    exportPng: 'journey.preview.exportPng'
} as const;

export function registerPreviewCommands(previews: PreviewManager, settings: () => Settings): vscode.Disposable[] {
    const open = (toSide: boolean, locked = false) => (arg?: unknown) => {
        const uri = resolveJourneyUri(arg, previews.current?.resource);
        if (!uri) {
            void vscode.window.showInformationMessage('Open a .journey file to preview it.');
            return undefined;
        }
        previews.show(uri, { toSide, locked });
        return undefined;
    };
    return [
        vscode.commands.registerCommand(Commands.showPreview, open(false)),
        vscode.commands.registerCommand(Commands.showPreviewToSide, open(true)),
        vscode.commands.registerCommand(Commands.showLockedPreviewToSide, open(true, true)),
        vscode.commands.registerCommand(Commands.showSource, async () => {
            const p = previews.current;
            if (p) await vscode.window.showTextDocument(p.resource, { viewColumn: vscode.ViewColumn.One, preview: false });
        }),
        // The preview of the document (opened to the side when there is none) with its Insights panel open.
        vscode.commands.registerCommand(Commands.showInsights, (arg?: unknown) => {
            const uri = resolveJourneyUri(arg, previews.current?.resource);
            if (!uri) {
                void vscode.window.showInformationMessage('Open a .journey file to see its insights.');
                return;
            }
            previews.show(uri, { toSide: true }).showInsights();
        }),
        vscode.commands.registerCommand(Commands.toggleLock, () => previews.toggleLock()),
        vscode.commands.registerCommand(Commands.refresh, () => previews.current?.refresh()),
        vscode.commands.registerCommand(Commands.zoomFit, () => previews.current?.postZoom('fit')),
        // Optional argument: the target file (Uri or string) instead of asking with a save dialog.
        vscode.commands.registerCommand(Commands.exportSvg, (target?: unknown) => exportSvg(previews.current, target)),
        vscode.commands.registerCommand(Commands.exportPng, (target?: unknown) => exportPng(previews.current, settings(), target))
    ];
}
