import type { JourneyModel, MapProblem } from '@journey-maps/model';
import type { PreviousVersion } from '@journey-maps/model/lsp';
import { EmptyFileSystem, URI, UriUtils } from 'langium';
import { createJourneyServices, isJourneyFileUri, loadDocuments, mapOfDocument } from '@journey-maps/language';

/** A file's text at a commit, or undefined when the commit has no such file. */
export type RevisionReader = (uri: URI, commit: string) => Promise<string | undefined>;

/** A previous version that cannot be compared (it has errors, or no journey): its message says which and where. */
export class PreviousVersionError extends Error {
    override readonly name = 'PreviousVersionError';
}

/**
 * The exported models of previous versions of files (Compare with Previous Version). Each is read
 * in a scratch workspace of its own, with its imports read at the same commit, so the editor's
 * workspace never sees the old text; the same version is read once, however many edits of the
 * current file are compared with it.
 */
export class PreviousVersions {
    /** Per document, the last version read: the preview sends the same one with every edit. */
    private readonly read = new Map<string, { key: string; model: Promise<JourneyModel> }>();

    constructor(private readonly readAtCommit: RevisionReader) {}

    modelOf(uri: URI, previous: PreviousVersion): Promise<JourneyModel> {
        const key = `${previous.commit}\u0000${previous.text}`;
        const hit = this.read.get(uri.toString());
        if (hit?.key === key) {
            return hit.model;
        }
        const model = this.load(uri, previous);
        this.read.set(uri.toString(), { key, model });
        // A failed read is not kept: the next request tries again (git may answer then).
        model.catch(() => {
            if (this.read.get(uri.toString())?.model === model) this.read.delete(uri.toString());
        });
        return model;
    }

    /** Forgets the version read for a document (its preview closed). */
    forget(uri: string): void {
        this.read.delete(uri);
    }

    private async load(uri: URI, previous: PreviousVersion): Promise<JourneyModel> {
        const services = createJourneyServices(EmptyFileSystem).Journey;
        // Not journey files are never read; validation reports them at the import, as in the editor.
        const readImport = (target: URI) => (isJourneyFileUri(target) ? this.readAtCommit(target, previous.commit) : Promise.resolve(undefined));
        const { requested } = await loadDocuments(services, [{ uri, text: previous.text }], readImport);
        const map = mapOfDocument(requested[0]!, services);
        const name = `${previous.label}:${UriUtils.basename(uri)}`;
        if (map.status === 'errors') {
            throw new PreviousVersionError(`The version at ${previous.label} has ${map.errors.length === 1 ? 'an error' : `${map.errors.length} errors`}, so it cannot be compared: ${where(map.errors[0]!, previous.label)}.`);
        }
        if (map.status === 'no-journey') {
            throw new PreviousVersionError(`${name} has no journey to compare with: it only declares shared things.`);
        }
        return map.model;
    }
}

/** "HEAD:people.journey:3:9 Unknown persona 'ana'." */
function where(problem: MapProblem, label: string): string {
    const file = UriUtils.basename(URI.parse(problem.uri));
    return `${label}:${file}:${problem.range.start.line + 1}:${problem.range.start.character + 1} ${problem.message.replace(/\.$/, '')}`;
}
