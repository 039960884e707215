import type { Box, Point, TextGeom } from './geometry.js';
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

export function polyline(points: Point[]): string {
    return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${num(p.x)} ${num(p.y)}`).join(' ');
}

/** The filled arrowhead at the last point of an edge, along its last segment. */
export function arrowHead(points: Point[]): string {
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
