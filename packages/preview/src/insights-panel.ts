import type { InsightsView } from './protocol.js';

/**
 * The Insights side panel: what the language core's analysis says about the shown map, the
 * ranked hotspots with their reasons, the quick wins and the stage health. It draws what the
 * host sends (nothing is computed here); every entry names the drawn element it is about
 * (`data-ref`), so a click can highlight it on the map and reveal its source.
 */

export type PickRef = (ref: string) => void;

/** `against`: the version the comparison is with ("HEAD", Compare with Previous Version); without it, the baseline. */
export function renderInsightsPanel(panel: HTMLElement, insights: InsightsView | undefined, onPick: PickRef, against?: string): void {
    const doc = panel.ownerDocument;
    const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] => {
        const node = doc.createElement(tag);
        if (cls) node.className = cls;
        if (text !== undefined) node.textContent = text;
        return node;
    };
    const entry = (ref: string, title: string, detail: string[]): HTMLLIElement => {
        const li = el('li');
        const button = el('button', 'jm-insight');
        button.type = 'button';
        button.dataset.ref = ref;
        button.append(el('span', 'jm-insight-title', title));
        for (const line of detail) button.append(el('span', 'jm-insight-detail', line));
        button.addEventListener('click', () => onPick(ref));
        li.append(button);
        return li;
    };
    const section = (heading: string, items: HTMLLIElement[], empty: string): HTMLElement => {
        const box = el('section');
        box.append(el('h2', undefined, heading));
        if (items.length === 0) {
            box.append(el('p', 'jm-insight-empty', empty));
        } else {
            const list = el('ol');
            list.append(...items);
            box.append(list);
        }
        return box;
    };

    if (!insights) {
        keepUnchanged(panel, [el('p', 'jm-insight-empty', 'No insights while the map has errors.')]);
        return;
    }
    const drawn: Element[] = [
        section('Hotspots', insights.hotspots.map((h) => entry(`step:${h.step}`, `#${h.rank} ${h.label}`, [`score ${h.score}`, ...h.reasons.map((r) => r.message)])), 'No hotspots: nothing in this map hurts.'),
        section('Quick wins', insights.opportunities.map((o) => entry(`step:${o.step}`, `${o.rank}. ${o.text}`, [opportunityDetail(o)])), 'No opportunities written yet.'),
        section('Stage health', insights.stages.map((s) => entry(`stage:${s.id}`, s.label, stageDetail(s))), 'No stages.')
    ];
    const comparison = insights.comparison;
    if (comparison) {
        const stageLabel = new Map(insights.stages.map((s) => [s.id, s.label]));
        const { resolved, scoreBefore, scoreAfter } = comparison.hotspots;
        const items = [
            ...resolved.map((step) => entry(`step:${step}`, `resolved: ${step}`, [against ? `was a hotspot at ${against}` : 'was a hotspot in the baseline'])),
            ...comparison.hotspots.new.map((step) => entry(`step:${step}`, `new hotspot: ${step}`, [])),
            ...comparison.steps.flatMap((c) => changeEntry(c, stageLabel, entry))
        ];
        const box = section(against ? `Against ${against}` : 'Against the baseline', items, 'Nothing changed.');
        box.classList.add('jm-comparison');
        box.querySelector('h2')!.after(el('p', 'jm-insight-detail', `hotspot score ${round(scoreBefore)} → ${round(scoreAfter)}`));
        drawn.push(box);
    }
    keepUnchanged(panel, drawn);
}

/**
 * Makes `parent`'s children `next`, keeping every element already drawn the same: a label edit
 * changes one entry of a 200-step map's hundreds, and the browser then styles and lays out that
 * one instead of the whole panel (50 ms). Elements of the same tag and attributes whose children
 * are all elements are compared child by child; any other that differs is replaced whole (a kept
 * entry's click handler names the same data-ref, as its attributes are the same).
 */
function keepUnchanged(parent: Element, next: readonly Element[]): void {
    const current = Array.from(parent.childNodes);
    if (current.length !== next.length || current.some((n) => n.nodeType !== 1)) {
        parent.replaceChildren(...next);
        return;
    }
    next.forEach((want, i) => {
        const have = current[i] as Element;
        if (have.isEqualNode(want)) return;
        if (have.cloneNode(false).isEqualNode(want.cloneNode(false)) && want.childNodes.length > 0 && Array.from(want.childNodes).every((n) => n.nodeType === 1)) {
            keepUnchanged(have, Array.from(want.children));
        } else {
            have.replaceWith(want);
        }
    });
}

type Comparison = NonNullable<InsightsView['comparison']>;
type Entry = (ref: string, title: string, detail: string[]) => HTMLLIElement;

/** An added, removed or moved step, or a kept one whose emotion changed; nothing for a kept step that stayed the same. */
function changeEntry(c: Comparison['steps'][number], stageLabel: Map<string, string>, entry: Entry): HTMLLIElement[] {
    const stage = stageLabel.get(c.stage) ?? c.stage;
    if (c.status === 'added') return [entry(`step:${c.step}`, `new: ${c.step}`, [`in ${stage}`])];
    if (c.status === 'removed') return [entry(`stage:${c.stage}`, `removed: ${c.step}`, [`was in ${stage}`])];
    const changes = c.emotions.filter((e) => e.before !== undefined && e.after !== undefined && e.before !== e.after);
    const moved = c.movedFrom !== undefined ? [`moved from ${stageLabel.get(c.movedFrom) ?? c.movedFrom}`] : [];
    if (changes.length === 0 && moved.length === 0) return [];
    const lines = changes.map((e) => `${e.persona} ${signed(e.before!)} → ${signed(e.after!)} (${e.after! > e.before! ? 'better' : 'worse'})`);
    const verdict = changes.every((e) => e.after! > e.before!) ? 'improved' : changes.every((e) => e.after! < e.before!) ? 'worsened' : 'changed';
    return [entry(`step:${c.step}`, `${changes.length ? verdict : 'kept'}: ${c.step}`, [...moved, ...lines])];
}

function opportunityDetail(o: InsightsView['opportunities'][number]): string {
    const impact = o.impact !== undefined ? `impact ${o.impact}` : 'impact ?';
    const effort = o.effort !== undefined ? `effort ${o.effort}` : 'effort ?';
    return `${impact} · ${effort} · value ${round(o.value)}`;
}

function stageDetail(s: InsightsView['stages'][number]): string[] {
    const emotions = Object.entries(s.emotion).map(([persona, value]) => `${persona} ${value === null ? '–' : signed(round(value))}`);
    const counts = [`score ${round(s.score)}`, plural(s.pains, 'pain'), `${s.unaddressedPains} without an opportunity`, plural(s.missedMetrics, 'missed metric')];
    return [counts.join(' · '), ...(emotions.length ? [`emotion: ${emotions.join(', ')}`] : [])];
}

function round(n: number): number {
    return Math.round(n * 10) / 10;
}

function signed(n: number): string {
    return n > 0 ? `+${n}` : String(n);
}

function plural(n: number, word: string): string {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Marks the panel's entries about `ref` as selected, so the panel and the map agree on what is picked. */
export function markInsight(panel: HTMLElement, ref: string | null): void {
    for (const b of Array.from(panel.querySelectorAll('.jm-insight'))) {
        b.classList.toggle('jm-insight-selected', ref !== null && (b as HTMLElement).dataset.ref === ref);
    }
}
