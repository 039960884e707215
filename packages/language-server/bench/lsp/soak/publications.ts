import { TextDocument } from 'vscode-languageserver-textdocument';
import { rangesOutside } from '../document-ranges.js';
import type { EditedFile } from './edits.js';
import type { Recorder } from './requests.js';

/** Publications arrive for some recent version of a file: a range is outside only if it fits none of them. */
export class PublicationChecker {
    private readonly recent = new Map<string, TextDocument[]>();
    publications = 0;

    remember(file: EditedFile): void {
        const list = this.recent.get(file.uri) ?? [];
        // TextDocument.update changes a document in place: keep a copy of this version.
        list.push(TextDocument.create(file.uri, 'journey', file.document.version, file.text));
        if (list.length > 60) {
            list.shift();
        }
        this.recent.set(file.uri, list);
    }

    check(uri: string, diagnostics: unknown[], recorder: Recorder): void {
        this.publications++;
        const versions = this.recent.get(uri);
        if (!versions || diagnostics.length === 0) {
            return;
        }
        for (const diagnostic of diagnostics) {
            const fitsOne = versions.some(document => rangesOutside(diagnostic, uri, () => document).length === 0);
            if (!fitsOne) {
                recorder.addOutside(rangesOutside(diagnostic, uri, () => versions.at(-1)), 'publishDiagnostics');
            }
        }
    }
}
