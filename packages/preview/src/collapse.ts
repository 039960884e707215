import { collapser, columnCuts, elbowPath, type Interval, mapPath, mapPoints, pathPoints } from './collapse-math.js';

/**
 * Closes up a drawn map around hidden lanes (their bands cut out across) and hidden steps (their
 * columns cut out down): what lies after a cut moves back, bands and lines spanning a cut shrink.
 * It only sets transforms and geometry attributes, keeping each original in a data-jm-o-* attribute,
 * so it can be applied again after any update (a patched element comes back with its own geometry)
 * and undone; it never adds or removes elements (the patch path counts them).
 */

export interface Cuts {
    /** Step ids whose columns close up. */
    steps: ReadonlySet<string>;
    /** Lane ids (data-lane of the lane rows) whose bands close up. */
    lanes: ReadonlySet<string>;
    /** Hidden lane items: the items below them in the same step's cell move up. */
    items?: ReadonlySet<Element>;
}

/** Elements that a cut reduced to nothing; hidden by the stylesheet. */
export const COLLAPSED = 'jm-collapsed';
/** The renderer's gutter beside the first and last column, and the gap between stacked lane items (metrics.ts). */
const GUTTER = 16;
const ITEM_GAP = 6;

export function collapseMap(svg: SVGSVGElement, cuts: Cuts): void {
    const was = svg.hasAttribute('data-jm-collapsed');
    const items = cuts.items ?? new Set<Element>();
    const any = cuts.steps.size > 0 || cuts.lanes.size > 0 || items.size > 0;
    if (!was && !any) return;
    svg.toggleAttribute('data-jm-collapsed', any);

    const cards = Array.from(svg.querySelectorAll<SVGGElement>('g.jm-step[data-ref^="step:"]')).map((g) => {
        const r = g.querySelector('rect');
        return { g, id: (g.getAttribute('data-ref') ?? '').slice(5), x: num(r, 'x'), width: num(r, 'width') };
    }).sort((a, b) => a.x - b.x);
    const fx = collapser(columnCuts(cards, cards.map((c) => cuts.steps.has(c.id)), GUTTER));
    const order = new Map(cards.map((c, i) => [c.id, i]));
    /** Whether every column strictly between two steps' columns closed up (and at least one did). */
    const neighbours = (from: string, to: string): boolean => {
        const a = order.get(from);
        const b = order.get(to);
        if (a === undefined || b === undefined || b - a < 2 || cuts.steps.has(from) || cuts.steps.has(to)) return false;
        return cards.slice(a + 1, b).every((c) => cuts.steps.has(c.id));
    };
    const rows = Array.from(svg.querySelectorAll<SVGGElement>('g.jm-lane-row'));
    const rowCuts: Interval[] = [];
    for (const row of rows) {
        if (!cuts.lanes.has(row.getAttribute('data-lane') ?? '')) continue;
        const y = Number(row.getAttribute('data-y'));
        rowCuts.push({ start: y, end: y + Number(row.getAttribute('data-height')) });
    }
    const fy = collapser(rowCuts);
    const shift = new Map(cards.map((c) => [c.id, fx(c.x) - c.x]));
    const stepShift = (el: Element): number => shift.get(el.getAttribute('data-step') ?? (el.getAttribute('data-ref') ?? '').slice(5)) ?? 0;

    const [, , width = 0, height = 0] = original(svg, 'viewBox').split(/[\s,]+/).map(Number);
    set(svg, 'viewBox', `0 0 ${round(fx(width))} ${round(fy(height))}`);
    for (const el of Array.from(svg.children)) {
        if (el.matches('rect.jm-bg')) {
            setNum(el, 'width', fx(num(el, 'width')));
            setNum(el, 'height', fy(num(el, 'height')));
        } else if (el.matches('rect.jm-mot-band')) {
            translate(el, stepShift(el), 0);
            const y = num(el, 'y');
            setNum(el, 'height', fy(y + num(el, 'height')) - fy(y));
        }
    }
    const seps = new Set<number>();
    const firstStageX = fx(num(svg.querySelector('g.jm-stages rect'), 'x'));
    for (const line of Array.from(svg.querySelectorAll(':scope > line.jm-stage-sep'))) {
        const x = fx(num(line, 'x1'));
        setNum(line, 'x1', x);
        setNum(line, 'x2', x);
        setNum(line, 'y2', fy(num(line, 'y2')));
        // A stage closed up to nothing leaves its separator on top of the next one (or the map's edge).
        line.classList.toggle(COLLAPSED, seps.has(Math.round(x)) || x <= firstStageX + 0.5);
        seps.add(Math.round(x));
    }
    for (const stage of Array.from(svg.querySelectorAll('g.jm-stages > g'))) {
        const r = stage.querySelector('rect');
        if (!r) continue;
        const x0 = num(r, 'x');
        const x1 = x0 + num(r, 'width');
        setNum(r, 'x', fx(x0));
        setNum(r, 'width', fx(x1) - fx(x0));
        for (const t of Array.from(stage.querySelectorAll('text'))) translate(t, fx(x0) - x0, 0);
        stage.classList.toggle(COLLAPSED, fx(x1) - fx(x0) < 1);
    }
    for (const row of rows) {
        const y = Number(row.getAttribute('data-y'));
        translate(row, 0, fy(y) - y);
        row.classList.toggle(COLLAPSED, cuts.lanes.has(row.getAttribute('data-lane') ?? ''));
        // Items stack down a step's cell: those below a hidden one move up into its place.
        const lifted = new Map<string, number>();
        for (const el of Array.from(row.children)) {
            if (el.localName === 'g' && el.hasAttribute('data-step')) {
                const step = el.getAttribute('data-step') ?? '';
                const up = lifted.get(step) ?? 0;
                if (items.has(el)) lifted.set(step, up + num(el.querySelector('rect'), 'height') + ITEM_GAP);
                translate(el, stepShift(el), -up);
            } else if (el.matches('rect.jm-lane, rect.jm-lane-alt')) {
                setNum(el, 'width', fx(num(el, 'x') + num(el, 'width')) - num(el, 'x'));
            } else if (el.localName === 'line') {
                setNum(el, 'x2', fx(num(el, 'x2')));
            } else if (el.localName === 'path') {
                set(el, 'd', mapPath(original(el, 'd'), fx, same));
            } else if (el.localName === 'g') {
                translate(el, stepShift(el), 0);
            }
        }
    }
    for (const g of Array.from(svg.querySelectorAll('g.jm-flow > g'))) {
        if (g.classList.contains('jm-step')) {
            translate(g, stepShift(g), 0);
            continue;
        }
        const [from = '', to = ''] = (g.getAttribute('data-ref') ?? '').slice('edge:'.length).split('->');
        const rejoin = neighbours(from, to);
        for (const el of Array.from(g.children)) {
            if (el.localName === 'path') {
                const d = mapPath(original(el, 'd'), fx, same);
                const points = pathPoints(d);
                const a = points[0];
                const b = points[points.length - 1];
                set(el, 'd', rejoin && a && b ? elbowPath(a, b) : d);
            } else if (el.localName === 'polygon') {
                set(el, 'points', mapPoints(original(el, 'points'), fx, same));
            }
        }
        const label = g.querySelector('rect');
        if (label) {
            const dx = fx(num(label, 'x')) - num(label, 'x');
            for (const el of Array.from(g.querySelectorAll('rect, text'))) translate(el, dx, 0);
        }
    }
}

