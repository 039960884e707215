import * as vscode from 'vscode';

/**
 * The document a command acts on: a Uri (explorer and editor menus), a URI string (the language
 * server's code lens sends `arguments: [documentUri]`), else the active .journey editor.
 */
export function resolveJourneyUri(arg: unknown, fallback?: vscode.Uri): vscode.Uri | undefined {
    if (arg instanceof vscode.Uri) return arg;
    if (typeof arg === 'string' && arg.length > 0) {
        try {
            return vscode.Uri.parse(arg, true);
        } catch {
            return undefined;
        }
    }
    if (arg && typeof arg === 'object' && 'uri' in arg) return resolveJourneyUri((arg as { uri: unknown }).uri, fallback);
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.languageId === 'journey') return editor.document.uri;
    return fallback;
}
