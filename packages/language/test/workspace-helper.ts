import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { createJourneyServices, reportDiagnostics, type JourneyServices, type ReportedDiagnostic } from '../src/index.js';

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

/** One file's diagnostics as `severity code line`, for a quick single-file test. */
export async function diagnose(text: string, extraFiles: Record<string, string> = {}): Promise<ReportedDiagnostic[]> {
    const workspace = await buildWorkspace({ 'main.journey': text, ...extraFiles });
    return workspace.diagnostics('main.journey');
}

/** Codes only, for tests that assert "this and nothing else". */
export async function codes(text: string, extraFiles: Record<string, string> = {}): Promise<string[]> {
    return (await diagnose(text, extraFiles)).map(d => d.code);
}
