import { type View, fitView, pan, revealRect, wheelFactor, zoomAt, ZOOM_STEP } from './zoom-math.js';

/**
 * Zoom and pan of the map: a CSS transform on the stage element inside a clipping viewport.
 * Ctrl+wheel (and pinch) zooms about the pointer, wheel pans, dragging the background pans.
 */
export class ZoomPan {
    view: View = { scale: 1, x: 16, y: 16 };
    /** True while the view is the fitted one; cleared by any manual zoom or pan. */
    fitted = false;
    /** Set while a drag is in progress and for the click that ends it. */
    private dragged = false;

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
    }

    set(view: View, fitted = false): void {
        this.view = view;
        this.fitted = fitted;
        this.stage.style.transform = `translate(${view.x}px, ${view.y}px) scale(${view.scale})`;
        this.onChange(view, fitted);
    }

    zoomBy(factor: number): void {
        const r = this.viewport.getBoundingClientRect();
        this.set(zoomAt(this.view, factor, r.width / 2, r.height / 2));
    }

    zoomIn(): void { this.zoomBy(ZOOM_STEP); }
    zoomOut(): void { this.zoomBy(1 / ZOOM_STEP); }

    reset(): void {
        const r = this.viewport.getBoundingClientRect();
        this.set(zoomAt(this.view, 1 / this.view.scale, r.width / 2, r.height / 2));
    }

    fit(): void {
        const size = this.contentSize();
        const r = this.viewport.getBoundingClientRect();
        this.set(fitView(size.width, size.height, r.width, r.height), true);
    }

    /** Scrolls a content element into view (used by cursor → preview sync). */
    reveal(el: Element): void {
        const vr = this.viewport.getBoundingClientRect();
        const er = el.getBoundingClientRect();
        const s = this.view.scale;
        const rect = {
            x: (er.left - vr.left - this.view.x) / s,
            y: (er.top - vr.top - this.view.y) / s,
            width: er.width / s,
            height: er.height / s
        };
        const next = revealRect(this.view, rect, vr.width, vr.height);
        if (next !== this.view) this.set(next, this.fitted);
    }

    contentSize(): { width: number; height: number } {
        const svg = this.stage.querySelector('svg');
        if (!svg) return { width: 0, height: 0 };
        const vb = svg.viewBox?.baseVal;
        const w = svg.width?.baseVal?.value || vb?.width || 0;
        const h = svg.height?.baseVal?.value || vb?.height || 0;
        return { width: w, height: h };
    }

    private onWheel(e: WheelEvent): void {
        e.preventDefault();
        const r = this.viewport.getBoundingClientRect();
        if (e.ctrlKey || e.metaKey) {
            this.set(zoomAt(this.view, wheelFactor(e.deltaY, e.deltaMode), e.clientX - r.left, e.clientY - r.top));
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
