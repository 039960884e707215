import type { PixelRect } from './png-encode.js';

/**
 * resvg 2.6.2 (the WebAssembly build we ship) panics when it draws a layer (an element with
 * `opacity`, as the edge-label backgrounds and every element the persona filter dims have) that
 * lies wholly outside the canvas: it unwraps an empty clip rectangle (fixed upstream, not released
 * in resvg-wasm). A viewBox that crops the map leaves such elements outside. So a cropped SVG is
 * drawn on a canvas large enough for all of its content, and the asked-for region is cut out.
 */

export interface Box {
    x: number;
    y: number;
    width: number;
    height: number;
}

/** How to draw an SVG whose content reaches past its canvas: the SVG with a root that shows it all, and the part to keep. */
export interface WidenedCanvas {
    svg: string;
    /** The whole canvas, in pixels. */
    width: number;
    height: number;
    /** The image asked for, inside that canvas. */
    crop: PixelRect;
}

/** Pixels kept round the content, so anti-aliased edges and resvg's own 2-pixel layer margin stay on the canvas. */
const MARGIN_PX = 4;

/** Content this close to the image's edge is on it: a rounding error, not a crop. */
const OVERFLOW_TOLERANCE_PX = 0.5;

const ROOT = /<svg\b[^>]*>/;

const rootAttr = (root: string, name: string): string | undefined => new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`).exec(root)?.[1];

/** The root's viewBox, or undefined when it has none or one that maps it in a way this does not follow. */
function rootViewBox(svg: string): Box | undefined {
    const root = ROOT.exec(svg)?.[0];
    if (!root) return undefined;
    const aspect = rootAttr(root, 'preserveAspectRatio')?.trim();
    if (aspect !== undefined && aspect !== 'none' && aspect !== 'xMidYMid' && aspect !== 'xMidYMid meet') return undefined;
    const numbers = rootAttr(root, 'viewBox')?.trim().split(/[\s,]+/).map(Number);
    if (!numbers || numbers.length !== 4 || numbers.some((n) => !Number.isFinite(n))) return undefined;
    const [x, y, width, height] = numbers as [number, number, number, number];
    return width > 0 && height > 0 ? { x, y, width, height } : undefined;
}

/** The SVG's root start tag with a new viewBox and size, drawn stretched onto it (the caller keeps the units' aspect). */
function withRoot(svg: string, viewBox: Box, width: number, height: number): string {
    return svg.replace(ROOT, (root) => {
        const rest = root.replace(/\s(?:viewBox|width|height|preserveAspectRatio)\s*=\s*"[^"]*"/g, '');
        return rest.replace(/^<svg\b/, `<svg viewBox="${viewBox.x} ${viewBox.y} ${viewBox.width} ${viewBox.height}" width="${width}" height="${height}" preserveAspectRatio="none"`);
    });
}

/**
 * How to draw `svg` on a `width` × `height` pixel image when its content (`content`, in user
 * units) reaches past the image: undefined when it does not (draw it as it is) or when the root
 * maps its viewBox in a way not followed here.
 */
export function widenedCanvas(svg: string, width: number, height: number, content: Box | undefined): WidenedCanvas | undefined {
    const view = rootViewBox(svg);
    if (!view || !content) return undefined;
    const stretched = rootAttr(ROOT.exec(svg)?.[0] ?? '', 'preserveAspectRatio')?.trim() === 'none';
    const kx = stretched ? width / view.width : Math.min(width / view.width, height / view.height);
    const ky = stretched ? height / view.height : kx;
    // The user-space rectangle the image covers (with `meet`, wider than the viewBox on one side).
    const x0 = view.x - (width - view.width * kx) / 2 / kx;
    const y0 = view.y - (height - view.height * ky) / 2 / ky;
    // How far the content reaches past each side of the image, in pixels.
    const overflow = [(x0 - content.x) * kx, (y0 - content.y) * ky, (content.x + content.width - x0) * kx - width, (content.y + content.height - y0) * ky - height];
    if (overflow.every((px) => px <= OVERFLOW_TOLERANCE_PX)) return undefined;
    const [left, top, right, bottom] = overflow.map((px) => (px > 0 ? Math.ceil(px + MARGIN_PX) : 0)) as [number, number, number, number];
    const canvas = { width: width + left + right, height: height + top + bottom };
    const viewBox = { x: x0 - left / kx, y: y0 - top / ky, width: canvas.width / kx, height: canvas.height / ky };
    return { svg: withRoot(svg, viewBox, canvas.width, canvas.height), ...canvas, crop: { x: left, y: top, width, height } };
}
