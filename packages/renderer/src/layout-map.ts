import type { JourneyModel } from '@journey-maps/model';
import type { MapGeometry } from './geometry.js';
import type { FlowLayout } from './layout-flow.js';
import { placeAcross } from './map-across.js';
import type { BaselineOption } from './place-baseline.js';
import { M } from './metrics.js';
import { placeCards, placeEdges } from './place-cards.js';
import { placeHeader, placeLegend } from './place-header.js';
import { placeLanes } from './place-lanes.js';
import { placeColumns, placeStages } from './place-stages.js';
import type { PreparedFlow } from './prepare-flow.js';
import { RenderMemo } from './render-memo.js';

/**
 * After the ELK run (prepare-flow.ts measures the cards before it): the columns it returns anchor
 * the stage bands, the lanes and the header. Pure arithmetic, top to bottom: header, legend,
 * stages, the flow band, the lanes.
 */
export function placeMap(model: JourneyModel, prep: PreparedFlow, flow: FlowLayout, memo: RenderMemo = new RenderMemo(), baseline?: BaselineOption): MapGeometry {
    memo.begin(model);
    try {
        return place(model, prep, flow, memo, baseline);
    } finally {
        memo.end();
    }
}

function place(model: JourneyModel, prep: PreparedFlow, flow: FlowLayout, memo: RenderMemo, baseline: BaselineOption | undefined): MapGeometry {
    const ix = prep.index;
    const across = placeAcross(prep, flow);
    const left = across.left;
    const width = Math.max(M.minWidth, Math.ceil(left + across.width + M.gutter + M.margin));
    const right = width - M.margin;

    const { header, bottom: headerBottom } = placeHeader(model, prep.columns.filter((c) => c.step).length, width, M.margin);
    const { legend, bottom: legendBottom } = placeLegend(model, ix, width, headerBottom);
    const columns = placeColumns(prep, flow, across);
    const { stages, removedNotes, bottom: bodyTop } = placeStages(model, prep, columns, across, right, legendBottom, baseline);

    const flowTop = bodyTop + 4;
    const memos = prep.columns.map((c) => (c.step ? memo.step(c.step) : undefined));
    const cards = placeCards(prep, flow, columns, memos, flowTop);
    const edges = placeEdges(prep, flow, memo, cards, across, flowTop);

    const lanes = placeLanes(model, { prep, columns, memos, ix, left, right, repeats: across.repeats, renderMemo: memo, baseline }, flowTop + flow.height + 8);
    return {
        width,
        height: Math.ceil(lanes.bottom + M.margin),
        header,
        legend,
        stages,
        columns,
        cards,
        edges,
        lanes: lanes.lanes,
        laneItems: lanes.laneItems,
        emotionAxis: lanes.emotionAxis,
        emotionPoints: lanes.emotionPoints,
        emotionCurves: lanes.emotionCurves,
        emotionLabels: lanes.emotionLabels,
        baselineCurves: lanes.baselineCurves,
        removedNotes,
        body: { top: bodyTop, bottom: lanes.bottom }
    };
}
