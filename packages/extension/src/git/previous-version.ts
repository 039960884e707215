import type { PreviousVersion } from '@journey-maps/model/lsp';
import type { FileUri, GitApi, GitRepository } from './git-api.js';

/** The last committed version of a file, or what keeps it from being read (a sentence for the user). */
export type PreviousVersionLookup = { readonly ok: true; readonly version: PreviousVersion } | { readonly ok: false; readonly problem: string };

/** How VS Code's git extension is, as the command finds it. */
export type GitAccess =
    | { readonly status: 'missing' }
    | { readonly status: 'disabled' }
    | { readonly status: 'ready'; readonly api: GitApi };

/** How long to wait for the git extension's first scan of the workspace. */
const INITIALIZE_MS = 10_000;

/**
 * The file's text as last committed (HEAD), through VS Code's git extension, with the commit it
 * was read at (its imports are read at the same one). `fileName` names the file in messages.
 */
export async function previousVersionOf(git: GitAccess, file: FileUri, folder: FileUri, fileName: string): Promise<PreviousVersionLookup> {
    if (git.status === 'missing') {
        return { ok: false, problem: `Comparing ${fileName} with its previous version needs VS Code's Git extension (vscode.git), which is not installed or is disabled.` };
    }
    if (git.status === 'disabled') {
        return { ok: false, problem: `Comparing ${fileName} with its previous version needs Git, which is turned off (the git.enabled setting).` };
    }
    if (file.scheme !== 'file') {
        return { ok: false, problem: `${fileName} is not saved in a folder, so it has no committed version to compare with.` };
    }
    const repository = await repositoryOf(git.api, file, folder);
    if (!repository) {
        return { ok: false, problem: `${fileName} is not in a git repository, so it has no previous version to compare with.` };
    }
    let commit = repository.state.HEAD?.commit;
    if (commit === undefined) {
        // A repository just opened may not have read its HEAD yet.
        await repository.status().catch(() => undefined);
        commit = repository.state.HEAD?.commit;
    }
    if (commit === undefined) {
        return { ok: false, problem: `The repository of ${fileName} has no commit yet: commit the map once, then compare later edits with it.` };
    }
    let text: string;
    try {
        text = await repository.show(commit, file.fsPath);
    } catch {
        return { ok: false, problem: `${fileName} has no committed version: it is not in HEAD yet. Commit it once, then compare later edits with it.` };
    }
    return { ok: true, version: { label: 'HEAD', commit, text } };
}

/** A file's text at a commit (an import of a previous version); null when the commit has no such file. */
export async function fileAtCommit(git: GitAccess, file: FileUri, commit: string): Promise<string | null> {
    if (git.status !== 'ready' || file.scheme !== 'file') return null;
    const repository = git.api.getRepository(file);
    if (!repository) return null;
    try {
        return await repository.show(commit, file.fsPath);
    } catch {
        return null;
    }
}

async function repositoryOf(api: GitApi, file: FileUri, folder: FileUri): Promise<GitRepository | null> {
    if (api.state !== 'initialized') {
        await new Promise<void>((resolve) => {
            const timer = setTimeout(done, INITIALIZE_MS);
            const listener = api.onDidChangeState((state) => { if (state === 'initialized') done(); });
            function done(): void {
                clearTimeout(timer);
                listener.dispose();
                resolve();
            }
        });
    }
    return api.getRepository(file) ?? (await api.openRepository?.(folder).catch(() => null)) ?? api.getRepository(file);
}
