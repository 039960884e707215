import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';

export type SeverityName = 'error' | 'warning' | 'info' | 'hint';

/** A diagnostic as the CLI prints it and the tests compare it: 1-based, with a severity word. */
export interface ReportedDiagnostic {
    readonly file: string;
    readonly line: number;
    readonly column: number;
    readonly endLine: number;
    readonly endColumn: number;
    readonly severity: SeverityName;
    readonly code: string;
    readonly message: string;
}

const severityNames: Record<number, SeverityName> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

/** Reading order: by start line, then start column. */
export function byPosition(a: Diagnostic, b: Diagnostic): number {
    return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

export function severityName(diagnostic: Diagnostic): SeverityName {
    return severityNames[diagnostic.severity ?? 1] ?? 'error';
}

/** The document's diagnostics in reading order, each naming its file as `file` says. */
export function reportDiagnostics(document: LangiumDocument, file: string): ReportedDiagnostic[] {
    return [...(document.diagnostics ?? [])]
        .sort(byPosition)
        .map(diagnostic => ({
            file,
            line: diagnostic.range.start.line + 1,
            column: diagnostic.range.start.character + 1,
            endLine: diagnostic.range.end.line + 1,
            endColumn: diagnostic.range.end.character + 1,
            severity: severityName(diagnostic),
            code: String(diagnostic.code ?? 'unknown'),
            message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value
        }));
}
