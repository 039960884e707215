import * as vscode from 'vscode';
import type { GitExtensionExports } from './git-api.js';
import type { GitAccess } from './previous-version.js';

/** VS Code's git extension, activated if it was not yet; `missing` when it is not installed or disabled. */
export async function gitAccess(): Promise<GitAccess> {
    const extension = vscode.extensions.getExtension<GitExtensionExports>('vscode.git');
    if (!extension) return { status: 'missing' };
    let exports: GitExtensionExports | undefined;
    try {
        exports = extension.isActive ? extension.exports : await extension.activate();
    } catch {
        return { status: 'missing' };
    }
    if (!exports) return { status: 'missing' };
    if (!exports.enabled) return { status: 'disabled' };
    try {
        return { status: 'ready', api: exports.getAPI(1) };
    } catch {
        // The API throws while git is turned on but its model is not made yet.
        return { status: 'disabled' };
    }
}
