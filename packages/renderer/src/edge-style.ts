/**
 * How wide an arrow is drawn: as wide as the share of the customers who take it, in steps of 20%
 * (`jm-share-0` … `jm-share-5`); an arrow without a share is drawn as `jm-edge` says. The theme
 * takes the widths from here, and label placement keeps clear of the stroke it draws.
 */

export const EDGE_WIDTH = 1.5;

/** The width step (0–5) of a share (0–100). */
export function shareLevel(share: number): number {
    return Math.round(Math.min(100, Math.max(0, share)) / 20);
}

export function shareStrokeWidth(level: number): number {
    return Math.round((EDGE_WIDTH + 0.9 * level) * 10) / 10;
}

/** The stroke width of an arrow with this share (or none). */
export function edgeStrokeWidth(share: number | undefined): number {
    return share === undefined ? EDGE_WIDTH : shareStrokeWidth(shareLevel(share));
}
