/** Pure view-transform math for the preview: screen = content * scale + (x, y). */

export interface View {
    scale: number;
    x: number;
    y: number;
}

export const MIN_SCALE = 0.1;
export const MAX_SCALE = 8;
export const ZOOM_STEP = 1.2;

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

export function pan(view: View, dx: number, dy: number): View {
    return { scale: view.scale, x: view.x + dx, y: view.y + dy };
}

/**
 * The view that scrolls the content rectangle (content coordinates) into the viewport, moving as
 * little as possible; unchanged when it is already fully visible.
 */
export function revealRect(
    view: View,
    rect: { x: number; y: number; width: number; height: number },
    vw: number,
    vh: number,
    margin = 24
): View {
    const left = rect.x * view.scale + view.x;
    const top = rect.y * view.scale + view.y;
    const right = left + rect.width * view.scale;
    const bottom = top + rect.height * view.scale;
    let dx = 0;
    let dy = 0;
    if (right - left > vw - 2 * margin || left < margin) dx = margin - left;
    else if (right > vw - margin) dx = vw - margin - right;
    if (bottom - top > vh - 2 * margin || top < margin) dy = margin - top;
    else if (bottom > vh - margin) dy = vh - margin - bottom;
    return dx === 0 && dy === 0 ? view : pan(view, dx, dy);
}

/** Wheel delta → zoom factor (Ctrl+wheel and pinch), smooth for trackpads, bounded for mice. */
export function wheelFactor(deltaY: number, deltaMode: number): number {
    const px = deltaMode === 1 ? deltaY * 16 : deltaMode === 2 ? deltaY * 400 : deltaY;
    const bounded = Math.max(-100, Math.min(100, px));
    return Math.exp(-bounded / 300);
}
