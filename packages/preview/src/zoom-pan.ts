import {
    constrainView, firstView, fitView, pan, revealRect, screenToContent, type Size, type View, wheelFactor, zoomAbout, zoomAt, ZOOM_STEP
} from './zoom-math.js';

/**
 * Zoom and pan of the map inside a clipping viewport. The zoom is the SVG's own size (its viewBox
 * drawn at scale × its content size), so the browser lays the vector out again and text stays
 * sharp; the stage is only translated (a scaled layer promoted with will-change would be a
 * stretched bitmap). Laying a large map out takes long, so while Ctrl+wheel or a pinch goes on
 * the stage scales the last layout (a transform, still drawn as vector) and the SVG is laid out
 * at the new size once the gesture rests. Ctrl+wheel zooms about the pointer, the buttons and keys
 * about the middle of what is in view; wheel and dragging the background pan; nothing leaves the
 * map out of view.
 */
export class ZoomPan {
    view: View = { scale: 1, x: 16, y: 16 };
    /** True while the view is the fitted one; cleared by any manual zoom or pan. */
    fitted = false;
    /** Set while a drag is in progress and for the click that ends it. */
    private dragged = false;
    /** The zoom the SVG is laid out at; the stage scales it by view.scale / laidScale meanwhile. */
    private laidScale = 1;
    private settle: ReturnType<typeof setTimeout> | undefined;
    /** The viewport's size, measured once per resize. */
    private viewportSize: Size | undefined;

    constructor(
        private readonly viewport: HTMLElement,
        private readonly stage: HTMLElement,
        private readonly onChange: (view: View, fitted: boolean) => void
    ) {
        viewport.addEventListener('wheel', (e) => this.onWheel(e), { passive: false });
        viewport.addEventListener('pointerdown', (e) => this.onPointerDown(e));
        // A click that ends a drag is not a click on a card.
        viewport.addEventListener('click', (e) => {
            if (this.dragged) {
                e.stopPropagation();
                e.preventDefault();
                this.dragged = false;
            }
        }, true);
        // Measured once per resize, so a burst of wheel events does not force a layout each; a
        // resized viewport refits a fitted map and keeps any other in view.
        new ResizeObserver(() => {
            this.viewportSize = undefined;
            if (this.svg()) this.contentChanged();
        }).observe(viewport);
    }

    /**
     * Shows `view` (kept in view unless `free`), sized on the current map; `gesture` for a step of
     * a continuous zoom, laid out when the gesture rests.
     */
    set(view: View, fitted = false, free = false, gesture = false): void {
        this.view = free ? view : constrainView(view, this.contentSize(), this.viewSize());
        this.fitted = fitted;
        clearTimeout(this.settle);
        if (gesture && this.laidOut()) this.settle = setTimeout(() => this.layOut(), 150);
        else this.layOut();
        this.onChange(this.view, fitted);
    }

    /** Lays the SVG out at the view's zoom, leaving the stage only translated. */
    private layOut(): void {
        const svg = this.svg();
        if (svg) {
            const size = this.contentSize();
            svg.style.width = `${size.width * this.view.scale}px`;
            svg.style.height = `${size.height * this.view.scale}px`;
            svg.dataset.laidScale = String(this.view.scale);
        }
        this.laidScale = this.view.scale;
        this.place();
    }

    private place(): void {
        const k = this.view.scale / this.laidScale;
        this.stage.style.transform = `translate(${this.view.x}px, ${this.view.y}px)${k === 1 ? '' : ` scale(${k})`}`;
    }

    /** Whether the shown SVG is laid out at laidScale (a new map is not laid out yet). */
    private laidOut(): boolean {
        return this.svg()?.dataset.laidScale === String(this.laidScale);
    }

    zoomBy(factor: number): void {
        this.set(zoomAbout(this.view, factor, this.contentSize(), this.viewSize()));
    }

    zoomIn(): void { this.zoomBy(ZOOM_STEP); }
    zoomOut(): void { this.zoomBy(1 / ZOOM_STEP); }

