import type { Point } from './geometry.js';

/**
 * How a persona is told apart on the map: colour, and besides colour (for readers who do not see
 * it, and for print in grey) a dash pattern of its emotion curve and a marker shape of its dots.
 * All three follow the persona's place in the persona order (persona-order.ts). The counts are
 * coprime, so personas past the palette's end still differ from the first ones in dash or marker.
 */

export const PERSONA_COLOURS = 8;

/** Marker shapes of a persona's dots (emotion points, actor chips, the legend). */
export const MARKERS = ['circle', 'square', 'diamond', 'triangle', 'triangle-down', 'plus', 'star'] as const;
export type MarkerShape = (typeof MARKERS)[number];

/** `stroke-dasharray` of a persona's emotion curve, for a 2.5 px line with round caps (`jm-pd<n>`). */
export const DASHES = ['none', '10 5', '0.1 5', '14 5 0.1 5', '5 4'] as const;

export interface PersonaStyle {
    /** `jm-pf<n>` (fill), `jm-ps<n>` (stroke), `jm-pt<n>` (text): the palette entry. */
    colour: number;
    /** `jm-pd<n>`: the dash pattern. */
    dash: number;
    marker: MarkerShape;
}

/** The style of the persona at `index` in the persona order. */
export function styleAt(index: number): PersonaStyle {
    const i = Math.max(0, index);
    return { colour: i % PERSONA_COLOURS, dash: i % DASHES.length, marker: MARKERS[i % MARKERS.length] as MarkerShape };
}

/**
 * The outline of a marker centred on `c`, as an SVG path (circles are drawn as <circle>). `r` is
 * the radius of the circle the shape stands in for; every shape covers about the circle's area,
 * so no persona's dots look heavier than another's.
 */
export function markerOutline(shape: Exclude<MarkerShape, 'circle'>, c: Point, r: number): Point[] {
    switch (shape) {
        case 'square':
            return polygon(c, r * 1.25, 4, Math.PI / 4);
        case 'diamond':
            return polygon(c, r * 1.3, 4, 0);
        case 'triangle':
            return polygon(c, r * 1.55, 3, -Math.PI / 2);
        case 'triangle-down':
            return polygon(c, r * 1.55, 3, Math.PI / 2);
        case 'plus':
            return plus(c, r * 1.3, r * 0.38);
        case 'star':
            return star(c, r * 1.45, r * 0.7, 5);
    }
}

/** A regular polygon of `n` corners on a circle of radius `R` round `c`, the first at `angle`. */
function polygon(c: Point, R: number, n: number, angle: number): Point[] {
    return Array.from({ length: n }, (_, k) => ({
        x: c.x + R * Math.cos(angle + (2 * Math.PI * k) / n),
        y: c.y + R * Math.sin(angle + (2 * Math.PI * k) / n)
    }));
}

/** A plus sign of arms reaching `R` from the centre, `t` thick on each side of its axis. */
function plus(c: Point, R: number, t: number): Point[] {
    const corners: [number, number][] = [[-t, -R], [t, -R], [t, -t], [R, -t], [R, t], [t, t], [t, R], [-t, R], [-t, t], [-R, t], [-R, -t], [-t, -t]];
    return corners.map(([x, y]) => ({ x: c.x + x, y: c.y + y }));
}

function star(c: Point, outer: number, inner: number, n: number): Point[] {
    return Array.from({ length: 2 * n }, (_, k) => {
        const R = k % 2 === 0 ? outer : inner;
        const a = -Math.PI / 2 + (Math.PI * k) / n;
        return { x: c.x + R * Math.cos(a), y: c.y + R * Math.sin(a) };
    });
}

/** How far a marker of radius `r` reaches from its centre (what a text must keep clear of). */
export function markerReach(shape: MarkerShape, r: number): number {
    if (shape === 'circle') return r;
    let reach = 0;
    for (const p of markerOutline(shape, { x: 0, y: 0 }, r)) reach = Math.max(reach, Math.hypot(p.x, p.y));
    return reach;
}
