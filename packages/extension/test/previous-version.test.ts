import { describe, expect, it } from 'vitest';
import type { FileUri, GitApi, GitRepository } from '../src/git/git-api.js';
import { fileAtCommit, previousVersionOf, type GitAccess } from '../src/git/previous-version.js';

const COMMIT = '0123456789abcdef0123456789abcdef01234567';
const file = (fsPath: string, scheme = 'file'): FileUri => ({ scheme, fsPath });
const map = file('/repo/maps/onboarding.journey');
const folder = file('/repo/maps');

/** A repository as the git extension gives it: files per commit; HEAD known at once or only after status(). */
function repository(files: Record<string, Record<string, string>>, head: string | undefined, headAfterStatus = head): GitRepository & { shown: string[] } {
    const state: { HEAD: { commit?: string } | undefined } = { HEAD: head ? { commit: head } : undefined };
    const shown: string[] = [];
    return {
        rootUri: file('/repo'),
        state,
        shown,
        async show(ref, path) {
            shown.push(`${ref.slice(0, 7)} ${path}`);
            const text = files[ref]?.[path];
            if (text === undefined) throw new Error(`fatal: path '${path}' does not exist in '${ref}'`);
            return text;
        },
        async status() {
            state.HEAD = headAfterStatus ? { commit: headAfterStatus } : undefined;
        }
    };
}

function ready(repo: GitRepository | null, options: { initialized?: boolean; openable?: GitRepository } = {}): GitAccess & { status: 'ready' } {
    let listener: ((state: 'uninitialized' | 'initialized') => void) | undefined;
    let state: GitApi['state'] = options.initialized === false ? 'uninitialized' : 'initialized';
    let opened: GitRepository | null = null;
    const api: GitApi = {
        get state() { return state; },
        onDidChangeState(l) { listener = l; return { dispose: () => { listener = undefined; } }; },
        getRepository: (uri) => (uri.fsPath.startsWith('/repo/') ? repo ?? opened : null),
        openRepository: async () => (opened = options.openable ?? null)
    };
    if (options.initialized === false) setTimeout(() => { state = 'initialized'; listener?.('initialized'); }, 5);
    return { status: 'ready', api };
}

describe('the last committed version of a map, through VS Code\'s git extension', () => {
    it('is the file\'s text at HEAD, with the commit it was read at', async () => {
        const repo = repository({ [COMMIT]: { [map.fsPath]: 'journey j {}' } }, COMMIT);
        expect(await previousVersionOf(ready(repo), map, folder, 'onboarding.journey')).toEqual({ ok: true, version: { label: 'HEAD', commit: COMMIT, text: 'journey j {}' } });
        expect(repo.shown).toEqual([`0123456 ${map.fsPath}`]);
    });

    it('waits for the git extension\'s first scan, and reads HEAD again when a repository has not yet', async () => {
        const repo = repository({ [COMMIT]: { [map.fsPath]: 'old' } }, undefined, COMMIT);
        const found = await previousVersionOf(ready(repo, { initialized: false }), map, folder, 'onboarding.journey');
        expect(found.ok && found.version.text).toBe('old');
    });

    it('opens the repository of a file the scan did not find', async () => {
        const repo = repository({ [COMMIT]: { [map.fsPath]: 'old' } }, COMMIT);
        const found = await previousVersionOf(ready(null, { openable: repo }), map, folder, 'onboarding.journey');
        expect(found.ok).toBe(true);
    });

    it.each<[string, GitAccess, FileUri, RegExp]>([
        ['without the git extension', { status: 'missing' }, map, /needs VS Code's Git extension \(vscode\.git\), which is not installed or is disabled/],
        ['with git turned off', { status: 'disabled' }, map, /needs Git, which is turned off \(the git\.enabled setting\)/],
        ['for an untitled file', ready(null), file('Untitled-1', 'untitled'), /is not saved in a folder/],
        ['outside a repository', ready(null), file('/elsewhere/x.journey'), /^onboarding\.journey is not in a git repository, so it has no previous version to compare with\.$/],
        ['in a repository without a commit', ready(repository({}, undefined)), map, /has no commit yet: commit the map once/],
        ['for a file not committed yet', ready(repository({ [COMMIT]: {} }, COMMIT)), map, /^onboarding\.journey has no committed version: it is not in HEAD yet\./]
    ])('says why there is none %s', async (_, git, uri, message) => {
        const found = await previousVersionOf(git, uri, folder, 'onboarding.journey');
        expect(found.ok).toBe(false);
        if (!found.ok) expect(found.problem).toMatch(message);
    });
});

describe('an import of a previous version, at its commit', () => {
    it('is the file at that commit, or null when the commit has none or git is not there', async () => {
        const people = file('/repo/maps/people.journey');
        const repo = repository({ [COMMIT]: { [people.fsPath]: 'persona anna' } }, COMMIT);
        expect(await fileAtCommit(ready(repo), people, COMMIT)).toBe('persona anna');
        expect(await fileAtCommit(ready(repo), file('/repo/maps/other.journey'), COMMIT)).toBeNull();
        expect(await fileAtCommit(ready(repo), file('/elsewhere/people.journey'), COMMIT)).toBeNull();
        expect(await fileAtCommit({ status: 'missing' }, people, COMMIT)).toBeNull();
    });
});
