/** Pure view-transform math for the preview: screen = content * scale + (x, y), in viewport pixels. */

export interface View {
    scale: number;
    x: number;
    y: number;
}

export interface Size {
    width: number;
    height: number;
}

export interface Rect extends Size {
    x: number;
    y: number;
}

export const MIN_SCALE = 0.1;
export const MAX_SCALE = 8;
export const ZOOM_STEP = 1.2;
/** The smallest zoom at which a card's 13 px label is still read without effort (about 10 px on screen). */
export const READABLE_SCALE = 0.8;
/**
 * Part of the viewport (per axis) the map keeps covering, however it is zoomed or panned: enough
 * that it is never lost, little enough that it rarely overrides zooming about the pointer.
 */
export const KEEP_IN_VIEW = 0.25;

export function clampScale(scale: number): number {
    if (!Number.isFinite(scale)) return 1;
    return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
}

/** Zooms by `factor` keeping the content point under (px, py) (viewport coordinates) fixed. */
export function zoomAt(view: View, factor: number, px: number, py: number): View {
    const scale = clampScale(view.scale * factor);
    const k = scale / view.scale;
    return { scale, x: px - (px - view.x) * k, y: py - (py - view.y) * k };
}

/** The view that fits content (w×h) into the viewport (vw×vh) with a margin, never above 100 %, top-aligned. */
export function fitView(w: number, h: number, vw: number, vh: number, margin = 16): View {
    if (w <= 0 || h <= 0 || vw <= 0 || vh <= 0) return { scale: 1, x: margin, y: margin };
    const scale = clampScale(Math.min((vw - 2 * margin) / w, (vh - 2 * margin) / h, 1));
    return { scale, x: Math.max(margin, (vw - w * scale) / 2), y: margin };
}

/**
 * The view a map opens at: the fitted one when its text is readable there, else the readable zoom
 * at the map's top-left corner, where the title and the first stage are.
 */
export function firstView(content: Size, viewport: Size, margin = 16): View {
    const fit = fitView(content.width, content.height, viewport.width, viewport.height, margin);
    if (fit.scale >= READABLE_SCALE || content.width <= 0 || content.height <= 0) return fit;
    return { scale: READABLE_SCALE, x: margin, y: margin };
}

export function pan(view: View, dx: number, dy: number): View {
    return { scale: view.scale, x: view.x + dx, y: view.y + dy };
}

/**
 * The nearest view that keeps the map covering at least `keep` of the viewport on each axis (all of
 * the map where it is smaller than that), so no zoom or pan can lose the map in empty space.
 */
export function constrainView(view: View, content: Size, viewport: Size, keep = KEEP_IN_VIEW): View {
    if (content.width <= 0 || content.height <= 0 || viewport.width <= 0 || viewport.height <= 0) return view;
    const axis = (offset: number, size: number, room: number): number => {
        const visible = Math.min(size, room * keep);
        return Math.min(room - visible, Math.max(visible - size, offset));
    };
    const x = axis(view.x, content.width * view.scale, viewport.width);
    const y = axis(view.y, content.height * view.scale, viewport.height);
    return x === view.x && y === view.y ? view : { scale: view.scale, x, y };
}

/**
 * Zooms by `factor` for the buttons and keys: about the centre of the part of the map in view
 * (the viewport's centre when the map fills it, the map's own centre after Fit), so the zoom grows
 * the map where the person is looking instead of pushing it away; the result keeps it in view.
 */
export function zoomAbout(view: View, factor: number, content: Size, viewport: Size): View {
    const centre = (offset: number, size: number, room: number): number => {
        const a = Math.max(0, offset);
        const b = Math.min(room, offset + size);
        return b > a ? (a + b) / 2 : Math.min(offset + size, Math.max(offset, room / 2));
    };
    const fx = centre(view.x, content.width * view.scale, viewport.width);
    const fy = centre(view.y, content.height * view.scale, viewport.height);
    return constrainView(zoomAt(view, factor, fx, fy), content, viewport);
}

/** A rectangle in viewport pixels (e.g. an element's client rect minus the viewport's origin) in content coordinates. */
export function screenToContent(view: View, rect: Rect): Rect {
    return {
        x: (rect.x - view.x) / view.scale,
        y: (rect.y - view.y) / view.scale,
        width: rect.width / view.scale,
        height: rect.height / view.scale
    };
}

/**
 * The view that scrolls the content rectangle (content coordinates) fully into the viewport with
 * `margin` pixels around it on both axes, moving as little as possible; unchanged when it already
 * is. A rectangle larger than the viewport shows its top-left corner.
 */
export function revealRect(view: View, rect: Rect, vw: number, vh: number, margin = 24): View {
    const axis = (start: number, length: number, room: number): number => {
        const m = Math.max(0, Math.min(margin, (room - length) / 2));
        if (length > room - 2 * m || start < m) return m - start;
        if (start + length > room - m) return room - m - (start + length);
        return 0;
    };
    const dx = axis(rect.x * view.scale + view.x, rect.width * view.scale, vw);
    const dy = axis(rect.y * view.scale + view.y, rect.height * view.scale, vh);
    return dx === 0 && dy === 0 ? view : pan(view, dx, dy);
}

/** Wheel delta → zoom factor (Ctrl+wheel and pinch), smooth for trackpads, bounded for mice. */
export function wheelFactor(deltaY: number, deltaMode: number): number {
    const px = deltaMode === 1 ? deltaY * 16 : deltaMode === 2 ? deltaY * 400 : deltaY;
    const bounded = Math.max(-100, Math.min(100, px));
    return Math.exp(-bounded / 300);
}
