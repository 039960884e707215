/** The soak's random edits: what an editor sends while someone types, pastes, deletes and undoes. */
import { TextDocument } from 'vscode-languageserver-textdocument';

const tokens = ['step', 'stage', 'persona', 'channel', 'touchpoint', 'team', 'metric', 'journey', 'import', 'by', 'at', 'via', 'for', '->', 'end',
    'emotion', 'pain', 'opportunity', 'moment-of-truth', 'kind', 'baseline', 'owner', 'unit', 'target', 'actual', '-3', '+7', '1.5', '0', '{', '}',
    '{ }', '"', '"a text"', '\\"', ',', ':', '\n', '\n  ', ' ', '  ', '\t', '/*', '*/', '// note\n', 'anna', 'marek', 'web', 'form', 'apply',
    'import "bank-people.journey"', 'import "nowhere.journey"', 'import "notes.txt"', '<=', '>=', '%'];
const unicode = ['zażółć', 'анна', 'Ωμέγα', '日本語', '한국어', '😀', '👩‍👩‍👧', '\u0000', '\u200b', '\ufeff', '\r\n', '\r', '\u2028', 'é', '\ud800', 'ﬁ'];

export interface Edit { start: number; end: number; text: string }

/** A file as the editor holds it: edited locally, each edit sent to the server as a range and text. */
export class EditedFile {
    document: TextDocument;
    private readonly undo: Edit[] = [];

    constructor(readonly uri: string, text: string) {
        this.document = TextDocument.create(uri, 'journey', 1, text);
    }

    get text(): string {
        return this.document.getText();
    }

    /** Applies an edit locally and returns it as LSP range + text, with the edit that undoes it kept. */
    apply(edit: Edit, keepUndo = true): { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string } {
        const range = { start: this.document.positionAt(edit.start), end: this.document.positionAt(edit.end) };
        const removed = this.text.slice(edit.start, edit.end);
        if (keepUndo) {
            this.undo.push({ start: edit.start, end: edit.start + edit.text.length, text: removed });
            if (this.undo.length > 200) {
                this.undo.shift();
            }
        }
        this.document = TextDocument.update(this.document, [{ range, text: edit.text }], this.document.version + 1);
        return { range, text: edit.text };
    }

    popUndo(): Edit | undefined {
        return this.undo.pop();
    }
}

/** A random edit of the file (an undo, deletion, tokens, Unicode, truncation or a pasted example), applied; its text and range for didChange. */
export function randomChange(file: EditedFile, random: () => number, examples: readonly string[]): [string, { start: { line: number; character: number }; end: { line: number; character: number } }] {
    const length = file.text.length;
    const at = Math.floor(random() * (length + 1));
    const roll = random();
    let edit: Edit;
    if (roll < 0.12) {
        const undo = file.popUndo();
        if (undo && undo.end <= length) {
            const applied = file.apply(undo, false);
            return [applied.text, applied.range];
        }
        edit = { start: at, end: at, text: tokens[Math.floor(random() * tokens.length)] };
    } else if (roll < 0.32 || length > 40_000) {
        edit = { start: at, end: Math.min(length, at + 1 + Math.floor(random() * (random() < 0.9 ? 12 : 400))), text: '' };
    } else if (roll < 0.70) {
        let text = '';
        for (let n = 1 + Math.floor(random() * 3); n > 0; n--) {
            text += tokens[Math.floor(random() * tokens.length)] + (random() < 0.5 ? ' ' : '');
        }
        edit = { start: at, end: at, text };
    } else if (roll < 0.84) {
        edit = { start: at, end: Math.min(length, at + Math.floor(random() * 3)), text: unicode[Math.floor(random() * unicode.length)] };
    } else if (roll < 0.88) {
        edit = { start: at, end: length, text: '' };
    } else if (roll < 0.94) {
        edit = { start: at, end: at, text: examples[Math.floor(random() * examples.length)] };
    } else {
        // A whole file replaced by an example: the editor's "paste over everything".
        edit = { start: 0, end: length, text: examples[Math.floor(random() * examples.length)] };
    }
    const applied = file.apply(edit);
    return [applied.text, applied.range];
}
