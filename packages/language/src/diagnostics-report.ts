import type { MapProblem, ProblemSeverity } from '@journey-maps/model';
import type { LangiumDocument } from 'langium';
import { documentProblems } from './map/problems.js';

/** A problem as the CLI prints it and the tests compare it: 1-based, naming its file as given. */
export interface ReportedDiagnostic {
    readonly file: string;
    readonly line: number;
    readonly column: number;
    readonly endLine: number;
    readonly endColumn: number;
    readonly severity: ProblemSeverity;
    readonly code: string;
    readonly message: string;
}

export function reportProblem(problem: MapProblem, file: string): ReportedDiagnostic {
    return {
        file,
        line: problem.range.start.line + 1,
        column: problem.range.start.character + 1,
        endLine: problem.range.end.line + 1,
        endColumn: problem.range.end.character + 1,
        severity: problem.severity,
        code: problem.code,
        message: problem.message
    };
}

/** The document's problems in reading order, each naming its file as `file` says. */
export function reportDiagnostics(document: LangiumDocument, file: string): ReportedDiagnostic[] {
    return documentProblems(document).map(problem => reportProblem(problem, file));
}
