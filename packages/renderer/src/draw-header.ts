import type { JourneyModel, SvgGroup, SvgLeaf } from '@journey-maps/model';
import { marker, rect, text } from './draw-primitives.js';
import type { MapGeometry } from './geometry.js';
import type { ModelIndex } from './model-index.js';
import type { PartKeys } from './part-keys.js';
import { ref } from './refs.js';
import { attrs, num, title } from './svg-writer.js';

/** The parts above the flow: the header, the persona legend and the stage headers. */

export function headerPart(model: JourneyModel, g: MapGeometry, keys: PartKeys): SvgLeaf {
    const key = keys.unique('header');
    let svg = `<g${attrs({ class: 'jm-header', 'data-ref': ref('journey', model.journey.id), 'data-key': key })}>`;
    for (const t of g.header) svg += text(t);
    return { key, svg: svg + '</g>' };
}

export function legendPart(g: MapGeometry, ix: ModelIndex, keys: PartKeys): SvgGroup {
    const key = keys.unique('legend');
    const parts = g.legend.map((l): SvgLeaf => {
        const k = keys.unique(`legend:${l.persona}`);
        const st = l.style;
        let svg = `<g${attrs({ class: `jm-persona-p${st.colour}`, 'data-ref': ref('persona', l.persona), 'data-persona': l.persona, 'data-key': k })}>${title(ix.personaLabel.get(l.persona) ?? l.persona)}`;
        svg += rect(l, 'jm-legend-box', 8);
        // The key: a stretch of the persona's curve, with its marker.
        svg += `<path${attrs({ class: `jm-emo-line jm-ps${st.colour} jm-pd${st.dash}`, d: `M${num(l.key.x)} ${num(l.key.y)} L${num(l.key.x + l.key.width)} ${num(l.key.y)}` })}/>`;
        svg += marker(st, { x: l.key.x + l.key.width / 2, y: l.key.y }, 5, 'jm-emo-point');
        svg += text(l.label);
        for (const d of l.details) svg += text(d);
        return { key: k, svg: svg + '</g>' };
    });
    return { key, head: `<g${attrs({ class: 'jm-legend', 'data-key': key })}>`, parts, tail: '</g>' };
}

export function stagesPart(model: JourneyModel, g: MapGeometry, keys: PartKeys): SvgGroup {
    const key = keys.unique('stages');
    const label = new Map<string, string>();
    for (const st of model.stages) if (!label.has(st.id)) label.set(st.id, st.label);
    const parts = g.stages.map((s, i): SvgLeaf => {
        const k = keys.unique(ref('stage', s.stageId));
        let svg = `<g${attrs({ 'data-ref': ref('stage', s.stageId), 'data-key': k })}>${title(label.get(s.stageId) ?? s.stageId)}`;
        svg += rect(s, i % 2 === 0 ? 'jm-stage' : 'jm-stage-alt', 4);
        svg += text(s.label);
        return { key: k, svg: svg + '</g>' };
    });
    return { key, head: `<g${attrs({ class: 'jm-stages', 'data-key': key })}>`, parts, tail: '</g>' };
}
