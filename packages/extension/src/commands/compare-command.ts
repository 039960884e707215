import * as vscode from 'vscode';
import { fileNameOf } from '../file-name.js';
import { gitAccess } from '../git/git-access.js';
import { previousVersionOf } from '../git/previous-version.js';
import type { PreviewManager } from '../preview/preview-manager.js';
import { resolveJourneyUri } from './resolve-uri.js';

export const CompareCommand = 'journey.compareWithPreviousVersion';

/**
 * Journey: Compare with Previous Version: the map of a .journey file against its last committed
 * version, in its preview (opened to the side when there is none). Run again on a map being
 * compared, it goes back to the map alone.
 */
export function registerCompareCommand(previews: PreviewManager): vscode.Disposable {
    return vscode.commands.registerCommand(CompareCommand, async (arg?: unknown) => {
        const uri = resolveJourneyUri(arg, previews.current?.resource);
        if (!uri) {
            void vscode.window.showInformationMessage('Open a .journey file to compare it with its previous version.');
            return;
        }
        const shown = previews.previewOf(uri);
        if (shown?.comparedWith) {
            shown.stopComparing();
            return;
        }
        const found = await previousVersionOf(await gitAccess(), uri, vscode.Uri.joinPath(uri, '..'), fileNameOf(uri));
        if (!found.ok) {
            void vscode.window.showWarningMessage(found.problem);
            return;
        }
        previews.show(uri, { toSide: true }).compareWith(found.version);
    });
}
