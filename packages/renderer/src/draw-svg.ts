import type { JourneyModel, SvgParts } from '@journey-maps/model';
import { laneParts } from './draw-lanes.js';
import { flowPart, momentBandParts, stageSeparatorParts } from './draw-flow.js';
import { baselineCurveParts, changedStepMarkParts, newStepMarkParts, removedNoteParts, type BaselineOption } from './draw-baseline.js';
import { heatTintParts, rankBadgeParts, type InsightsOption } from './draw-insights.js';
import { headerPart, legendPart, stagesPart } from './draw-header.js';
import { rect } from './draw-primitives.js';
import type { MapGeometry } from './geometry.js';
import type { ModelIndex } from './model-index.js';
import { PartKeys } from './part-keys.js';
import { ref } from './refs.js';
import { RenderMemo } from './render-memo.js';
import { attrs, num, title } from './svg-writer.js';
import { FONT_FAMILY } from './text-measure.js';
import { themeCss, type ThemeOption } from './theme.css.js';

/**
 * Geometry → SVG, in keyed parts (see @journey-maps/model svg-parts.ts), in paint order: header,
 * legend, stage headers, lanes, heat tint, moment-of-truth bands, stage separators, flow, rank badges. Every label goes
 * through svg-writer's escaping; no scripts, no external references.
 */

export interface DrawOptions {
    theme: ThemeOption;
    /** The analysis' hotspots: heat tint and rank badges. */
    insights?: InsightsOption;
    /** The comparison with the journey's baseline: dashed baseline curves, new-step marks, removed-step notes. */
    baseline?: BaselineOption;
}

export function drawSvg(model: JourneyModel, g: MapGeometry, ix: ModelIndex, opts: DrawOptions, memo: RenderMemo = new RenderMemo()): SvgParts {
    const keys = new PartKeys();
    const root = `<svg${attrs({
        xmlns: 'http://www.w3.org/2000/svg',
        class: `jm jm-theme-${opts.theme} jm-kind-${model.journey.kind}`,
        viewBox: `0 0 ${num(g.width)} ${num(g.height)}`,
        width: g.width,
        height: g.height,
        role: 'img',
        'aria-label': model.journey.title,
        'font-family': FONT_FAMILY,
        'data-ref': ref('journey', model.journey.id)
    })}>`;
    const head = root + title(model.journey.title) + `<style>${themeCss()}</style>` + rect({ x: 0, y: 0, width: g.width, height: g.height }, 'jm-bg');
    const parts = [
        headerPart(model, g, keys),
        legendPart(g, ix, keys),
        stagesPart(model, g, keys),
        ...removedNoteParts(g, keys),
        ...laneParts(g, ix, memo, keys),
        ...baselineCurveParts(g, ix, keys),
        ...heatTintParts(g, opts.insights, keys),
        ...momentBandParts(g, keys),
        ...stageSeparatorParts(g, keys),
        flowPart(model, g, ix, memo, keys),
        ...rankBadgeParts(g, opts.insights, keys),
        ...newStepMarkParts(g, opts.baseline, keys),
        ...changedStepMarkParts(g, opts.baseline, keys)
    ];
    return { head, parts, tail: '</svg>' };
}
