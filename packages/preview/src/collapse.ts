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

/** Where everything moves when the map closes up: the functions of the cuts. */
interface CloseUp {
    /** Old x → new x (columns cut out). */
    fx: (x: number) => number;
    /** Old y → new y (lane bands cut out). */
    fy: (y: number) => number;
    /** How far an element of a step (its card, or a lane item by data-step) moves along x. */
    stepShift: (el: Element) => number;
    /** Whether an arrow's two steps became neighbours: every column between them closed up (and at least one did). */
    rejoins: (from: string, to: string) => boolean;
}

export function collapseMap(svg: SVGSVGElement, cuts: Cuts): void {
    const was = svg.hasAttribute('data-jm-collapsed');
    const items = cuts.items ?? new Set<Element>();
    const any = cuts.steps.size > 0 || cuts.lanes.size > 0 || items.size > 0;
    if (!was && !any) return;
    svg.toggleAttribute('data-jm-collapsed', any);
    const rows = Array.from(svg.querySelectorAll<SVGGElement>('g.jm-lane-row'));
    const c = { ...columnClosing(svg, cuts.steps), fy: rowClosing(rows, cuts.lanes) };
    closeUpFrame(svg, c);
    closeUpStageSeparators(svg, c);
    closeUpStages(svg, c);
    for (const row of rows) closeUpLaneRow(row, c, cuts.lanes, items);
    for (const g of Array.from(svg.querySelectorAll('g.jm-flow > g'))) {
        if (g.classList.contains('jm-step')) translate(g, c.stepShift(g), 0);
        else closeUpEdge(g, c);
    }
}

/** The columns of the hidden steps cut out: the x mapping, each step's shift and which arrows rejoin. */
function columnClosing(svg: SVGSVGElement, steps: ReadonlySet<string>): Omit<CloseUp, 'fy'> {
    const cards = Array.from(svg.querySelectorAll<SVGGElement>('g.jm-step[data-ref^="step:"]')).map((g) => {
        const r = g.querySelector('rect');
        return { id: (g.getAttribute('data-ref') ?? '').slice(5), x: num(r, 'x'), width: num(r, 'width') };
    }).sort((a, b) => a.x - b.x);
    const fx = collapser(columnCuts(cards, cards.map((card) => steps.has(card.id)), GUTTER));
    const order = new Map(cards.map((card, i) => [card.id, i]));
    const shift = new Map(cards.map((card) => [card.id, fx(card.x) - card.x]));
    const rejoins = (from: string, to: string): boolean => {
        const a = order.get(from);
        const b = order.get(to);
        if (a === undefined || b === undefined || b - a < 2 || steps.has(from) || steps.has(to)) return false;
        return cards.slice(a + 1, b).every((card) => steps.has(card.id));
    };
    const stepShift = (el: Element): number => shift.get(el.getAttribute('data-step') ?? (el.getAttribute('data-ref') ?? '').slice(5)) ?? 0;
    return { fx, stepShift, rejoins };
}

/** The bands of the hidden lanes cut out: the y mapping. */
function rowClosing(rows: readonly SVGGElement[], lanes: ReadonlySet<string>): (y: number) => number {
    const rowCuts: Interval[] = [];
    for (const row of rows) {
        if (!lanes.has(row.getAttribute('data-lane') ?? '')) continue;
        const y = Number(row.getAttribute('data-y'));
        rowCuts.push({ start: y, end: y + Number(row.getAttribute('data-height')) });
    }
    return collapser(rowCuts);
}

/** The map's size, its background and the moment-of-truth bands (direct children of the root). */
function closeUpFrame(svg: SVGSVGElement, c: CloseUp): void {
    const [, , width = 0, height = 0] = original(svg, 'viewBox').split(/[\s,]+/).map(Number);
    set(svg, 'viewBox', `0 0 ${round(c.fx(width))} ${round(c.fy(height))}`);
    for (const el of Array.from(svg.children)) {
        if (el.matches('rect.jm-bg')) {
            setNum(el, 'width', c.fx(num(el, 'width')));
            setNum(el, 'height', c.fy(num(el, 'height')));
        } else if (el.matches('rect.jm-mot-band')) {
            translate(el, c.stepShift(el), 0);
            const y = num(el, 'y');
            setNum(el, 'height', c.fy(y + num(el, 'height')) - c.fy(y));
        }
    }
}