const same = (v: number): number => v;

function round(n: number): number {
    return Math.round(n * 100) / 100;
}

function key(name: string): string {
    return `data-jm-o-${name.toLowerCase()}`;
}

/** The attribute's value as the renderer wrote it. */
function original(el: Element, name: string): string {
    return el.getAttribute(key(name)) ?? el.getAttribute(name) ?? '';
}

function num(el: Element | null, name: string): number {
    return el ? Number(original(el, name)) || 0 : 0;
}

/** Sets an attribute, remembering the original once; the original value restores it. */
function set(el: Element, name: string, value: string): void {
    const orig = original(el, name);
    if (value === orig) {
        el.removeAttribute(key(name));
    } else if (!el.hasAttribute(key(name))) {
        el.setAttribute(key(name), orig);
    }
    el.setAttribute(name, value);
}

function setNum(el: Element, name: string, value: number): void {
    const orig = original(el, name);
    set(el, name, Math.abs(Number(orig) - value) < 0.005 ? orig : String(round(value)));
}

function translate(el: Element, dx: number, dy: number): void {
    if (Math.abs(dx) < 0.005 && Math.abs(dy) < 0.005) el.removeAttribute('transform');
    else el.setAttribute('transform', `translate(${round(dx)} ${round(dy)})`);
}
