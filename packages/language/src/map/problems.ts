import type { MapProblem, ProblemSeverity } from '@journey-maps/model';
import type { LangiumDocument, LangiumDocuments } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { involvedDocuments } from '../workspace/involved-documents.js';

const severities: Record<number, ProblemSeverity> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

/** Reading order: by start line, then start column. */
export function byPosition(a: Diagnostic, b: Diagnostic): number {
    return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

/**
 * The one diagnostic → problem conversion: every view (the CLI's report, the render result, the
 * preview's banner) starts from these, so a message or a severity reads the same everywhere.
 */
export function toProblem(diagnostic: Diagnostic, document: LangiumDocument): MapProblem {
    return {
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
        code: String(diagnostic.code ?? 'unknown'),
        severity: severities[diagnostic.severity ?? 1] ?? 'error',
        uri: document.uri.toString(),
        range: { start: { ...diagnostic.range.start }, end: { ...diagnostic.range.end } }
    };
}

/** The document's problems in reading order. */
export function documentProblems(document: LangiumDocument): MapProblem[] {
    return [...(document.diagnostics ?? [])].sort(byPosition).map(diagnostic => toProblem(diagnostic, document));
}

/** The problems of a document and of the files it imports: a broken import breaks the map too. */
export function involvedProblems(document: LangiumDocument, documents: LangiumDocuments): MapProblem[] {
    return involvedDocuments(document, documents).flatMap(documentProblems);
}
