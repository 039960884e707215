import type { JourneyModel, Step } from '@journey-maps/model';
import { M } from './metrics.js';
import { wrapText } from './wrap.js';

/**
 * Lane content: what each lane shows for each step, as text blocks measured and wrapped to the
 * column width. Placement (y) is arithmetic in layout-map.ts; nothing here goes to ELK.
 */

export interface LaneDef {
    id: string;
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
    /** Leading colour chip (persona index) drawn left of the text. */
    chip?: number;
    lines: ItemLine[];
}

export const TEXT_LANES = ['needs', 'thinks', 'pains', 'opportunities', 'frontstage', 'backstage', 'support', 'evidence'] as const;
type TextLane = (typeof TEXT_LANES)[number];

const LABELS: Record<string, string> = {
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

const ORDER_CURRENT = ['actors', 'touchpoints', 'emotions', 'needs', 'thinks', 'pains', 'opportunities', 'metrics', 'owners', 'evidence', 'frontstage', 'backstage', 'support'];
const ORDER_BLUEPRINT = ['actors', 'touchpoints', 'emotions', 'evidence', 'line-of-interaction', 'frontstage', 'line-of-visibility', 'backstage', 'support', 'needs', 'thinks', 'pains', 'opportunities', 'metrics', 'owners'];

export interface ModelIndex {
    personaIndex: Map<string, number>;
    personaLabel: Map<string, string>;
    channels: Map<string, JourneyModel['channels'][number]>;
    touchpoints: Map<string, JourneyModel['touchpoints'][number]>;
    teams: Map<string, string>;
    metrics: Map<string, JourneyModel['metrics'][number]>;
}

export function indexModel(model: JourneyModel): ModelIndex {
    const personaIndex = new Map<string, number>();
    for (const p of model.journey.personas) if (!personaIndex.has(p)) personaIndex.set(p, personaIndex.size);
    for (const p of model.personas) if (!personaIndex.has(p.id)) personaIndex.set(p.id, personaIndex.size);
    return {
        personaIndex,
        personaLabel: new Map(model.personas.map((p) => [p.id, p.label])),
        channels: new Map(model.channels.map((c) => [c.id, c])),
        touchpoints: new Map(model.touchpoints.map((t) => [t.id, t])),
        teams: new Map(model.teams.map((t) => [t.id, t.label])),
        metrics: new Map(model.metrics.map((m) => [m.id, m]))
    };
}

/** "Anna, 34, opens…" → "Anna": the part of a persona label before its first comma. */
export function shortPersona(label: string): string {
    const i = label.indexOf(',');
    return (i > 0 ? label.slice(0, i) : label).trim() || label;
}

function fmtNumber(n: number): string {
    return String(Math.round(n * 1000) / 1000);
}

const OPS: Record<string, string> = { '<': '<', '<=': '≤', '>': '>', '>=': '≥', '=': '=' };

/** What lane `lane` shows for one step (empty when nothing). */
export function itemsFor(lane: string, step: Step, ix: ModelIndex): LaneItem[] {
    const ref = `step:${step.id}`;
    switch (lane) {
        case 'actors':
            return step.actors.map((p) => {
                const label = ix.personaLabel.get(p) ?? p;
                return {
                    ref: `persona:${p}`,
                    persona: p,
                    cls: 'jm-item',
                    tooltip: label,
                    chip: ix.personaIndex.get(p) ?? 0,
                    lines: [{ text: shortPersona(label), fontSize: M.itemFont, bold: false, cls: 'jm-text' }]
                };
            });
        case 'touchpoints': {
            const out: LaneItem[] = [];
            const covered = new Set<string>();
            for (const t of step.touchpoints) {
                const tp = ix.touchpoints.get(t);
                const ch = tp ? ix.channels.get(tp.channel) : undefined;
                if (tp) covered.add(tp.channel);
                const sub = [ch ? `${ch.label} · ${ch.kind}` : tp?.channel, tp?.indirect ? 'indirect' : undefined].filter((s) => s).join(' · ');
                out.push({
                    ref: `touchpoint:${t}`,
                    cls: tp?.indirect ? 'jm-item-indirect' : 'jm-item',
                    tooltip: `${tp?.label ?? t}${sub ? ` (${sub})` : ''}`,
                    lines: [
                        { text: `${ch?.kind === 'physical' ? '■' : '◆'} ${tp?.label ?? t}`, fontSize: M.itemFont, bold: true, cls: 'jm-text' },
                        ...(sub ? [{ text: sub, fontSize: M.itemSubFont, bold: false, cls: 'jm-muted' }] : [])
                    ]
                });
            }
            for (const c of step.channels) {
                if (covered.has(c)) continue;
                const ch = ix.channels.get(c);
                out.push({
                    ref: `channel:${c}`,
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
        case 'metrics':
            return step.metrics.map((m) => {
                const mt = ix.metrics.get(m);
                const status = mt?.met === true ? 'met' : mt?.met === false ? 'missed' : 'unmeasured';
                const unit = mt?.unit ? ` ${mt.unit}` : '';
                const value = [
                    mt?.actual !== undefined ? `${fmtNumber(mt.actual)}${unit}` : 'no value',
                    mt?.target ? `target ${OPS[mt.target.op] ?? mt.target.op} ${fmtNumber(mt.target.value)}` : undefined
                ]
                    .filter((s) => s)
                    .join(' · ');
                const mark = status === 'met' ? '✔ met' : status === 'missed' ? '✘ missed' : '– unmeasured';
                return {
                    ref: `metric:${m}`,
                    cls: `jm-metric-${status}`,
                    tooltip: `${mt?.label ?? m}: ${value} (${status})`,
                    lines: [
                        { text: mt?.label ?? m, fontSize: M.itemFont, bold: true, cls: 'jm-text' },
                        { text: value, fontSize: M.itemSubFont, bold: false, cls: 'jm-muted' },
                        { text: mark, fontSize: M.itemSubFont, bold: true, cls: `jm-metric-${status}-text` }
                    ]
                };
            });
        case 'owners':
            return step.owner
                ? [
                      {
                          ref: `team:${step.owner}`,
                          cls: 'jm-item',
                          tooltip: `Owner: ${ix.teams.get(step.owner) ?? step.owner}`,
                          lines: [{ text: ix.teams.get(step.owner) ?? step.owner, fontSize: M.itemFont, bold: false, cls: 'jm-text' }]
                      }
                  ]
                : [];
        default: {
            const texts = laneTexts(step, lane as TextLane);
            const cls = lane === 'frontstage' || lane === 'backstage' || lane === 'support' ? 'jm-item-blueprint' : `jm-item-${lane}`;
            return texts.map((t) => ({ ref, cls, tooltip: t, lines: [{ text: t, fontSize: M.itemFont, bold: false, cls: 'jm-text' }] }));
        }
    }
}

function laneTexts(step: Step, lane: TextLane): string[] {
    if (lane === 'pains' || lane === 'opportunities') return step[lane].map((item) => item.text);
    return step[lane];
}

export interface LaneContent {
    def: LaneDef;
    /** Per column (step in file order; undefined for an empty stage's placeholder): its items. */
    cells: LaneItem[][];
}

/** Every lane a journey of this kind can draw, in order (buildLanes leaves out the empty ones). */
export function laneDefs(kind: JourneyModel['journey']['kind']): LaneDef[] {
    return (kind === 'blueprint' ? ORDER_BLUEPRINT : ORDER_CURRENT).map((id) => ({
        id,
        label: LABELS[id] ?? id,
        kind: id === 'line-of-interaction' || id === 'line-of-visibility' ? 'line' : id === 'emotions' ? 'emotion' : 'items'
    }));
}

/** The lanes this model draws, in order, leaving out empty ones. */
export function buildLanes(model: JourneyModel, steps: (Step | undefined)[], ix: ModelIndex): LaneContent[] {
    const out: LaneContent[] = [];
    for (const def of laneDefs(model.journey.kind)) {
        if (def.kind === 'line') {
            out.push({ def, cells: [] });
            continue;
        }
        if (def.kind === 'emotion') {
            if (steps.some((s) => s && s.emotions.length > 0)) out.push({ def, cells: [] });
            continue;
        }
        const cells = steps.map((s) => (s ? itemsFor(def.id, s, ix) : []));
        if (cells.some((c) => c.length > 0)) out.push({ def, cells });
    }
    return out;
}

/** Wrapped lines of an item, for the item's inner width. */
export function wrapItem(item: LaneItem, innerWidth: number) {
    return item.lines.map((l) => ({ line: l, wrapped: wrapText(l.text, innerWidth, l.fontSize, l.bold) }));
}
