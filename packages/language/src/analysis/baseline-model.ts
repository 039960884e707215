import type { LangiumDocument } from 'langium';
import type { JourneyServices } from '../journey-module.js';
import { analysisMapOfDocument } from '../map/document-map.js';
import type { AnalysisModel } from '../model/analysis-model.js';
import { involvedDocuments } from '../workspace/involved-documents.js';

/** A journey's baseline: the document that holds it and the part of its model that the analysis reads. */
export interface BaselineMap {
    readonly document: LangiumDocument;
    readonly model: AnalysisModel;
}

/**
 * The baseline of a document's journey: the exported model of the journey, in a file the document
 * imports directly, that its `baseline` names. Undefined without a baseline, or while that file
 * has errors (its map cannot be exported then; its own diagnostics say why).
 */
export function baselineMap(document: LangiumDocument, model: AnalysisModel, services: JourneyServices): BaselineMap | undefined {
    const baseline = model.journey.baseline;
    if (baseline === undefined) {
        return undefined;
    }
    const exporter = services.model.JourneyModelExporter;
    for (const imported of involvedDocuments(document, services.shared.workspace.LangiumDocuments).slice(1)) {
        if (exporter.journeyOf(imported)?.name === baseline) {
            const map = analysisMapOfDocument(imported, services);
            return map.status === 'ok' ? { document: imported, model: map.model } : undefined;
        }
    }
    return undefined;
}
