// The e2e scenarios through the VS Code API, run inside a downloaded VS Code by @vscode/test-electron
// (see run.mjs). Webview DOM checks (visibility, hostile labels at runtime) live in the code-server
// suite (../scenarios.test.mjs), which can reach inside the webview; here the preview panel's
// host-side state and the SVG markup it forwards are checked instead.
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');

const ws = process.env.JOURNEY_E2E_WORKSPACE;
const uriOf = (name) => vscode.Uri.file(path.join(ws, name));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function until(what, fn, timeout = 30_000) {
    const deadline = Date.now() + timeout;
    for (;;) {
        const v = await fn();
        if (v) return v;
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
        await sleep(100);
    }
}

async function open(name) {
    const doc = await vscode.workspace.openTextDocument(uriOf(name));
    return vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
}

function posOf(doc, needle, offset = 0) {
    const i = doc.getText().indexOf(needle);
    assert.ok(i >= 0, `${needle} in ${doc.uri.path}`);
    return doc.positionAt(i + offset);
}

const scenarios = [];
const scenario = (name, fn) => scenarios.push({ name, fn });
let api;

scenario('diagnostics of broken.journey', async () => {
    await open('broken.journey');
    const diags = await until('5 diagnostics', () => {
        const d = vscode.languages.getDiagnostics(uriOf('broken.journey'));
        return d.length === 5 && d;
    });
    assert.ok(diags.some((d) => d.message === "Unknown channel 'wbe'."));
});

scenario('completion offers personas after `by`', async () => {
    const editor = await open('completion.journey');
    const pos = posOf(editor.document, 'via web ', 'via web '.length);
    await editor.edit((b) => b.insert(pos, 'by '));
    const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', editor.document.uri, pos.translate(0, 3));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('anna') && labels.includes('marek'), labels.join(', '));
    await vscode.commands.executeCommand('workbench.action.files.revert');
});

scenario('rename a persona changes both files', async () => {
    const editor = await open('bank-people.journey');
    const edit = await vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', editor.document.uri,
        posOf(editor.document, 'persona anna', 'persona '.length + 1), 'anja');
    const files = edit.entries().map(([uri]) => path.basename(uri.fsPath));
    assert.ok(files.includes('bank-people.journey') && files.includes('bank-onboarding.journey'), files.join(', '));
    assert.ok(await vscode.workspace.applyEdit(edit));
    await vscode.workspace.saveAll(false);
    assert.match(fs.readFileSync(path.join(ws, 'bank-onboarding.journey'), 'utf8'), /for anja, marek/);
});

scenario('open the preview to the side: every step is in the map and painted', async () => {
    const editor = await open('bank-onboarding.journey');
    await vscode.commands.executeCommand('journey.showPreviewToSide', editor.document.uri.toString());
    const panel = await until('a preview', () => api.previews.current);
    await until('a painted map', () => new Promise((r) => { const d = panel.onDidPaint(() => { d.dispose(); r(true); }); setTimeout(() => r(panel.svg !== undefined), 2000); }));
    const ids = [...editor.document.getText().matchAll(/^\s*step\s+([\p{L}_][\p{L}\p{N}_-]*)/gmu)].map((m) => m[1]);
    for (const id of ids) assert.ok(panel.svg.includes(`data-ref="step:${id}"`), id);
});

scenario('typing updates the preview', async () => {
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.path.endsWith('bank-onboarding.journey'));
    const panel = api.previews.current;
    const label = 'Searches for the best account';
    await editor.edit((b) => b.insert(posOf(editor.document, label, label.length), ' LIVE'));
    await until('the new label in the map', () => panel.svg.includes('account LIVE'));
});

scenario('broken syntax keeps the last map and reports the errors', async () => {
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.path.endsWith('bank-onboarding.journey'));
    const panel = api.previews.current;
    const before = panel.svg;
    await editor.edit((b) => b.insert(posOf(editor.document, 'step fill'), '}}} '));
    await until('errors', () => panel.shownStatus === 'errors' && panel.problemCount > 0);
    assert.equal(panel.svg, before, 'the last good map stays');
    await vscode.commands.executeCommand('undo');
    await until('the map back', () => panel.shownStatus === 'ok');
});

scenario('click a card moves the cursor to its source', async () => {
    const panel = api.previews.current;
    panel.receive({ type: 'reveal', ref: 'step:verify' });
    const editor = await until('the selection', () => {
        const e = vscode.window.activeTextEditor;
        return e && e.document.uri.path.endsWith('bank-onboarding.journey') && !e.selection.isEmpty && e;
    });
    assert.equal(editor.selection.active.line, posOf(editor.document, 'step verify').line);
});

scenario('hostile labels stay text; unknown webview messages are dropped', async () => {
    await open('hostile.journey');
    const panel = api.previews.current;
    await until('the hostile map', () => panel.resource.path.endsWith('hostile.journey') && panel.shownStatus === 'ok' && panel.svg);
    assert.doesNotMatch(panel.svg, /<script|<iframe|<foreignObject|\son[a-z]+="/i);
    assert.match(panel.svg, /&lt;script&gt;/);
    panel.receive({ type: 'runCommand', command: 'workbench.action.terminal.new' });
    panel.receive({ type: 'openProblem', uri: 'file:///etc/passwd', index: 0 });
});

exports.run = async function run() {
    api = await vscode.extensions.getExtension('journey-maps.journey-maps').activate();
    await api.clientReady;
    let failed = 0;
    for (const s of scenarios) {
        const t0 = Date.now();
        try {
            await s.fn();
            console.log(`ok - ${s.name} (${Date.now() - t0} ms)`);
        } catch (e) {
            failed++;
            console.log(`not ok - ${s.name}\n  ${String(e && e.stack || e).split('\n').join('\n  ')}`);
        }
    }
    console.log(`${scenarios.length - failed} passed, ${failed} failed`);
    if (failed) throw new Error(`${failed} scenario(s) failed`);
};
