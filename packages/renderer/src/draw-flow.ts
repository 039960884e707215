import type { JourneyModel, SvgGroup, SvgLeaf } from '@journey-maps/model';
import { cutPolyline } from './collisions.js';
import { shareLevel } from './edge-style.js';
import { arrowHead, polyline, polylines, rect, text } from './draw-primitives.js';
import type { CardGeom, EdgeGeom, MapGeometry } from './geometry.js';
import { takers } from './emotion-curves.js';
import { personaStyle, type ModelIndex } from './model-index.js';
import type { PartKeys } from './part-keys.js';
import { edgeRef, ref } from './refs.js';
import type { RenderMemo } from './render-memo.js';
import { attrs, title } from './svg-writer.js';

/** The parts drawn over the lanes: moment-of-truth bands, stage separators, then the flow itself. */

/** A band down each moment-of-truth column, behind everything below the headers. */
export function momentBandParts(g: MapGeometry, keys: PartKeys): SvgLeaf[] {
    return g.cards.filter((c) => c.momentOfTruth).map((c) => {
        const key = keys.unique(`moment:${c.stepId}`);
        return { key, svg: rect({ x: c.x - 8, y: g.body.top, width: c.width + 16, height: g.body.bottom - g.body.top }, 'jm-mot-band', 6, ref('step', c.stepId), key) };
    });
}

/** A line through the body where each stage after the first begins. */
export function stageSeparatorParts(g: MapGeometry, keys: PartKeys): SvgLeaf[] {
    return g.stages.slice(1).map((s) => {
        const key = keys.unique(`separator:${s.stageId}`);
        return { key, svg: `<line${attrs({ class: 'jm-stage-sep', x1: s.x, y1: g.body.top, x2: s.x, y2: g.body.bottom, 'data-key': key })}/>` };
    });
}

/**
 * The edges, under the cards; each drawn again only when it changed. Cards and edges name who acts
 * in a step and who takes an arrow (`data-actors`, persona ids), for the preview's persona filter,
 * and each edge the palette entries of those personas (`jm-takes-p<n>`), so it can be drawn in a
 * persona's colour while that persona is in focus (theme.css.ts).
 */
export function flowPart(model: JourneyModel, g: MapGeometry, ix: ModelIndex, memo: RenderMemo, keys: PartKeys): SvgGroup {
    const key = keys.unique('flow');
    const colOf = new Map(g.cards.map((c) => [c.stepId, c.column]));
    const stepLabel = new Map<string, string>();
    const stepActors = new Map<string, string[]>();
    const edgeActors = new Map<string, readonly string[]>();
    for (const st of model.stages) {
        for (const s of st.steps) {
            if (stepLabel.has(s.id)) continue;
            stepLabel.set(s.id, s.label);
            stepActors.set(s.id, s.actors);
            for (const n of s.next) edgeActors.set(edgeRef(s.id, n.step), takers(n, s));
        }
    }
    const parts: SvgLeaf[] = [];
    for (const e of g.edges) {
        if (e.points.length < 2) continue;
        const back = (colOf.get(e.to) ?? 0) <= (colOf.get(e.from) ?? 0);
        const k = keys.unique(edgeRef(e.from, e.to));
        const actors = edgeActors.get(edgeRef(e.from, e.to)) ?? [];
        const palette = [...new Set(actors.map((p) => `jm-takes-p${personaStyle(ix, p).colour}`))].join(' ');
        parts.push({ key: k, svg: memo.drawn(e, `${back}|${k}|${actors.join(' ')}|${palette}`, () => edgeSvg(e, back, k, actors, palette)) });
    }
    for (const c of g.cards) {
        const label = stepLabel.get(c.stepId) ?? c.stepId;
        const actors = (stepActors.get(c.stepId) ?? []).join(' ');
        const k = keys.unique(ref('step', c.stepId));
        parts.push({ key: k, svg: memo.drawn(c, `${label}|${k}|${actors}`, () => cardSvg(c, label, k, actors)) });
    }
    return { key, head: `<g${attrs({ class: 'jm-flow', 'data-lane': 'flow', 'data-key': key })}>`, parts, tail: '</g>' };
}

function edgeSvg(e: EdgeGeom, back: boolean, key: string, actors: readonly string[], palette: string): string {
    let svg = `<g${attrs({ class: palette || undefined, 'data-ref': edgeRef(e.from, e.to), 'data-actors': actors.join(' '), 'data-key': key })}>${title(`${e.from} → ${e.to}${e.share !== undefined ? ` (${e.share}%)` : ''}${e.label ? `: ${e.label}` : ''}`)}`;
    // A label on the line interrupts it: the line is left out under the label.
    const d = e.labelText && e.labelOnLine ? polylines(cutPolyline(e.points, e.labelText.container)) : polyline(e.points);
    const cls = (back ? 'jm-edge-back' : 'jm-edge') + (e.share !== undefined ? ` ${shareClass(e.share)}` : '');
    svg += `<path${attrs({ class: cls, d })}/>`;
    svg += arrowHead(e.points);
    if (e.labelText) {
        svg += rect(e.labelText.container, 'jm-edge-label-bg', 3);
        svg += text(e.labelText);
    }
    return svg + '</g>';
}

/** An arrow with a share is as wide as the part of the customers who take it (edge-style.ts). */
export function shareClass(share: number): string {
    return `jm-share-${shareLevel(share)}`;
}

function cardSvg(c: CardGeom, label: string, key: string, actors: string): string {
    let svg = `<g${attrs({ class: 'jm-step', 'data-ref': ref('step', c.stepId), 'data-stage': c.stageId, 'data-actors': actors, 'data-key': key })}>${title(label)}`;
    svg += rect(c, c.momentOfTruth ? 'jm-card-mot' : 'jm-card', 8);
    const [cardText, ...badges] = c.texts;
    if (cardText) svg += text(cardText);
    for (const b of badges) {
        svg += rect(b.container, b.cls === 'jm-mot-text' ? 'jm-mot-badge' : 'jm-end-badge', 9);
        svg += text(b);
    }
    return svg + '</g>';
}
