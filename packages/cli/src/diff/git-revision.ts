import { spawnSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { decodeJourneyFile, type JourneySource } from '@journey-maps/language/node';
import { UsageError } from '../usage-error.js';

/** A `diff` argument: a file in the working tree, or `REV:PATH`, the file at PATH as git has it at REV. */
export type DiffSide =
    | { readonly kind: 'file'; readonly arg: string; readonly path: string }
    | { readonly kind: 'revision'; readonly arg: string; readonly rev: string; readonly path: string };

/** A path that exists is a file even with a colon in its name; otherwise `REV:PATH` names a revision. */
export function parseDiffSide(arg: string, cwd: string): DiffSide {
    const path = resolve(cwd, arg);
    const match = /^([^:]+):(.+)$/.exec(arg);
    if (existsSync(path) || !match) {
        return { kind: 'file', arg, path };
    }
    return { kind: 'revision', arg, rev: match[1], path: resolve(cwd, match[2]) };
}

/**
 * The files of one git revision as a workspace source: `journey diff REV:PATH` reads the file and
 * its imports from there, so a map is compared as it was, imports included. Every problem with
 * git, the revision or the path is a usage error (exit 2) that says what is missing.
 */
export class GitRevisionSource implements JourneySource {
    private constructor(
        private readonly side: Extract<DiffSide, { kind: 'revision' }>,
        private readonly cwd: string,
        private readonly root: string,
        private readonly commit: string,
        private readonly files: ReadonlySet<string>
    ) {}

    static open(side: Extract<DiffSide, { kind: 'revision' }>, cwd: string): GitRevisionSource {
        if (side.rev.startsWith('-')) {
            throw new UsageError(`'${side.arg}': '${side.rev}' is not a revision (a commit, branch or tag)`);
        }
        const where = nearestFolder(side.path);
        const top = git(['rev-parse', '--show-toplevel'], where, side.arg);
        if (top.status !== 0) {
            throw new UsageError(`'${side.arg}': ${where} is not inside a git repository; use a plain path, or run it in the repository`);
        }
        const root = top.stdout.toString('utf8').trim();
        const verified = git(['rev-parse', '--verify', '--quiet', `${side.rev}^{commit}`], root, side.arg);
        if (verified.status !== 0) {
            throw new UsageError(`'${side.arg}': unknown revision '${side.rev}' in ${root}; name a commit, branch or tag that git knows`);
        }
        const commit = verified.stdout.toString('utf8').trim();
        const listed = git(['ls-tree', '-r', '-z', '--name-only', commit], root, side.arg);
        const files = new Set(listed.stdout.toString('utf8').split('\0').filter(Boolean));
        const source = new GitRevisionSource(side, cwd, root, commit, files);
        const own = source.inRepository(side.path);
        if (own === undefined || !files.has(own)) {
            throw new UsageError(`'${side.arg}': revision '${side.rev}' has no file ${own ?? relative(cwd, side.path)}`);
        }
        return source;
    }

    isFile(path: string): boolean {
        const inRepository = this.inRepository(path);
        return inRepository !== undefined && this.files.has(inRepository);
    }

    read(path: string): string {
        const inRepository = this.inRepository(path);
        if (inRepository === undefined || !this.files.has(inRepository)) {
            throw new UsageError(`revision '${this.side.rev}' has no file ${this.nameOf(path)}`);
        }
        const shown = git(['show', `${this.commit}:${inRepository}`], this.root, this.side.arg);
        if (shown.status !== 0) {
            throw new UsageError(`cannot read ${this.nameOf(path)} from git: ${shown.stderr.trim()}`);
        }
        return decodeJourneyFile(shown.stdout, this.nameOf(path));
    }

    /** `REV:PATH`, the path relative to the current folder, as the user writes it. */
    nameOf(path: string): string {
        return `${this.side.rev}:${relative(this.cwd, path)}`;
    }

    /** The path inside the repository, with `/` as git writes it; undefined outside the repository. */
    private inRepository(path: string): string | undefined {
        const inside = relative(this.root, realPath(path));
        if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
            return undefined;
        }
        return inside.split(sep).join('/');
    }
}

function git(args: string[], cwd: string, arg: string): { status: number | null; stdout: Buffer; stderr: string } {
    const result = spawnSync('git', args, { cwd, maxBuffer: 1 << 28 });
    if (result.error) {
        const code = (result.error as NodeJS.ErrnoException).code;
        throw new UsageError(code === 'ENOENT'
            ? `'${arg}' is read from git, and git is not installed (or not on PATH)`
            : `'${arg}': git failed (${code ?? result.error.message})`);
    }
    return { status: result.status, stdout: result.stdout, stderr: result.stderr.toString('utf8') };
}

/** The nearest folder of a path that exists now: git runs there (the file itself may exist only in the revision). */
function nearestFolder(path: string): string {
    let folder = dirname(path);
    while (!existsSync(folder) && dirname(folder) !== folder) {
        folder = dirname(folder);
    }
    return folder;
}

/** The path with the symbolic links of its existing part resolved, as git reports the repository's root. */
function realPath(path: string): string {
    const rest: string[] = [];
    let existing = path;
    while (!existsSync(existing) && dirname(existing) !== existing) {
        rest.unshift(basename(existing));
        existing = dirname(existing);
    }
    return join(realpathSync(existing), ...rest);
}
