import { analyzeJourney, baselineMap, stepNamePosition, stepsByName, type AnalysisModel, type JourneyServices } from '@journey-maps/language';
import type { JourneyComparison, JourneyDiff, JourneyReport } from '@journey-maps/model';
import type { LangiumDocument } from 'langium';

/** A compared journey as the diff names it: the file as the user wrote it, and the journey's id. */
export interface ComparedSide {
    readonly file: string;
    readonly model: AnalysisModel;
}

/** The diff of two compared journeys (its JSON is checked against its schema where it is written, json-output.ts). */
export function diffOf(old: ComparedSide, current: ComparedSide, comparison: JourneyComparison): JourneyDiff {
    return {
        version: 1,
        old: { file: old.file, journey: old.model.journey.id, kind: old.model.journey.kind },
        new: { file: current.file, journey: current.model.journey.id, kind: current.model.journey.kind },
        ...comparison
    };
}

/** How many hotspots and opportunities a report cut to its top left out: the text forms say so. */
export interface Omitted {
    readonly hotspots: number;
    readonly opportunities: number;
}

/** A report with at most `top` hotspots and opportunities (their ranks those of the whole map), and what the cut left out. */
export interface TopOfReport {
    readonly report: JourneyReport;
    readonly omitted: Omitted;
}

/**
 * The report of a validated document's journey: the core's analysis (with the comparison against
 * its baseline, when it has one), cut to its `top` hotspots and opportunities when a top is given,
 * each hotspot kept placed at its step's name in the file. Only the kept ones are placed: the text
 * forms show five of a big map's thousands.
 *
 * Its JSON form is checked against the report's schema where it is written (json-output.ts), as
 * the reference promises; the text and Markdown forms are read by people and are not parsed.
 */
export function buildReport(document: LangiumDocument, model: AnalysisModel, services: JourneyServices, fileOf: (document: LangiumDocument) => string, top?: number): TopOfReport {
    const baseline = baselineMap(document, model, services);
    const insights = analyzeJourney(model, baseline?.model);
    const hotspots = top === undefined ? insights.hotspots : insights.hotspots.slice(0, top);
    const opportunities = top === undefined ? insights.opportunities : insights.opportunities.slice(0, top);
    const journey = services.model.JourneyModelExporter.journeyOf(document);
    const steps = journey ? stepsByName(journey) : undefined;
    const file = fileOf(document);
    const report: JourneyReport = {
        version: 1,
        journey: insights.journey,
        kind: insights.kind,
        hotspots: hotspots.map(hotspot => {
            const step = steps?.get(hotspot.step);
            const position = step ? stepNamePosition(step) : undefined;
            // Field by field, not `...hotspot`: spreading thousands of hotspots and adding three keys
            // to each cost more than the rest of the report's assembly (in the schema's key order).
            return {
                rank: hotspot.rank,
                step: hotspot.step,
                stage: hotspot.stage,
                label: hotspot.label,
                score: hotspot.score,
                reasons: hotspot.reasons,
                file,
                line: (position?.line ?? 0) + 1,
                column: (position?.character ?? 0) + 1
            };
        }),
        opportunities,
        stages: insights.stages,
        personas: insights.personas,
        ...(baseline && insights.comparison
            ? { comparison: diffOf({ file: fileOf(baseline.document), model: baseline.model }, { file, model }, insights.comparison) }
            : {})
    };
    return { report, omitted: { hotspots: insights.hotspots.length - hotspots.length, opportunities: insights.opportunities.length - opportunities.length } };
}
