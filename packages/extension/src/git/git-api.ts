/**
 * The part of VS Code's git extension API (`vscode.git`, `getAPI(1)`; its src/api/git.d.ts) that
 * Compare with Previous Version reads. Written out here, as that extension recommends, so nothing
 * of it is bundled: only these members are used.
 */

/** The file URI as both this extension and git's see it. */
export interface FileUri {
    readonly scheme: string;
    readonly fsPath: string;
}

export interface GitRepository {
    readonly rootUri: FileUri;
    readonly state: { readonly HEAD: { readonly commit?: string; readonly name?: string } | undefined };
    /** The file's text at `ref`; rejects when the revision has no such file. `path` is absolute. */
    show(ref: string, path: string): Promise<string>;
    /** Reads the repository's state (HEAD among it) again. */
    status(): Promise<void>;
}

export interface GitApi {
    readonly state: 'uninitialized' | 'initialized';
    onDidChangeState(listener: (state: 'uninitialized' | 'initialized') => void): { dispose(): void };
    getRepository(uri: FileUri): GitRepository | null;
    /** Opens the repository at a folder that VS Code's scan did not find (a file outside the workspace). */
    openRepository?(root: FileUri): Promise<GitRepository | null>;
}

export interface GitExtensionExports {
    readonly enabled: boolean;
    getAPI(version: 1): GitApi;
}
