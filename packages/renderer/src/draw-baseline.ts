import type { SvgLeaf } from '@journey-maps/model';
import { polylines, rect, text } from './draw-primitives.js';
import type { MapGeometry } from './geometry.js';
import type { BaselineOption } from './place-baseline.js';
import { personaStyle, type ModelIndex } from './model-index.js';
import type { PartKeys } from './part-keys.js';
import { ref } from './refs.js';
import { attrs, escapeText } from './svg-writer.js';
import { measureText } from './text-measure.js';

/**
 * A map against its baseline, from the language core's comparison: each persona's baseline emotion
 * curve dashed under the current one (through the kept steps it had an emotion on), a "new"
 * mark on each added step's card, and a ghost note on each stage that lost steps. Every part has class `jm-baseline`, so the preview can show or
 * hide the comparison without drawing the map again.
 */

export type { BaselineOption, BaselineStep } from './place-baseline.js';

const MARK_FONT = 10;
const MARK_HEIGHT = 14;

/** Each persona's baseline curve (placed with the emotion lane, place-baseline.ts), dashed. */
export function baselineCurveParts(g: MapGeometry, ix: ModelIndex, keys: PartKeys): SvgLeaf[] {
    return g.baselineCurves.map(({ persona, lines }) => {
        const key = keys.unique(`baseline:${persona}`);
        const cls = `jm-baseline jm-emo-baseline jm-ps${personaStyle(ix, persona).colour}`;
        return { key, svg: `<path${attrs({ class: cls, d: polylines(lines), 'data-lane': 'emotions', 'data-persona': persona, 'data-ref': ref('persona', persona), 'data-key': key })}/>` };
    });
}

/** The removed steps at their stage: a dashed ghost note under the stage's label (place-baseline.ts). */
export function removedNoteParts(g: MapGeometry, keys: PartKeys): SvgLeaf[] {
    return g.removedNotes.map((note) => {
        const key = keys.unique(`removed:${note.stageId}`);
        return {
            key,
            svg: `<g${attrs({ class: 'jm-baseline jm-removed', 'data-ref': ref('stage', note.stageId), 'data-removed': note.steps.join(' '), 'data-key': key })}>`
                + `<title>${escapeText(`Removed since the baseline: ${note.steps.join(', ')}`)}</title>${rect(note.box, 'jm-removed-box', 4)}${text(note.text)}</g>`
        };
    });
}

export function newStepMarkParts(g: MapGeometry, baseline: BaselineOption | undefined, keys: PartKeys): SvgLeaf[] {
    if (!baseline) return [];
    const cards = new Map(g.cards.map((c) => [c.stepId, c]));
    const parts: SvgLeaf[] = [];
    for (const s of baseline.steps) {
        const c = cards.get(s.step);
        if (s.status !== 'added' || !c) continue;
        const key = keys.unique(`new:${s.step}`);
        const width = Math.ceil(measureText('new', MARK_FONT, true) + 10);
        const box = { x: c.x - 6, y: c.y - MARK_HEIGHT / 2, width, height: MARK_HEIGHT };
        parts.push({
            key,
            svg: `<g${attrs({ class: 'jm-baseline jm-new', 'data-ref': ref('step', s.step), 'data-key': key })}>${rect(box, 'jm-new-badge', MARK_HEIGHT / 2)}`
                + `<text${attrs({ class: 'jm-new-text', x: box.x + width / 2, y: box.y + MARK_HEIGHT / 2 + MARK_FONT * 0.36, 'font-size': MARK_FONT, 'text-anchor': 'middle' })}>${escapeText('new')}</text></g>`
        });
    }
    return parts;
}
