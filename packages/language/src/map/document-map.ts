import type { JourneyModel, MapProblem } from '@journey-maps/model';
import type { LangiumDocument } from 'langium';
import type { JourneyServices } from '../journey-module.js';
import { involvedProblems } from './problems.js';

/**
 * What a validated document gives a view: its map, the errors that stop it (its own or an
 * import's), or nothing to draw (a file of shared declarations).
 */
export type DocumentMap =
    | { readonly status: 'ok'; readonly model: JourneyModel; readonly warnings: readonly MapProblem[] }
    | { readonly status: 'errors'; readonly errors: readonly MapProblem[] }
    | { readonly status: 'no-journey' };

/** The one function from a document to a map, for the CLI and the language server alike. */
export function mapOfDocument(document: LangiumDocument, services: JourneyServices): DocumentMap {
    const problems = involvedProblems(document, services.shared.workspace.LangiumDocuments);
    const errors = problems.filter(problem => problem.severity === 'error');
    if (errors.length > 0) {
        return { status: 'errors', errors };
    }
    const model = services.model.JourneyModelExporter.exportModel(document);
    if (!model) {
        return { status: 'no-journey' };
    }
    const own = document.uri.toString();
    return { status: 'ok', model, warnings: problems.filter(problem => problem.uri === own) };
}
