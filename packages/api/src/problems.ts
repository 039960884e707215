import { involvedProblems } from '@journey-maps/language';
import type { MapProblem } from '@journey-maps/model';
import type { LangiumDocument, LangiumDocuments } from 'langium';

/**
 * The problems of the text and of what it imports (the language core's one conversion), the
 * text's own named by the URI its caller gave rather than the `.journey` name it was parsed under.
 */
export function problemsOf(document: LangiumDocument, documents: LangiumDocuments, uri: string): MapProblem[] {
    const own = document.uri.toString();
    return involvedProblems(document, documents).map(problem => (problem.uri === own ? { ...problem, uri } : problem));
}
