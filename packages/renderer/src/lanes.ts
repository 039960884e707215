import type { ComparisonOperator, JourneyKind, JourneyModel, Step } from '@journey-maps/model';
import { personaStyle, type ModelIndex } from './model-index.js';
import { shortName } from './persona-order.js';
import type { PersonaStyle } from './persona-style.js';
import { ref } from './refs.js';
import { M } from './metrics.js';
import { wrapText } from './wrap.js';

/**
 * Lane content: what each lane shows for each step, as text blocks measured and wrapped to the
 * column width. Placement (y) is arithmetic in place-lanes.ts; nothing here goes to ELK.
 */

export type LaneId = (typeof ORDER_CURRENT)[number] | (typeof ORDER_BLUEPRINT)[number];

export interface LaneDef {
    id: LaneId;
    label: string;
    kind: 'items' | 'emotion' | 'line';
}

export interface ItemLine {
    text: string;
    fontSize: number;
    bold: boolean;
    cls: string;
}

export interface LaneItem {
    ref: string;
    persona?: string;
    cls: string;
    tooltip: string;
    /** Leading chip (the persona's marker) drawn left of the text. */
    chip?: PersonaStyle;
    lines: ItemLine[];
}

type TextLane = 'needs' | 'thinks' | 'pains' | 'opportunities' | 'frontstage' | 'backstage' | 'support' | 'evidence';

const LABELS: Record<LaneId, string> = {
    actors: 'Actors',
    touchpoints: 'Touchpoints & channels',
    emotions: 'Emotions',
    needs: 'Needs',
    thinks: 'Thinks & says',
    pains: 'Pains',
    opportunities: 'Opportunities',
    metrics: 'Metrics',
    owners: 'Owners',
    evidence: 'Evidence',
    'line-of-interaction': 'Line of interaction',
    frontstage: 'Frontstage',
    'line-of-visibility': 'Line of visibility',
    backstage: 'Backstage',
    support: 'Support processes'
};

const ORDER_CURRENT = ['actors', 'touchpoints', 'emotions', 'needs', 'thinks', 'pains', 'opportunities', 'metrics', 'owners', 'evidence', 'frontstage', 'backstage', 'support'] as const;
const ORDER_BLUEPRINT = ['actors', 'touchpoints', 'emotions', 'evidence', 'line-of-interaction', 'frontstage', 'line-of-visibility', 'backstage', 'support', 'needs', 'thinks', 'pains', 'opportunities', 'metrics', 'owners'] as const;

/** The lanes of each kind of map, top to bottom: a blueprint puts its own lanes high up. */
const LANE_ORDER: Record<JourneyKind, readonly LaneId[]> = {
    current: ORDER_CURRENT,
    future: ORDER_CURRENT,
    day: ORDER_CURRENT,
    blueprint: ORDER_BLUEPRINT
};

function fmtNumber(n: number): string {
    return String(Math.round(n * 1000) / 1000);
}

const OPS: Record<ComparisonOperator, string> = { '<': '<', '<=': '≤', '>': '>', '>=': '≥', '=': '=' };

/** What lane `lane` shows for one step (empty when nothing). */
export function itemsFor(lane: LaneId, step: Step, ix: ModelIndex): LaneItem[] {
    switch (lane) {
        case 'actors':
            return actorItems(step, ix);
        case 'touchpoints':
            return touchpointItems(step, ix);
        case 'metrics':
            return metricItems(step, ix);
        case 'owners':
            return ownerItems(step, ix);
        case 'emotions':
        case 'line-of-interaction':
        case 'line-of-visibility':
            // Drawn from the emotions themselves, or lines without items.
            return [];
        default:
            return textItems(step, lane);
    }
}

function actorItems(step: Step, ix: ModelIndex): LaneItem[] {
    return step.actors.map((p) => {
        const label = ix.personaLabel.get(p) ?? p;
        return {
            ref: ref('persona', p),
            persona: p,
            cls: 'jm-item',
            tooltip: label,
            chip: personaStyle(ix, p),
            lines: [{ text: shortName(label), fontSize: M.itemFont, bold: false, cls: 'jm-text' }]
        };
    });
}

/** The step's touchpoints, then the channels none of them already shows. */
function touchpointItems(step: Step, ix: ModelIndex): LaneItem[] {
    const out: LaneItem[] = [];
    const covered = new Set<string>();
    for (const t of step.touchpoints) {
        const tp = ix.touchpoints.get(t);
        const ch = tp ? ix.channels.get(tp.channel) : undefined;
        if (tp) covered.add(tp.channel);
        const sub = [ch ? `${ch.label} · ${ch.kind}` : tp?.channel, tp?.indirect ? 'indirect' : undefined].filter((s) => s).join(' · ');
        const owner = tp?.owner ? `Owner: ${ix.teams.get(tp.owner) ?? tp.owner}` : undefined;
        out.push({
            ref: ref('touchpoint', t),
            cls: tp?.indirect ? 'jm-item-indirect' : 'jm-item',
            tooltip: `${tp?.label ?? t}${sub ? ` (${sub})` : ''}${owner ? `. ${owner}` : ''}`,
            lines: [
                { text: `${ch?.kind === 'physical' ? '■' : '◆'} ${tp?.label ?? t}`, fontSize: M.itemFont, bold: true, cls: 'jm-text' },
                ...(sub ? [{ text: sub, fontSize: M.itemSubFont, bold: false, cls: 'jm-muted' }] : []),
                ...(owner ? [{ text: owner, fontSize: M.itemSubFont, bold: false, cls: 'jm-muted' }] : [])
            ]
        });
    }
    for (const c of step.channels) {
        if (covered.has(c)) continue;
        const ch = ix.channels.get(c);
        out.push({
            ref: ref('channel', c),
            cls: 'jm-item',
            tooltip: `${ch?.label ?? c} (${ch?.kind ?? 'channel'})`,
            lines: [
                { text: `${ch?.kind === 'physical' ? '■' : '◆'} ${ch?.label ?? c}`, fontSize: M.itemFont, bold: true, cls: 'jm-text' },
                { text: `${ch?.kind ?? ''} channel`.trim(), fontSize: M.itemSubFont, bold: false, cls: 'jm-muted' }
            ]
        });
    }
    return out;
}

