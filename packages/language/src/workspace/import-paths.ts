import { UriUtils, type URI } from 'langium';
import type { Import, JourneyFile } from '../generated/ast.js';
import { JourneyMapsLanguageMetaData } from '../generated/module.js';

/** The URI an `import "path"` points at: the path is relative to the importing file. */
export function resolveImportUri(importingUri: URI, path: string): URI {
    return UriUtils.resolvePath(UriUtils.dirname(importingUri), path);
}

/**
 * Whether a file is a Journey file by its name (`.journey`): only those are loaded for an import.
 * Anything else (`notes.txt`, `README.md`) is reported at the import and never parsed.
 */
export function isJourneyFileUri(uri: URI): boolean {
    return (JourneyMapsLanguageMetaData.fileExtensions as readonly string[]).includes(UriUtils.extname(uri));
}

/** Each import of a file with the URI it resolves to, skipping empty paths left by syntax errors. */
export function importTargets(file: JourneyFile, fileUri: URI): Array<{ node: Import; uri: URI }> {
    const targets: Array<{ node: Import; uri: URI }> = [];
    for (const node of file.imports) {
        if (node.path) {
            targets.push({ node, uri: resolveImportUri(fileUri, node.path) });
        }
    }
    return targets;
}
