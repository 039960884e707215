import type { SvgLeaf, SvgPart } from '@journey-maps/model';
import { marker, polylines, rect, text } from './draw-primitives.js';
import { curvePolylines } from './emotion-curves.js';
import type { LaneGeom, LaneItemGeom, MapGeometry } from './geometry.js';
import { M } from './metrics.js';
import { personaStyle, type ModelIndex } from './model-index.js';
import { DOT_R } from './place-emotions.js';
import type { PartKeys } from './part-keys.js';
import { ref } from './refs.js';
import type { RenderMemo } from './render-memo.js';
import { attrs, escapeAttr, title } from './svg-writer.js';

/**
 * One part per lane row, in order. An item or emotion lane is a group whose parts are its
 * background, its title and each drawn thing in it, so an edit to one step's items patches those
 * alone; a blueprint's separator line is one leaf.
 */
export function laneParts(g: MapGeometry, ix: ModelIndex, memo: RenderMemo, keys: PartKeys): SvgPart[] {
    const itemsByLane = new Map<string, LaneItemGeom[]>();
    for (const item of g.laneItems) {
        let list = itemsByLane.get(item.lane);
        if (!list) itemsByLane.set(item.lane, (list = []));
        list.push(item);
    }
    return g.lanes.map((lane, li): SvgPart => {
        const key = keys.unique(`lane:${lane.id}`);
        // The band's extent lets the preview close the gap of a hidden lane.
        const head = `<g${attrs({ class: 'jm-lane-row', 'data-lane': lane.id, 'data-y': lane.y, 'data-height': lane.height, 'data-key': key })}>`;
        if (lane.kind === 'line') return { key, svg: head + lineLane(g, lane) + '</g>' };
        const laneRight = g.width - M.margin;
        const parts: SvgLeaf[] = [
            leaf(keys, `${key}:bg`, (k) => rect({ x: M.margin, y: lane.y, width: laneRight - M.margin, height: lane.height }, li % 2 === 0 ? 'jm-lane' : 'jm-lane-alt', 0, undefined, k)),
            leaf(keys, `${key}:title`, (k) => text(lane.title, k)),
            ...lane.repeats.map((t, n) => leaf(keys, `${key}:title:${n + 2}`, (k) => text(t, k)))
        ];
        if (lane.kind === 'emotion') parts.push(...emotionParts(g, ix, memo, keys));
        else parts.push(...itemParts(itemsByLane.get(lane.id) ?? [], memo, keys));
        return { key, head, parts, tail: '</g>' };
    });
}

function leaf(keys: PartKeys, key: string, draw: (key: string) => string): SvgLeaf {
    const k = keys.unique(key);
    return { key: k, svg: draw(k) };
}

/** A line across the map with its title (and the title's repeats) on a background patch. */
function lineLane(g: MapGeometry, lane: LaneGeom): string {
    const ly = lane.y + lane.height / 2;
    let svg = `<line${attrs({ class: 'jm-bp-line', x1: M.margin, y1: ly, x2: g.width - M.margin, y2: ly })}/>`;
    for (const title of [lane.title, ...lane.repeats]) {
        const t = title.box;
        svg += rect({ x: t.x - 4, y: t.y - 1, width: t.width + 8, height: t.height + 2 }, 'jm-bg') + text(title);
    }
    return svg;
}