function metricItems(step: Step, ix: ModelIndex): LaneItem[] {
    return step.metrics.map((m) => {
        const mt = ix.metrics.get(m);
        if (ix.metricsAreGoals) return targetItem(m, mt);
        const status = mt?.met === true ? 'met' : mt?.met === false ? 'missed' : 'unmeasured';
        const unit = mt?.unit ? ` ${mt.unit}` : '';
        const value = [
            mt?.actual !== undefined ? `${fmtNumber(mt.actual)}${unit}` : 'no value',
            mt?.target ? `target ${OPS[mt.target.op]} ${fmtNumber(mt.target.value)}` : undefined
        ]
            .filter((s) => s)
            .join(' · ');
        const mark = status === 'met' ? '✔ met' : status === 'missed' ? '✘ missed' : '– unmeasured';
        return {
            ref: ref('metric', m),
            cls: `jm-metric-${status}`,
            tooltip: `${mt?.label ?? m}: ${value} (${status})`,
            lines: [
                { text: mt?.label ?? m, fontSize: M.itemFont, bold: true, cls: 'jm-text' },
                { text: value, fontSize: M.itemSubFont, bold: false, cls: 'jm-muted' },
                { text: mark, fontSize: M.itemSubFont, bold: true, cls: `jm-metric-${status}-text` }
            ]
        };
    });
}

/**
 * A metric of a future-state map: its target is the goal and its `actual` today's value (spec:
 * "Comparing two journeys"), so it reads "target ≤ 20 % (today 41 %)", never as a miss.
 */
function targetItem(id: string, mt: JourneyModel['metrics'][number] | undefined): LaneItem {
    const unit = mt?.unit ? ` ${mt.unit}` : '';
    const today = mt?.actual !== undefined ? `today ${fmtNumber(mt.actual)}${unit}` : undefined;
    const value = mt?.target
        ? `target ${OPS[mt.target.op]} ${fmtNumber(mt.target.value)}${unit}${today ? ` (${today})` : ''}`
        : (today ?? 'no target');
    return {
        ref: ref('metric', id),
        cls: 'jm-metric-target',
        tooltip: `${mt?.label ?? id}: ${value} (goal of the future state)`,
        lines: [
            { text: mt?.label ?? id, fontSize: M.itemFont, bold: true, cls: 'jm-text' },
            { text: value, fontSize: M.itemSubFont, bold: false, cls: 'jm-muted' },
            { text: '◎ goal', fontSize: M.itemSubFont, bold: true, cls: 'jm-metric-target-text' }
        ]
    };
}

function ownerItems(step: Step, ix: ModelIndex): LaneItem[] {
    if (!step.owner) return [];
    const team = ix.teams.get(step.owner) ?? step.owner;
    return [{ ref: ref('team', step.owner), cls: 'jm-item', tooltip: `Owner: ${team}`, lines: [{ text: team, fontSize: M.itemFont, bold: false, cls: 'jm-text' }] }];
}

/** One item per text of a text lane (needs, pains, frontstage, …), each linked to its step; a pain's severity and an opportunity's impact and effort under its text. */
function textItems(step: Step, lane: TextLane): LaneItem[] {
    const stepRef = ref('step', step.id);
    const cls = lane === 'frontstage' || lane === 'backstage' || lane === 'support' ? 'jm-item-blueprint' : `jm-item-${lane}`;
    return laneTexts(step, lane).map(({ text, scale }) => ({
        ref: stepRef,
        cls,
        tooltip: scale ? `${text} (${scale})` : text,
        lines: [
            { text, fontSize: M.itemFont, bold: false, cls: 'jm-text' },
            ...(scale ? [{ text: scale, fontSize: M.itemSubFont, bold: false, cls: 'jm-muted' }] : [])
        ]
    }));
}

function laneTexts(step: Step, lane: TextLane): { text: string; scale?: string }[] {
    if (lane === 'pains') return step.pains.map((p) => ({ text: p.text, scale: p.severity !== undefined ? `severity ${p.severity} of 5` : undefined }));
    if (lane === 'opportunities') {
        return step.opportunities.map((o) => {
            const scale = [o.impact !== undefined ? `impact ${o.impact} of 5` : '', o.effort !== undefined ? `effort ${o.effort} of 5` : ''].filter((s) => s).join(' · ');
            return { text: o.text, scale: scale || undefined };
        });
    }
    return step[lane].map((text) => ({ text }));
}

/** Every lane a journey of this kind can draw, in order (placement leaves out the empty ones). */
export function laneDefs(kind: JourneyKind): LaneDef[] {
    return LANE_ORDER[kind].map((id) => ({
        id,
        label: LABELS[id],
        kind: id === 'line-of-interaction' || id === 'line-of-visibility' ? 'line' : id === 'emotions' ? 'emotion' : 'items'
    }));
}

/** Wrapped lines of an item, for the item's inner width. */
export function wrapItem(item: LaneItem, innerWidth: number) {
    return item.lines.map((l) => ({ line: l, wrapped: wrapText(l.text, innerWidth, l.fontSize, l.bold) }));
}
