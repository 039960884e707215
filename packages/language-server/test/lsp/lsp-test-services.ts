import { EmptyFileSystem, TextDocument, URI, type LangiumDocument } from 'langium';
import type { Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { createJourneyServices, type JourneyServices } from '@journey-maps/language';
import { EXAMPLES_DIR, readJourneys } from '@journey-maps/language/testing';
import { JourneyLspModule, JourneySharedLspModule } from '../../src/lsp/journey-lsp-module.js';

export const examplesDir = EXAMPLES_DIR;

/** The example files by name, as written. */
export function exampleTexts(): Map<string, string> {
    return new Map(Object.entries(readJourneys()));
}

export function createLspServices(): JourneyServices {
    return createJourneyServices(EmptyFileSystem, { language: JourneyLspModule, shared: JourneySharedLspModule }).Journey;
}

export const workspaceRoot = 'file:///ws/';

export function uriOf(name: string): URI {
    return URI.parse(workspaceRoot + name);
}

/** A workspace of in-memory files (name → text), built and validated. */
export class TestWorkspace {
    readonly services: JourneyServices;
    readonly documents = new Map<string, LangiumDocument>();

    constructor(services = createLspServices()) {
        this.services = services;
    }

    static async of(texts: ReadonlyMap<string, string> | Record<string, string>): Promise<TestWorkspace> {
        const workspace = new TestWorkspace();
        await workspace.set(texts instanceof Map ? texts : new Map(Object.entries(texts)));
        return workspace;
    }

    /** Adds or replaces files, then rebuilds what changed, as the language server does on an edit. */
    async set(texts: ReadonlyMap<string, string>): Promise<void> {
        const textDocuments = this.services.shared.workspace.TextDocuments;
        const changed: URI[] = [];
        for (const [name, text] of texts) {
            const uri = uriOf(name);
            const previous = textDocuments.get(uri.toString());
            textDocuments.set(TextDocument.create(uri.toString(), 'journey', (previous?.version ?? 0) + 1, text));
            changed.push(uri);
        }
        await this.services.shared.workspace.DocumentBuilder.update(changed, []);
        for (const [name] of texts) {
            this.documents.set(name, this.services.shared.workspace.LangiumDocuments.getDocument(uriOf(name))!);
        }
    }

    doc(name: string): LangiumDocument {
        const document = this.documents.get(name);
        if (!document) {
            throw new Error(`no document ${name}`);
        }
        return document;
    }

    text(name: string): string {
        return this.doc(name).textDocument.getText();
    }

    diagnostics(name: string): Diagnostic[] {
        return this.doc(name).diagnostics ?? [];
    }

    errorCount(name: string): number {
        return this.diagnostics(name).filter(d => d.severity === 1).length;
    }

    errorCounts(): Map<string, number> {
        return new Map([...this.documents.keys()].map(name => [name, this.errorCount(name)]));
    }

    /** Offset of the n-th occurrence (0-based) of `needle` in a file, plus `delta`. */
    offsetOf(name: string, needle: string, occurrence = 0, delta = 0): number {
        const text = this.text(name);
        let index = -1;
        for (let i = 0; i <= occurrence; i++) {
            index = text.indexOf(needle, index + 1);
            if (index < 0) {
                throw new Error(`'${needle}' #${occurrence} not in ${name}`);
            }
        }
        return index + delta;
    }

    position(name: string, offset: number): { line: number; character: number } {
        return this.doc(name).textDocument.positionAt(offset);
    }

    /** The texts after applying a workspace edit (changes keyed by URI). */
    applied(edit: WorkspaceEdit): Map<string, string> {
        const result = new Map<string, string>();
        for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
            const name = uri.slice(workspaceRoot.length);
            result.set(name, applyEdits(this.doc(name).textDocument, edits));
        }
        return result;
    }
}

export function applyEdits(document: TextDocument, edits: TextEdit[]): string {
    return TextDocument.applyEdits(document, edits);
}
