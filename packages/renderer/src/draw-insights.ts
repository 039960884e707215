import type { SvgLeaf } from '@journey-maps/model';
import type { CardGeom, MapGeometry } from './geometry.js';
import type { PartKeys } from './part-keys.js';
import { ref } from './refs.js';
import { attrs } from './svg-writer.js';
import { measureText } from './text-measure.js';

/**
 * What the analysis says about the drawn map, drawn on it so that it also comes out in an exported
 * SVG/PNG: a heat tint down each hotspot column (stronger for a higher score) and a rank badge
 * (`#1`, `#2`, …) on each hotspot card. The ranks and scores come from the language core's
 * analysis; the renderer only draws them.
 */

export interface MapHotspot {
    step: string;
    rank: number;
    score: number;
}

export interface InsightsOption {
    hotspots: readonly MapHotspot[];
    /** Tint the hotspot columns (default true). */
    heatTint?: boolean;
}

const BADGE_FONT = 11;
const BADGE_HEIGHT = 16;
/** Opacity of the tint of the weakest and of the strongest hotspot: visible, never hiding what is under it. */
const TINT_MIN = 0.04;
const TINT_MAX = 0.12;

/** The tint of the hotspot columns, behind the flow (drawn after the lanes' backgrounds). */
export function heatTintParts(g: MapGeometry, insights: InsightsOption | undefined, keys: PartKeys): SvgLeaf[] {
    if (!insights || insights.heatTint === false || insights.hotspots.length === 0) return [];
    const top = Math.max(...insights.hotspots.map((h) => h.score));
    const cards = cardsByStep(g);
    const parts: SvgLeaf[] = [];
    for (const h of insights.hotspots) {
        const c = cards.get(h.step);
        if (!c) continue;
        const key = keys.unique(`heat:${h.step}`);
        const opacity = TINT_MIN + (TINT_MAX - TINT_MIN) * (top > 0 ? h.score / top : 1);
        parts.push({
            key,
            svg: `<rect${attrs({ class: 'jm-heat', x: c.x - 8, y: g.body.top, width: c.width + 16, height: g.body.bottom - g.body.top, 'fill-opacity': Math.round(opacity * 1000) / 1000, 'data-ref': ref('step', h.step), 'data-key': key })}/>`
        });
    }
    return parts;
}

/** A rank badge on the top right corner of each hotspot card, over the flow. */
export function rankBadgeParts(g: MapGeometry, insights: InsightsOption | undefined, keys: PartKeys): SvgLeaf[] {
    if (!insights) return [];
    const cards = cardsByStep(g);
    const parts: SvgLeaf[] = [];
    for (const h of insights.hotspots) {
        const c = cards.get(h.step);
        if (!c) continue;
        const key = keys.unique(`rank:${h.step}`);
        const label = `#${h.rank}`;
        const width = Math.ceil(measureText(label, BADGE_FONT, true) + 10);
        const x = c.x + c.width - width + 6;
        const y = c.y - BADGE_HEIGHT / 2;
        parts.push({
            key,
            svg: `<g${attrs({ class: 'jm-rank', 'data-ref': ref('step', h.step), 'data-rank': h.rank, 'data-key': key })}>`
                + `<rect${attrs({ class: 'jm-rank-badge', x, y, width, height: BADGE_HEIGHT, rx: BADGE_HEIGHT / 2 })}/>`
                + `<text${attrs({ class: 'jm-rank-text', x: x + width / 2, y: y + BADGE_HEIGHT / 2 + BADGE_FONT * 0.36, 'font-size': BADGE_FONT, 'text-anchor': 'middle' })}>${label}</text>`
                + '</g>'
        });
    }
    return parts;
}

function cardsByStep(g: MapGeometry): Map<string, CardGeom> {
    const cards = new Map<string, CardGeom>();
    for (const c of g.cards) if (!cards.has(c.stepId)) cards.set(c.stepId, c);
    return cards;
}