/** The dashed lines between stages move with their stage's start; one left on another (or the map's edge) is hidden. */
function closeUpStageSeparators(svg: SVGSVGElement, c: CloseUp): void {
    const seps = new Set<number>();
    const firstStageX = c.fx(num(svg.querySelector('g.jm-stages rect'), 'x'));
    for (const line of Array.from(svg.querySelectorAll(':scope > line.jm-stage-sep'))) {
        const x = c.fx(num(line, 'x1'));
        setNum(line, 'x1', x);
        setNum(line, 'x2', x);
        setNum(line, 'y2', c.fy(num(line, 'y2')));
        line.classList.toggle(COLLAPSED, seps.has(Math.round(x)) || x <= firstStageX + 0.5);
        seps.add(Math.round(x));
    }
}

/** The stage headers shrink to their remaining columns; one closed up to nothing is hidden. */
function closeUpStages(svg: SVGSVGElement, c: CloseUp): void {
    for (const stage of Array.from(svg.querySelectorAll('g.jm-stages > g'))) {
        const r = stage.querySelector('rect');
        if (!r) continue;
        const x0 = num(r, 'x');
        const x1 = x0 + num(r, 'width');
        setNum(r, 'x', c.fx(x0));
        setNum(r, 'width', c.fx(x1) - c.fx(x0));
        for (const t of Array.from(stage.querySelectorAll('text'))) translate(t, c.fx(x0) - x0, 0);
        stage.classList.toggle(COLLAPSED, c.fx(x1) - c.fx(x0) < 1);
    }
}

/** A lane row moves up past the cut bands above it; its items move with their steps, and up into hidden items' places. */
function closeUpLaneRow(row: SVGGElement, c: CloseUp, lanes: ReadonlySet<string>, items: ReadonlySet<Element>): void {
    const y = Number(row.getAttribute('data-y'));
    translate(row, 0, c.fy(y) - y);
    row.classList.toggle(COLLAPSED, lanes.has(row.getAttribute('data-lane') ?? ''));
    // Items stack down a step's cell: those below a hidden one move up into its place.
    const lifted = new Map<string, number>();
    for (const el of Array.from(row.children)) {
        if (el.localName === 'g' && el.hasAttribute('data-step')) {
            const step = el.getAttribute('data-step') ?? '';
            const up = lifted.get(step) ?? 0;
            if (items.has(el)) lifted.set(step, up + num(el.querySelector('rect'), 'height') + ITEM_GAP);
            translate(el, c.stepShift(el), -up);
        } else if (el.matches('rect.jm-lane, rect.jm-lane-alt')) {
            setNum(el, 'width', c.fx(num(el, 'x') + num(el, 'width')) - num(el, 'x'));
        } else if (el.localName === 'line') {
            setNum(el, 'x2', c.fx(num(el, 'x2')));
        } else if (el.localName === 'path') {
            set(el, 'd', mapPath(original(el, 'd'), c.fx, same));
        } else if (el.localName === 'g') {
            translate(el, c.stepShift(el), 0);
        }
    }
}

/** An arrow follows its ends (straight across as an elbow when its steps became neighbours); its label moves with it. */
function closeUpEdge(g: Element, c: CloseUp): void {
    const [from = '', to = ''] = (g.getAttribute('data-ref') ?? '').slice('edge:'.length).split('->');
    const rejoin = c.rejoins(from, to);
    for (const el of Array.from(g.children)) {
        if (el.localName === 'path') {
            const d = mapPath(original(el, 'd'), c.fx, same);
            const points = pathPoints(d);
            const a = points[0];
            const b = points[points.length - 1];
            set(el, 'd', rejoin && a && b ? elbowPath(a, b) : d);
        } else if (el.localName === 'polygon') {
            set(el, 'points', mapPoints(original(el, 'points'), c.fx, same));
        }
    }
    const label = g.querySelector('rect');
    if (label) {
        const dx = c.fx(num(label, 'x')) - num(label, 'x');
        for (const el of Array.from(g.querySelectorAll('rect, text'))) translate(el, dx, 0);
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
