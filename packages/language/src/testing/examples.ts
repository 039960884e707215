import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The repository's examples: the spec's normative files, as copied into `examples/`. */
export const EXAMPLES_DIR = join(import.meta.dirname, '../../../../examples');

/** The `.journey` files of a folder, by name; a folder without any is a mistake, not an empty set. */
export function readJourneys(dir = EXAMPLES_DIR): Record<string, string> {
    const names = readdirSync(dir).filter(name => name.endsWith('.journey')).sort();
    if (names.length === 0) {
        throw new Error(`no .journey files in ${dir}`);
    }
    return Object.fromEntries(names.map(name => [name, readFileSync(join(dir, name), 'utf8')]));
}
