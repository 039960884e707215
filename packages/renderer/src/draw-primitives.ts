import type { Box, Point, TextGeom } from './geometry.js';
import { markerOutline, type PersonaStyle } from './persona-style.js';
import { attrs, escapeAttr, escapeText, num } from './svg-writer.js';

/**
 * The SVG elements every section draws. Hot paths: class names and numbers are ours; user text
 * and ids only ever pass through svg-writer's escaping. `key` tags an element as a part of the
 * drawing (`data-key`, see @journey-maps/model svg-parts.ts).
 */

function keyAttr(key: string | undefined): string {
    return key !== undefined ? ` data-key="${escapeAttr(key)}"` : '';
}

export function text(t: TextGeom, key?: string): string {
    const ascent = t.fontSize * 0.93 + (t.lineHeight - t.fontSize) / 2;
    const x = num(t.box.x);
    let out = `<text class="${t.cls}" x="${x}" y="${num(t.box.y + ascent)}" font-size="${t.fontSize}"${t.bold ? ' font-weight="bold"' : ''}${keyAttr(key)}>`;
    if (t.lines.length === 1) out += escapeText(t.lines[0] ?? '');
    else for (let i = 0; i < t.lines.length; i++) out += `<tspan x="${x}" y="${num(t.box.y + ascent + i * t.lineHeight)}">${escapeText(t.lines[i] ?? '')}</tspan>`;
    return out + '</text>';
}

export function rect(b: Box, cls: string, rx = 0, ref?: string, key?: string): string {
    return `<rect class="${cls}" x="${num(b.x)}" y="${num(b.y)}" width="${num(b.width)}" height="${num(b.height)}"${rx ? ` rx="${rx}"` : ''}${ref !== undefined ? ` data-ref="${escapeAttr(ref)}"` : ''}${keyAttr(key)}/>`;
}

export function polyline(points: readonly Point[]): string {
    return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${num(p.x)} ${num(p.y)}`).join(' ');
}

/** The filled arrowhead at the last point of an edge, along its last segment. */
export function arrowHead(points: readonly Point[]): string {
    const a = points[points.length - 2];
    const b = points[points.length - 1];
    if (!a || !b) return '';
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.hypot(dx, dy) || 1;
    const ux = dx / len;
    const uy = dy / len;
    const l = 8;
    const w = 4;
    const p1 = `${num(b.x)},${num(b.y)}`;
    const p2 = `${num(b.x - ux * l - uy * w)},${num(b.y - uy * l + ux * w)}`;
    const p3 = `${num(b.x - ux * l + uy * w)},${num(b.y - uy * l - ux * w)}`;
    return `<polygon${attrs({ class: 'jm-arrow', points: `${p1} ${p2} ${p3}` })}/>`;
}

/** A persona's marker (persona-style.ts) centred on `c`: a circle, or a closed path of its shape. */
export function marker(style: PersonaStyle, c: Point, r: number, cls = ''): string {
    const classes = `jm-marker jm-pf${style.colour}${cls ? ` ${cls}` : ''}`;
    if (style.marker === 'circle') return `<circle class="${classes}" cx="${num(c.x)}" cy="${num(c.y)}" r="${num(r)}"/>`;
    const outline = markerOutline(style.marker, c, r);
    return `<path class="${classes}" d="${outline.map((p, i) => `${i === 0 ? 'M' : 'L'}${num(p.x)} ${num(p.y)}`).join(' ')} Z"/>`;
}

/** Several polylines as one path (one `M` each). */
export function polylines(lines: readonly Point[][]): string {
    return lines.filter((l) => l.length > 1).map((l) => polyline(l)).join(' ');
}
