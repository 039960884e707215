import { BaselinePartPrefix, type SvgLeaf } from '@journey-maps/model';
import { polylines, rect, text } from './draw-primitives.js';
import type { MapGeometry } from './geometry.js';
import type { BaselineOption, BaselineStep, RemovedStep } from './place-baseline.js';
import { personaStyle, type ModelIndex } from './model-index.js';
import type { PartKeys } from './part-keys.js';
import { ref } from './refs.js';
import { attrs, escapeText } from './svg-writer.js';
import { measureText } from './text-measure.js';

/**
 * A map against its baseline, from the language core's comparison: each persona's baseline emotion
 * curve dashed under the current one (through the kept steps it had an emotion on), a "new"
 * mark on each added step's card, a better / worse mark on each kept step whose emotion changed,
 * and a ghost note on each stage that lost steps. Every part has class `jm-baseline`; a map
 * drawn without the option has none of them, and its stage bands no room for the notes.
 */

export type { BaselineOption, BaselineStep } from './place-baseline.js';

const MARK_FONT = 10;
const MARK_HEIGHT = 14;

/** Each persona's baseline curve (placed with the emotion lane, place-baseline.ts), dashed. */
export function baselineCurveParts(g: MapGeometry, ix: ModelIndex, keys: PartKeys): SvgLeaf[] {
    return g.baselineCurves.map(({ persona, lines }) => {
        const key = keys.unique(`${BaselinePartPrefix.curve}${persona}`);
        const cls = `jm-baseline jm-emo-baseline jm-ps${personaStyle(ix, persona).colour}`;
        return { key, svg: `<path${attrs({ class: cls, d: polylines(lines), 'data-lane': 'emotions', 'data-persona': persona, 'data-ref': ref('persona', persona), 'data-key': key })}/>` };
    });
}

/** The removed steps at their stage: a dashed ghost note under the stage's label (place-baseline.ts). */
export function removedNoteParts(g: MapGeometry, keys: PartKeys): SvgLeaf[] {
    return g.removedNotes.map((note) => {
        const key = keys.unique(`${BaselinePartPrefix.removed}${note.stageId}`);
        return {
            key,
            svg: `<g${attrs({ class: 'jm-baseline jm-removed', 'data-ref': ref('stage', note.stageId), 'data-removed': note.steps.map((s) => s.id).join(' '), 'data-key': key })}>`
                + `<title>${escapeText(`Removed since the baseline: ${note.steps.map(removedTitle).join(', ')}`)}</title>${rect(note.box, 'jm-removed-box', 4)}${text(note.text)}</g>`
        };
    });
}

/** A removed step in its note's tooltip: its label, and its id to find it by in the old file. */
function removedTitle(s: RemovedStep): string {
    return s.label === s.id ? s.id : `${s.label} (${s.id})`;
}

export function newStepMarkParts(g: MapGeometry, baseline: BaselineOption | undefined, keys: PartKeys): SvgLeaf[] {
    return cardMarkParts(g, baseline, (s) => (s.status === 'added' ? { prefix: BaselinePartPrefix.added, text: 'new', cls: 'jm-new', title: 'New since the baseline' } : undefined), keys);
}

/** On a kept step whose personas feel otherwise than in the baseline: which way, and by how much in its title. */
export function changedStepMarkParts(g: MapGeometry, baseline: BaselineOption | undefined, keys: PartKeys): SvgLeaf[] {
    return cardMarkParts(g, baseline, (s) => {
        const changes = s.status === 'kept' ? emotionChanges(s) : [];
        if (changes.length === 0) return undefined;
        const up = changes.every((c) => c.after > c.before);
        const down = changes.every((c) => c.after < c.before);
        const title = `Against the baseline: ${changes.map((c) => `${c.persona} ${signed(c.before)} → ${signed(c.after)}`).join(', ')}`;
        if (up) return { prefix: BaselinePartPrefix.changed, text: '▲ better', cls: 'jm-changed jm-better', title };
        if (down) return { prefix: BaselinePartPrefix.changed, text: '▼ worse', cls: 'jm-changed jm-worse', title };
        return { prefix: BaselinePartPrefix.changed, text: '▲▼ mixed', cls: 'jm-changed jm-mixed', title };
    }, keys);
}

interface CardMark {
    prefix: string;
    text: string;
    /** Classes of the mark's group: its badge and text are styled from them. */
    cls: string;
    title: string;
}

/** A small badge over the top-left corner of a step's card, for the steps `markOf` names. */
function cardMarkParts(g: MapGeometry, baseline: BaselineOption | undefined, markOf: (s: BaselineStep) => CardMark | undefined, keys: PartKeys): SvgLeaf[] {
    if (!baseline) return [];
    const cards = new Map(g.cards.map((c) => [c.stepId, c]));
    const parts: SvgLeaf[] = [];
    for (const s of baseline.steps) {
        const c = cards.get(s.step);
        const mark = c ? markOf(s) : undefined;
        if (!c || !mark) continue;
        const key = keys.unique(`${mark.prefix}${s.step}`);
        const width = Math.ceil(measureText(mark.text, MARK_FONT, true) + 10);
        const box = { x: c.x - 6, y: c.y - MARK_HEIGHT / 2, width, height: MARK_HEIGHT };
        parts.push({
            key,
            svg: `<g${attrs({ class: `jm-baseline ${mark.cls}`, 'data-ref': ref('step', s.step), 'data-key': key })}><title>${escapeText(mark.title)}</title>${rect(box, 'jm-mark-badge', MARK_HEIGHT / 2)}`
                + `<text${attrs({ class: 'jm-mark-text', x: box.x + width / 2, y: box.y + MARK_HEIGHT / 2 + MARK_FONT * 0.36, 'font-size': MARK_FONT, 'text-anchor': 'middle' })}>${escapeText(mark.text)}</text></g>`
        });
    }
    return parts;
}

/** The personas of a kept step whose emotion is known before and after and differs. */
function emotionChanges(s: BaselineStep): { persona: string; before: number; after: number }[] {
    return s.emotions.flatMap((e) => (e.before !== undefined && e.after !== undefined && e.before !== e.after ? [{ persona: e.persona, before: e.before, after: e.after }] : []));
}

function signed(n: number): string {
    return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0';
}
