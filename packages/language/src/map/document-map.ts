import type { JourneyModel, MapProblem } from '@journey-maps/model';
import type { LangiumDocument } from 'langium';
import type { JourneyServices } from '../journey-module.js';
import type { AnalysisModel } from '../model/analysis-model.js';
import { involvedProblems } from './problems.js';

/**
 * What a validated document gives a view: its map, the errors that stop it (its own or an
 * import's), or nothing to draw (a file of shared declarations).
 */
export type DocumentMap<Model = JourneyModel> =
    | { readonly status: 'ok'; readonly model: Model; readonly warnings: readonly MapProblem[] }
    | { readonly status: 'errors'; readonly errors: readonly MapProblem[] }
    | { readonly status: 'no-journey' };

/** The one function from a document to a map, for the CLI and the language server alike. */
export function mapOfDocument(document: LangiumDocument, services: JourneyServices): DocumentMap {
    return documentMap(document, services, doc => services.model.JourneyModelExporter.exportModel(doc));
}

/**
 * The same for whoever only analyses the map (the report, the comparison, the editor's insights):
 * the same errors stop it, and only the part of the model that the analysis reads is exported.
 */
export function analysisMapOfDocument(document: LangiumDocument, services: JourneyServices): DocumentMap<AnalysisModel> {
    return documentMap(document, services, doc => services.model.JourneyModelExporter.exportForAnalysis(doc));
}

function documentMap<Model>(document: LangiumDocument, services: JourneyServices, exportOf: (document: LangiumDocument) => Model | undefined): DocumentMap<Model> {
    const problems = involvedProblems(document, services.shared.workspace.LangiumDocuments);
    const errors = problems.filter(problem => problem.severity === 'error');
    if (errors.length > 0) {
        return { status: 'errors', errors };
    }
    const model = exportOf(document);
    if (!model) {
        return { status: 'no-journey' };
    }
    const own = document.uri.toString();
    return { status: 'ok', model, warnings: problems.filter(problem => problem.uri === own) };
}