    /** 100 %. */
    reset(): void {
        this.zoomBy(1 / this.view.scale);
    }

    fit(): void {
        const size = this.contentSize();
        const vp = this.viewSize();
        this.set(fitView(size.width, size.height, vp.width, vp.height), true);
    }

    /** The view a map opens at: readable text, the title and the first stage in view. */
    first(): void {
        const size = this.contentSize();
        const vp = this.viewSize();
        const v = firstView(size, vp);
        const fit = fitView(size.width, size.height, vp.width, vp.height);
        this.set(v, v.scale === fit.scale && v.x === fit.x && v.y === fit.y);
    }

    /** The map's size or content changed (a new map, a filter closing it up): keep the view on it. */
    contentChanged(): void {
        if (this.fitted) this.fit();
        else this.set(this.view);
    }

    /** Scrolls a content element wholly into view, on both axes with a margin (cursor → preview sync). */
    reveal(el: Element): void {
        const vr = this.viewport.getBoundingClientRect();
        const er = el.getBoundingClientRect();
        // A card the persona filter hides has no box: nothing to scroll to.
        if (er.width === 0 && er.height === 0) return;
        const rect = screenToContent(this.view, { x: er.left - vr.left, y: er.top - vr.top, width: er.width, height: er.height });
        const next = revealRect(this.view, rect, vr.width, vr.height);
        if (next !== this.view) this.set(next, false, true);
    }

    /** The map's size in its own units: its viewBox (which a closed-up map shrinks). */
    contentSize(): Size {
        const svg = this.svg();
        if (!svg) return { width: 0, height: 0 };
        const vb = svg.viewBox?.baseVal;
        if (vb && vb.width > 0 && vb.height > 0) return { width: vb.width, height: vb.height };
        return { width: Number(svg.getAttribute('width')) || 0, height: Number(svg.getAttribute('height')) || 0 };
    }

    /** The viewport's size (cached between resizes). */
    viewSize(): Size {
        this.viewportSize ??= { width: this.viewport.clientWidth, height: this.viewport.clientHeight };
        return this.viewportSize;
    }

    private svg(): SVGSVGElement | null {
        return this.stage.querySelector(':scope > svg');
    }

    private onWheel(e: WheelEvent): void {
        e.preventDefault();
        // Measured now: the viewport's place in the page can move without it changing size.
        const r = this.viewport.getBoundingClientRect();
        if (e.ctrlKey || e.metaKey) {
            this.set(zoomAt(this.view, wheelFactor(e.deltaY, e.deltaMode), e.clientX - r.left, e.clientY - r.top), false, false, true);
        } else {
            const k = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? r.height : 1;
            const dx = (e.shiftKey && e.deltaX === 0 ? e.deltaY : e.deltaX) * k;
            const dy = (e.shiftKey && e.deltaX === 0 ? 0 : e.deltaY) * k;
            this.set(pan(this.view, -dx, -dy));
        }
    }

    private onPointerDown(e: PointerEvent): void {
        if (e.button !== 0 && e.button !== 1) return;
        const start = { x: e.clientX, y: e.clientY, view: this.view };
        let moved = false;
        const move = (ev: PointerEvent): void => {
            const dx = ev.clientX - start.x;
            const dy = ev.clientY - start.y;
            if (!moved && Math.hypot(dx, dy) < 4) return;
            if (!moved) {
                moved = true;
                this.viewport.setPointerCapture(e.pointerId);
                this.viewport.classList.add('jm-panning');
            }
            this.set(pan(start.view, dx, dy));
        };
        const up = (): void => {
            this.viewport.removeEventListener('pointermove', move);
            this.viewport.removeEventListener('pointerup', up);
            this.viewport.removeEventListener('pointercancel', up);
            this.viewport.classList.remove('jm-panning');
            this.dragged = moved;
        };
        this.viewport.addEventListener('pointermove', move);
        this.viewport.addEventListener('pointerup', up);
        this.viewport.addEventListener('pointercancel', up);
    }
}
