import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import type { JourneyModel } from '@journey-maps/model';
import { reportDiagnostics, type ReportedDiagnostic } from '../diagnostics-report.js';
import { createJourneyServices, type JourneyServices } from '../journey-module.js';
import { mapOfDocument } from '../map/document-map.js';

/**
 * The one test harness of the project: in-memory files built as one workspace by the real
 * services, for the language's own tests and for every package that tests what a file becomes
 * (the server layers its editor features over it, the renderer draws its exported models).
 */
export interface TestWorkspace {
    readonly services: JourneyServices;
    readonly documents: ReadonlyMap<string, LangiumDocument>;
    /** Diagnostics of one file, in reading order. */
    diagnostics(file: string): ReportedDiagnostic[];
    /** `severity code line` of every diagnostic in a file, the way the examples' headers state them. */
    summary(file: string): string[];
}

export const workspaceRoot = 'file:///workspace/';

/** Builds in-memory files as one workspace; names are paths relative to /workspace. */
export async function buildWorkspace(files: Record<string, string>, services = createJourneyServices(EmptyFileSystem).Journey): Promise<TestWorkspace> {
    const factory = services.shared.workspace.LangiumDocumentFactory;
    const langiumDocuments = services.shared.workspace.LangiumDocuments;
    const documents = new Map<string, LangiumDocument>();
    for (const [name, text] of Object.entries(files)) {
        const document = factory.fromString(text, URI.parse(workspaceRoot + name));
        langiumDocuments.addDocument(document);
        documents.set(name, document);
    }
    await services.shared.workspace.DocumentBuilder.build([...documents.values()], { validation: true });
    const diagnostics = (file: string): ReportedDiagnostic[] => {
        const document = documents.get(file);
        if (!document) {
            throw new Error(`no file ${file} in this test workspace`);
        }
        return reportDiagnostics(document, file);
    };
    return {
        services,
        documents,
        diagnostics,
        summary: file => diagnostics(file).map(d => `${d.severity} ${d.code} line ${d.line}`)
    };
}

/** One file's diagnostics, for a quick single-file test. */
export async function diagnose(text: string, extraFiles: Record<string, string> = {}): Promise<ReportedDiagnostic[]> {
    const workspace = await buildWorkspace({ 'main.journey': text, ...extraFiles });
    return workspace.diagnostics('main.journey');
}

/** Codes only, for tests that assert "this and nothing else". */
export async function codes(text: string, extraFiles: Record<string, string> = {}): Promise<string[]> {
    return (await diagnose(text, extraFiles)).map(d => d.code);
}

/**
 * The maps of files built as one workspace (so imports resolve), by file name without `.journey`,
 * through the same document → map function as the CLI and the server: files that hold no journey
 * or have errors draw nothing and are left out.
 */
export async function exportJourneys(files: Record<string, string>): Promise<Record<string, JourneyModel>> {
    const workspace = await buildWorkspace(files);
    const models: Record<string, JourneyModel> = {};
    for (const [name, document] of workspace.documents) {
        const map = mapOfDocument(document, workspace.services);
        if (map.status === 'ok') models[name.replace(/\.journey$/, '')] = map.model;
    }
    return models;
}
