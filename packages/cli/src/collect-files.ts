import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from './usage-error.js';

const skippedFolders = new Set(['node_modules', '.git']);

/** Expands files and folders (recursively, `*.journey` only) to absolute paths, sorted per folder. */
export function collectJourneyFiles(paths: readonly string[], cwd: string): string[] {
    const files: string[] = [];
    for (const path of paths) {
        const absolute = resolve(cwd, path);
        let stats;
        try {
            stats = statSync(absolute);
        } catch {
            throw new UsageError(`${path}: no such file or folder`);
        }
        if (stats.isDirectory()) {
            const found = walk(absolute);
            if (found.length === 0) {
                throw new UsageError(`${path}: the folder holds no .journey files`);
            }
            files.push(...found);
        } else {
            files.push(absolute);
        }
    }
    return [...new Set(files)];
}

function walk(folder: string): string[] {
    const found: string[] = [];
    const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
        const path = join(folder, entry.name);
        if (entry.isDirectory() && !skippedFolders.has(entry.name)) {
            found.push(...walk(path));
        } else if (entry.isFile() && entry.name.endsWith('.journey')) {
            found.push(path);
        } else if (entry.isSymbolicLink() && entry.name.endsWith('.journey') && statSync(path, { throwIfNoEntry: false })?.isFile()) {
            found.push(path);
        }
    }
    return found;
}
