import type { JourneyModel } from '@journey-maps/model';
import type { Box, CardGeom, EdgeGeom, EmotionPointGeom, LaneItemGeom, MapGeometry, Point, TextGeom } from './geometry.js';
import type { ModelIndex } from './lanes.js';
import { M } from './metrics.js';
import { attrs, escapeAttr, escapeText, num, title } from './svg-writer.js';
import { FONT_FAMILY } from './text-measure.js';
import { themeCss, type ThemeOption } from './theme.css.js';

/** Geometry → SVG string. Every label goes through svg-writer's escaping; no scripts, no external references. */

export interface DrawOptions {
    theme: ThemeOption;
}

function text(t: TextGeom, anchor?: string): string {
    // Hot path: class names and numbers are ours; only the lines are user text (escaped).
    const ascent = t.fontSize * 0.93 + (t.lineHeight - t.fontSize) / 2;
    const x = num(t.box.x);
    let out = `<text class="${t.cls}" x="${x}" y="${num(t.box.y + ascent)}" font-size="${t.fontSize}"${t.bold ? ' font-weight="bold"' : ''}${anchor ? ` text-anchor="${anchor}"` : ''}>`;
    if (t.lines.length === 1) out += escapeText(t.lines[0] ?? '');
    else for (let i = 0; i < t.lines.length; i++) out += `<tspan x="${x}" y="${num(t.box.y + ascent + i * t.lineHeight)}">${escapeText(t.lines[i] ?? '')}</tspan>`;
    return out + '</text>';
}

function rect(b: Box, cls: string, rx = 0, ref?: string): string {
    return `<rect class="${cls}" x="${num(b.x)}" y="${num(b.y)}" width="${num(b.width)}" height="${num(b.height)}"${rx ? ` rx="${rx}"` : ''}${ref !== undefined ? ` data-ref="${escapeAttr(ref)}"` : ''}/>`;
}

