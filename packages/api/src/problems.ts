import type { LangiumDocument } from 'langium';
import { byPosition, severityName } from '@journey-maps/language';
import type { MapProblem } from '@journey-maps/model';

/**
 * A document's diagnostics as problems, in reading order: the shape the preview protocol uses
 * (0-based ranges, severity words), naming the document as `uri` says.
 */
export function documentProblems(document: LangiumDocument, uri: string): MapProblem[] {
    return [...(document.diagnostics ?? [])].sort(byPosition).map(diagnostic => ({
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
        code: String(diagnostic.code ?? 'unknown'),
        severity: severityName(diagnostic),
        uri,
        range: { start: { ...diagnostic.range.start }, end: { ...diagnostic.range.end } }
    }));
}