/** The value grid, one curve per persona, the dots (drawn again only when they changed), then the texts. */
function emotionParts(g: MapGeometry, ix: ModelIndex, memo: RenderMemo, keys: PartKeys): SvgLeaf[] {
    const parts: SvgLeaf[] = [];
    const ax = g.emotionAxis;
    if (!ax) return parts;
    for (let v = -3; v <= 3; v++) {
        const vy = ax.valueY[v + 3] ?? 0;
        parts.push(leaf(keys, `emotion-grid:${v}`, (k) => `<line${attrs({ class: v === 0 ? 'jm-axis-zero' : 'jm-grid', x1: ax.x, y1: vy, x2: ax.x + ax.width, y2: vy, 'data-key': k })}/>`));
    }
    for (const [i, t] of ax.ticks.entries()) parts.push(leaf(keys, `emotion-tick:${i}`, (k) => text(t, k)));
    for (const curve of g.emotionCurves) {
        if (curve.segments.length === 0) continue;
        const st = personaStyle(ix, curve.persona);
        const who = ix.personaLabel.get(curve.persona) ?? curve.persona;
        const k = keys.unique(`emotion-line:${curve.persona}`);
        parts.push({ key: k, svg: memo.drawn(curve, `${st.colour}|${st.dash}|${who}|${k}`, () =>
            `<path${attrs({ class: `jm-emo-line jm-ps${st.colour} jm-pd${st.dash} jm-persona-p${st.colour}`, d: polylines(curvePolylines(curve)), 'data-ref': ref('persona', curve.persona), 'data-persona': curve.persona, 'data-key': k })}>${title(who)}</path>`) });
    }
    for (const p of g.emotionPoints) {
        const st = personaStyle(ix, p.persona);
        const who = ix.personaLabel.get(p.persona) ?? p.persona;
        const key = keys.unique(`emotion:${p.stepId}:${p.persona}`);
        const svg = memo.drawn(p, `${st.colour}|${st.marker}|${who}|${key}`, () => {
            let s = `<g${attrs({ class: `jm-persona-p${st.colour}`, 'data-ref': ref('step', p.stepId), 'data-persona': p.persona, 'data-value': String(p.value), 'data-key': key })}>`;
            s += title(`${who}: ${p.value > 0 ? '+' : ''}${p.value}${p.word ? ` ${p.word}` : ''}`);
            s += marker(st, p, DOT_R, 'jm-emo-point');
            return s + '</g>';
        });
        parts.push({ key, svg });
    }
    for (const l of g.emotionLabels) {
        const who = l.personas.join(' ');
        if (l.kind === 'word') {
            const k = keys.unique(`emotion-word:${l.stepId}:${l.personas.join('+')}`);
            parts.push({ key: k, svg: memo.drawn(l, k, () => `<g${attrs({ 'data-ref': ref('step', l.stepId), 'data-persona': who, 'data-key': k })}>${text(l.text)}</g>`) });
        } else {
            const st = personaStyle(ix, l.personas[0] ?? '');
            const k = keys.unique(`emotion-name:${who}:${l.stepId}`);
            parts.push({ key: k, svg: memo.drawn(l, `${st.colour}|${k}`, () =>
                `<g${attrs({ class: `jm-persona-p${st.colour}`, 'data-ref': ref('persona', l.personas[0] ?? ''), 'data-step': l.stepId, 'data-persona': who, 'data-key': k })}>${text(l.text)}</g>`) });
        }
    }
    return parts;
}

/** Each item of the lane, keyed by its step and its place among that step's items. */
function itemParts(items: LaneItemGeom[], memo: RenderMemo, keys: PartKeys): SvgLeaf[] {
    const perStep = new Map<string, number>();
    return items.map((item) => {
        const n = perStep.get(item.stepId) ?? 0;
        perStep.set(item.stepId, n + 1);
        const key = keys.unique(`item:${item.lane}:${item.stepId}:${n}`);
        return { key, svg: memo.drawn(item, key, () => itemSvg(item, key)) };
    });
}

function itemSvg(item: LaneItemGeom, key: string): string {
    const hover = item.chip !== undefined ? ` class="jm-persona-p${item.chip.colour}"` : '';
    let svg = `<g${hover} data-ref="${escapeAttr(item.ref)}" data-step="${escapeAttr(item.stepId)}"${item.persona !== undefined ? ` data-persona="${escapeAttr(item.persona)}"` : ''} data-key="${escapeAttr(key)}">${title(item.tooltip)}`;
    svg += rect(item, item.cls, 5);
    if (item.chip !== undefined) svg += marker(item.chip, { x: item.x + M.itemPad + 6, y: item.y + item.height / 2 }, 5);
    for (const t of item.texts) svg += text(t);
    return svg + '</g>';
}