function polyline(points: Point[]): string {
    return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${num(p.x)} ${num(p.y)}`).join(' ');
}

function arrowHead(points: Point[]): string {
    const a = points[points.length - 2];
    const b = points[points.length - 1];
    if (!a || !b) return '';
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.hypot(dx, dy) || 1;
    const ux = dx / len;
    const uy = dy / len;
    const l = 8;
    const w = 4;
    const p1 = `${num(b.x)},${num(b.y)}`;
    const p2 = `${num(b.x - ux * l - uy * w)},${num(b.y - uy * l + ux * w)}`;
    const p3 = `${num(b.x - ux * l + uy * w)},${num(b.y - uy * l - ux * w)}`;
    return `<polygon${attrs({ class: 'jm-arrow', points: `${p1} ${p2} ${p3}` })}/>`;
}

/**
 * SVG of lane items, emotion points, edges and cards, by geometry object. The layout reuses those
 * objects across renders when nothing they show changed (layout-map.ts PlaceCache), so an edit
 * rewrites only what it changed. What a fragment shows beyond its object (a step's full label, a
 * persona's name and colour, the edge direction) is kept with it and compared.
 */
const itemCache = new WeakMap<LaneItemGeom, string>();
const pointCache = new WeakMap<EmotionPointGeom, { c: number; who: string; svg: string }>();
const edgeCache = new WeakMap<EdgeGeom, { back: boolean; actors: string; svg: string }>();
const cardCache = new WeakMap<CardGeom, { label: string; actors: string; svg: string }>();

function itemSvg(item: LaneItemGeom): string {
    let svg = itemCache.get(item);
    if (svg !== undefined) return svg;
    svg = `<g data-ref="${escapeAttr(item.ref)}" data-step="${escapeAttr(item.stepId)}"${item.persona !== undefined ? ` data-persona="${escapeAttr(item.persona)}"` : ''}>${title(item.tooltip)}`;
    svg += rect(item, item.cls, 5);
    if (item.chip !== undefined) svg += `<circle class="jm-pf${item.chip % 8}" cx="${num(item.x + M.itemPad + 6)}" cy="${num(item.y + item.height / 2)}" r="5"/>`;
    for (const t of item.texts) svg += text(t);
    svg += '</g>';
    itemCache.set(item, svg);
    return svg;
}

export function drawSvg(model: JourneyModel, g: MapGeometry, ix: ModelIndex, opts: DrawOptions): string {
    const parts: string[] = [];
    const push = (s: string) => parts.push(s);
    const journeyRef = `journey:${model.journey.id}`;
    push(
        `<svg${attrs({
            xmlns: 'http://www.w3.org/2000/svg',
            class: `jm jm-theme-${opts.theme} jm-kind-${model.journey.kind}`,
            viewBox: `0 0 ${num(g.width)} ${num(g.height)}`,
            width: g.width,
            height: g.height,
            role: 'img',
            'aria-label': model.journey.title,
            'font-family': FONT_FAMILY,
            'data-ref': journeyRef
        })}>`
    );
    push(title(model.journey.title));
    push(`<style>${themeCss()}</style>`);
    push(rect({ x: 0, y: 0, width: g.width, height: g.height }, 'jm-bg'));

    // Header and legend.
    push(`<g${attrs({ class: 'jm-header', 'data-ref': journeyRef })}>`);
    for (const t of g.header) push(text(t));
    push('</g>');
    push(`<g${attrs({ class: 'jm-legend' })}>`);
    for (const l of g.legend) {
        push(`<g${attrs({ 'data-ref': `persona:${l.persona}`, 'data-persona': l.persona })}>${title(ix.personaLabel.get(l.persona) ?? l.persona)}`);
        push(rect(l, 'jm-legend-box', 12));
        push(`<circle${attrs({ class: `jm-pf${l.colour}`, cx: l.x + 14, cy: l.y + l.height / 2, r: 6 })}/>`);
        push(text(l.label));
        push('</g>');
    }
    push('</g>');

    // Stage headers and separators.
    push(`<g${attrs({ class: 'jm-stages' })}>`);
    g.stages.forEach((s, i) => {
        const stage = model.stages.find((st) => st.id === s.stageId);
        push(`<g${attrs({ 'data-ref': `stage:${s.stageId}` })}>${title(stage?.label ?? s.stageId)}`);
        push(rect(s, i % 2 === 0 ? 'jm-stage' : 'jm-stage-alt', 4));
        push(text(s.label));
        push('</g>');
    });
    push('</g>');

    // Lanes.
    const laneRight = g.width - M.margin;
    const itemsByLane = new Map<string, MapGeometry['laneItems']>();
    for (const item of g.laneItems) {
        let list = itemsByLane.get(item.lane);
        if (!list) itemsByLane.set(item.lane, (list = []));
        list.push(item);
    }
    for (const [li, lane] of g.lanes.entries()) {
        // The band's extent lets the preview close the gap of a hidden lane.
        push(`<g${attrs({ class: 'jm-lane-row', 'data-lane': lane.id, 'data-y': lane.y, 'data-height': lane.height })}>`);
        if (lane.kind === 'line') {
            const ly = lane.y + lane.height / 2;
            push(`<line${attrs({ class: 'jm-bp-line', x1: M.margin, y1: ly, x2: laneRight, y2: ly })}/>`);
            push(rect({ x: lane.title.box.x - 4, y: lane.title.box.y - 1, width: lane.title.box.width + 8, height: lane.title.box.height + 2 }, 'jm-bg'));
            push(text(lane.title));
            push('</g>');
            continue;
        }
        push(rect({ x: M.margin, y: lane.y, width: laneRight - M.margin, height: lane.height }, li % 2 === 0 ? 'jm-lane' : 'jm-lane-alt'));
        push(text(lane.title));
        if (lane.kind === 'emotion' && g.emotionAxis) {
            const ax = g.emotionAxis;
            for (let v = -3; v <= 3; v++) {
                const vy = ax.valueY[v + 3] ?? 0;
                push(`<line${attrs({ class: v === 0 ? 'jm-axis-zero' : 'jm-grid', x1: ax.x, y1: vy, x2: ax.x + ax.width, y2: vy })}/>`);
                if (v % 3 === 0) push(`<text${attrs({ class: 'jm-muted', x: ax.x - 6, y: vy + 3.5, 'font-size': 10, 'text-anchor': 'end' })}>${v > 0 ? `+${v}` : v === 0 ? '0' : `−${-v}`}</text>`);
            }
            for (const line of g.emotionLines) {
                if (line.points.length < 2) continue;
                const c = (ix.personaIndex.get(line.persona) ?? 0) % 8;
                push(`<path${attrs({ class: `jm-emo-line jm-ps${c}`, d: polyline(line.points), 'data-ref': `persona:${line.persona}`, 'data-persona': line.persona })}>${title(ix.personaLabel.get(line.persona) ?? line.persona)}</path>`);
            }
            for (const p of g.emotionPoints) {
                const c = (ix.personaIndex.get(p.persona) ?? 0) % 8;
                const who = ix.personaLabel.get(p.persona) ?? p.persona;
                const hit = pointCache.get(p);
                if (hit && hit.c === c && hit.who === who) {
                    push(hit.svg);
                    continue;
                }
                let svg = `<g${attrs({ 'data-ref': `step:${p.stepId}`, 'data-persona': p.persona, 'data-value': String(p.value) })}>`;
                svg += title(`${who}: ${p.value > 0 ? '+' : ''}${p.value}${p.word ? ` ${p.word}` : ''}`);
                svg += `<circle${attrs({ class: `jm-emo-point jm-pf${c}`, cx: p.x, cy: p.y, r: 5 })}/>`;
                if (p.label) svg += text(p.label);
                svg += '</g>';
                pointCache.set(p, { c, who, svg });
                push(svg);
            }
        } else {
            for (const item of itemsByLane.get(lane.id) ?? []) push(itemSvg(item));
        }
        push('</g>');
    }

    // Moment-of-truth column bands, behind everything below the headers.
    for (const c of g.cards) {
        if (!c.momentOfTruth) continue;
        push(rect({ x: c.x - 8, y: g.body.top, width: c.width + 16, height: g.body.bottom - g.body.top }, 'jm-mot-band', 6, `step:${c.stepId}`));
    }

    // Stage separators through the body.
    for (const s of g.stages.slice(1)) push(`<line${attrs({ class: 'jm-stage-sep', x1: s.x, y1: g.body.top, x2: s.x, y2: g.body.bottom })}/>`);

    // Flow: edges under cards.
    const colOf = new Map(g.cards.map((c) => [c.stepId, c.column]));
    const stepLabel = new Map<string, string>();
    // Who acts in a step and who takes an arrow, for the preview's persona filter.
    const stepActors = new Map<string, string>();
    const edgeActors = new Map<string, string>();
    for (const st of model.stages) {
        for (const s of st.steps) {
            if (stepLabel.has(s.id)) continue;
            stepLabel.set(s.id, s.label);
            stepActors.set(s.id, s.actors.join(' '));
            for (const n of s.next) edgeActors.set(`${s.id}->${n.step}`, n.personas.join(' '));
        }
    }
    push(`<g${attrs({ class: 'jm-flow', 'data-lane': 'flow' })}>`);
    for (const e of g.edges) {
        if (e.points.length < 2) continue;
        const back = (colOf.get(e.to) ?? 0) <= (colOf.get(e.from) ?? 0);
        const actors = edgeActors.get(`${e.from}->${e.to}`) ?? '';
        const hit = edgeCache.get(e);
        if (hit && hit.back === back && hit.actors === actors) {
            push(hit.svg);
            continue;
        }
        let svg = `<g${attrs({ 'data-ref': `edge:${e.from}->${e.to}`, 'data-actors': actors })}>${title(`${e.from} → ${e.to}${e.label ? `: ${e.label}` : ''}`)}`;
        svg += `<path${attrs({ class: back ? 'jm-edge-back' : 'jm-edge', d: polyline(e.points) })}/>`;
        svg += arrowHead(e.points);
        if (e.labelText) {
            svg += rect(e.labelText.container, 'jm-edge-label-bg', 3);
            svg += text(e.labelText);
        }
        svg += '</g>';
        edgeCache.set(e, { back, actors, svg });
        push(svg);
    }
    for (const c of g.cards) {
        const label = stepLabel.get(c.stepId) ?? c.stepId;
        const actors = stepActors.get(c.stepId) ?? '';
        const hit = cardCache.get(c);
        if (hit && hit.label === label && hit.actors === actors) {
            push(hit.svg);
            continue;
        }
        let svg = `<g${attrs({ class: 'jm-step', 'data-ref': `step:${c.stepId}`, 'data-stage': c.stageId, 'data-actors': actors })}>${title(label)}`;
        svg += rect(c, c.momentOfTruth ? 'jm-card-mot' : 'jm-card', 8);
        const [cardText, ...badges] = c.texts;
        if (cardText) svg += text(cardText);
        for (const b of badges) {
            svg += rect(b.container, b.cls === 'jm-mot-text' ? 'jm-mot-badge' : 'jm-end-badge', 9);
            svg += text(b);
        }
        svg += '</g>';
        cardCache.set(c, { label, actors, svg });
        push(svg);
    }
    push('</g>');
    push('</svg>');
    return parts.join('');
}
