import * as vscode from 'vscode';
import { fileNameOf } from '../file-name.js';
import type { PreviewPanel } from '../preview/preview-panel.js';
import type { Settings } from '../settings.js';

/** Export the current map as SVG (the server's markup) or PNG (that markup drawn by the server's rasteriser). */

async function pickTarget(panel: PreviewPanel, ext: 'svg' | 'png', target: unknown): Promise<vscode.Uri | undefined> {
    if (target instanceof vscode.Uri) return target;
    if (typeof target === 'string' && target) return vscode.Uri.parse(target, true);
    const base = panel.resource.with({ path: panel.resource.path.replace(/\.journey$/i, '') + '.' + ext });
    return vscode.window.showSaveDialog({
        defaultUri: base,
        filters: ext === 'svg' ? { 'SVG image': ['svg'] } : { 'PNG image': ['png'] },
        title: `Export the journey map as ${ext.toUpperCase()}`
    });
}

export async function exportSvg(panel: PreviewPanel | undefined, target?: unknown): Promise<vscode.Uri | undefined> {
    if (!panel?.svg) {
        void vscode.window.showWarningMessage('Open a journey preview with a map first.');
        return undefined;
    }
    const svg = panel.svg;
    const uri = await pickTarget(panel, 'svg', target);
    if (!uri) return undefined;
    await vscode.workspace.fs.writeFile(uri, Buffer.from(svg, 'utf8'));
    void vscode.window.setStatusBarMessage(`Exported ${fileNameOf(uri)}`, 4000);
    return uri;
}

export async function exportPng(panel: PreviewPanel | undefined, settings: Settings, target?: unknown): Promise<vscode.Uri | undefined> {
    if (!panel?.svg) {
        void vscode.window.showWarningMessage('Open a journey preview with a map first.');
        return undefined;
    }
    const uri = await pickTarget(panel, 'png', target);
    if (!uri) return undefined;
    try {
        const bytes = await panel.renderPng(settings.exportPngScale);
        await vscode.workspace.fs.writeFile(uri, bytes);
        void vscode.window.setStatusBarMessage(`Exported ${fileNameOf(uri)}`, 4000);
        return uri;
    } catch (e) {
        void vscode.window.showErrorMessage(`PNG export failed: ${e instanceof Error ? e.message : String(e)}`);
        return undefined;
    }
}
