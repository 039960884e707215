import type { View } from './zoom-math.js';

/**
 * The lane names, kept at the viewport's left edge while a wide map is scrolled sideways: an SVG
 * of its own beside the map (the map's element structure stays as the host sent it), with a copy
 * of each shown lane's title and band, following the map vertically. Vector like the map, so it
 * stays sharp at any zoom; at high zoom its text stops growing so the column never fills the pane.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
/** The widest the column may be, as a part of the viewport. */
const MAX_WIDTH = 0.3;

export class LaneTitles {
    private readonly overlay: SVGSVGElement;

    constructor(viewport: HTMLElement) {
        this.overlay = document.createElementNS(SVG_NS, 'svg');
        this.overlay.id = 'lane-titles';
        this.overlay.setAttribute('aria-hidden', 'true');
        this.overlay.style.display = 'none';
        viewport.append(this.overlay);
    }

    /** Redraws the column for the map's current lanes and the view; hidden while the map's own titles are in view. */
    update(svg: SVGSVGElement | null, view: View, viewport: { width: number; height: number }): void {
        const rows = svg ? shownLaneRows(svg) : [];
        const stageLeft = svg ? Number(svg.querySelector('g.jm-stages rect')?.getAttribute('x')) : 0;
        if (!svg || rows.length === 0 || view.x >= 0 || !(stageLeft > 0)) {
            if (this.overlay.style.display !== 'none') {
                this.overlay.style.display = 'none';
                this.overlay.replaceChildren();
            }
            return;
        }
        const vw = viewport.width;
        const vh = viewport.height;
        const textScale = Math.min(view.scale, (vw * MAX_WIDTH) / stageLeft);
        const width = stageLeft * textScale;
        const o = this.overlay;
        o.setAttribute('class', svg.getAttribute('class') ?? 'jm');
        const font = svg.getAttribute('font-family');
        if (font) o.setAttribute('font-family', font);
        o.setAttribute('width', String(Math.ceil(width)));
        o.setAttribute('height', String(vh));
        const parts: Element[] = [];
        let top = Infinity;
        let bottom = -Infinity;
        for (const { row, y, drawnY, height } of rows) {
            const sy = view.y + drawnY * view.scale;
            const sh = height * view.scale;
            if (sy > vh || sy + sh < 0) continue;
            top = Math.min(top, sy);
            bottom = Math.max(bottom, sy + sh);
            const band = row.querySelector(':scope > rect.jm-lane, :scope > rect.jm-lane-alt');
            const rect = document.createElementNS(SVG_NS, 'rect');
            rect.setAttribute('class', band?.getAttribute('class') ?? 'jm-bg');
            rect.setAttribute('x', '0');
            rect.setAttribute('y', String(sy));
            rect.setAttribute('width', String(width));
            rect.setAttribute('height', String(sh));
            parts.push(rect);
            const title = row.querySelector(':scope > text.jm-lane-title, :scope > text.jm-bp-line-text');
            if (title) {
                const text = title.cloneNode(true) as SVGTextElement;
                text.removeAttribute('transform');
                // Content (x, y) → (x·k, sy + (y − lane top)·k): the title keeps its place in its band
                // (its own coordinates are the lane's as drawn before any closing up).
                text.setAttribute('transform', `translate(0 ${sy - y * textScale}) scale(${textScale})`);
                parts.push(text);
            }
        }
        if (parts.length > 0) {
            const edge = document.createElementNS(SVG_NS, 'line');
            edge.setAttribute('class', 'jm-lane-titles-edge');
            edge.setAttribute('x1', String(width - 0.5));
            edge.setAttribute('x2', String(width - 0.5));
            edge.setAttribute('y1', String(top));
            edge.setAttribute('y2', String(bottom));
            parts.push(edge);
        }
        o.replaceChildren(...parts);
        o.style.display = parts.length > 0 ? '' : 'none';
    }
}

/** The lane rows drawn now: their band's top as the renderer placed it and as drawn now (after any closing up). */
function shownLaneRows(svg: SVGSVGElement): Array<{ row: Element; y: number; drawnY: number; height: number }> {
    const out: Array<{ row: Element; y: number; drawnY: number; height: number }> = [];
    for (const row of Array.from(svg.querySelectorAll('g.jm-lane-row[data-y]'))) {
        if (row.classList.contains('jm-lane-hidden') || row.classList.contains('jm-collapsed')) continue;
        const dy = /translate\(\s*[-\d.]+[\s,]+([-\d.]+)/.exec(row.getAttribute('transform') ?? '')?.[1];
        const y = Number(row.getAttribute('data-y'));
        out.push({ row, y, drawnY: y + Number(dy ?? 0), height: Number(row.getAttribute('data-height')) });
    }
    return out;
}
