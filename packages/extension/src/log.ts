import * as vscode from 'vscode';

/** The "Journey Maps" output channel: activation timing, preview timings, failures. */
export type Log = vscode.LogOutputChannel;

export function createLog(): Log {
    return vscode.window.createOutputChannel('Journey Maps', { log: true });
}
