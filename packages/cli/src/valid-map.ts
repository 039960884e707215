import { analysisMapOfDocument, reportProblem, type AnalysisModel, type JourneyServices } from '@journey-maps/language';
import { URI, type LangiumDocument } from 'langium';
import { formatDiagnosticsText } from './format-diagnostics.js';
import type { CliIo } from './io.js';

/** How a command names a document in what it prints: a path relative to the current folder, or `REV:PATH`. */
export type FileNamer = (uri: URI) => string;

/**
 * What the analysis reads of a document's journey, for a command that needs a valid map (report,
 * diff), or undefined after printing the errors that stop it, or that the file holds no journey.
 */
export function validModel(document: LangiumDocument, services: JourneyServices, io: CliIo, nameOf: FileNamer, task: string): AnalysisModel | undefined {
    const file = nameOf(document.uri);
    const map = analysisMapOfDocument(document, services);
    if (map.status === 'errors') {
        io.err(formatDiagnosticsText(map.errors.map(problem => reportProblem(problem, nameOf(URI.parse(problem.uri))))));
        io.err(`${file}: no ${task}: it needs a map without errors; fix the ${map.errors.length === 1 ? 'error' : `${map.errors.length} errors`} above first.\n`);
        return undefined;
    }
    if (map.status === 'no-journey') {
        io.err(`${file}: no ${task}: the file holds only declarations, no journey.\n`);
        return undefined;
    }
    return map.model;
}
