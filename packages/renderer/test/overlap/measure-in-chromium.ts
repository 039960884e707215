import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { rasterAssetFiles } from '../../src/png.js';
import type { Drawn } from './overlap-geometry.js';

/**
 * Measures a rendered map the way a reader sees it: the SVG is laid out by headless Chromium
 * with the DejaVu Sans faces the renderer measures text with (loaded into the page, so the
 * machine's fonts do not matter), and every text line, dot and line is read back in map units.
 */

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'];

/** One browser for a test file; a missing Chromium is an error that says how to install it. */
export async function launchChromium(executablePath = CHROMIUM): Promise<Browser> {
    if (!existsSync(executablePath)) {
        throw new Error(`Chromium is not installed at ${executablePath}, and the overlap test measures maps in it: `
            + 'install it with `apt-get install -y chromium` (CI\'s .ci/run does), or set CHROMIUM_PATH.');
    }
    return chromium.launch({ executablePath, args: FLAGS });
}

const FACES = [
    { file: 'DejaVuSans.ttf', weight: 'normal', style: 'normal' },
    { file: 'DejaVuSans-Bold.ttf', weight: 'bold', style: 'normal' },
    { file: 'DejaVuSans-Oblique.ttf', weight: 'normal', style: 'italic' },
    { file: 'DejaVuSans-BoldOblique.ttf', weight: 'bold', style: 'italic' }
];

/** A blank page with the renderer's fonts loaded; measure many maps in it, one after another. */
export async function openMeasuringPage(browser: Browser): Promise<Page> {
    const page = await browser.newPage();
    const require = createRequire(import.meta.url);
    const fonts = rasterAssetFiles().fonts;
    const css = FACES.map(({ file, weight, style }) => {
        const spec = fonts.find((f) => f.endsWith(`/${file}`));
        if (!spec) throw new Error(`png-assets.json has no ${file}`);
        const data = readFileSync(require.resolve(spec)).toString('base64');
        return `@font-face { font-family: 'DejaVu Sans'; font-weight: ${weight}; font-style: ${style}; src: url(data:font/ttf;base64,${data}) format('truetype'); }`;
    }).join('\n');
    await page.setContent(`<!doctype html><html><head><style>${css}\nhtml, body { margin: 0; }</style></head><body></body></html>`);
    const loaded = await page.evaluate(async (faces) => {
        await Promise.all(faces.map((f) => document.fonts.load(`${f.style} ${f.weight} 12px 'DejaVu Sans'`)));
        return [...document.fonts].filter((f) => f.status === 'loaded').length;
    }, FACES);
    if (loaded !== FACES.length) throw new Error(`only ${loaded} of the ${FACES.length} DejaVu Sans faces loaded in Chromium`);
    return page;
}

/**
 * Puts the SVG in the page and reads back, in map units: every `<text>` (a box per `<tspan>` line),
 * every dot (circles and persona markers), every flow edge (its path and arrowhead, by the edge's data-ref) and every emotion
 * curve, each named by its data-ref (plus data-step and data-persona where the ref alone is shared).
 */
export async function measureSvg(page: Page, svg: string): Promise<Drawn[]> {
    return page.evaluate((markup: string): Drawn[] => {
        const parsed = new DOMParser().parseFromString(markup, 'image/svg+xml');
        const error = parsed.querySelector('parsererror');
        if (error) throw new Error(`the SVG does not parse: ${error.textContent ?? ''}`);
        const root = document.importNode(parsed.documentElement, true) as unknown as SVGSVGElement;
        document.body.replaceChildren(root);
        const toMap = root.getScreenCTM()!.inverse();
        const mapPoint = (el: SVGGraphicsElement, x: number, y: number) => {
            const p = new DOMPoint(x, y).matrixTransform(toMap.multiply(el.getScreenCTM()!));
            return { x: p.x, y: p.y };
        };
        const mapBox = (r: DOMRect) => {
            const a = new DOMPoint(r.left, r.top).matrixTransform(toMap);
            const b = new DOMPoint(r.right, r.bottom).matrixTransform(toMap);
            return { x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y };
        };
        const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
        const nameOf = (el: Element): string => {
            const owner = el.closest('[data-ref]');
            if (!owner) {
                const lane = el.closest('[data-lane]')?.getAttribute('data-lane');
                return lane ? `lane:${lane}` : (el.getAttribute('class') ?? el.tagName);
            }
            const ref = owner.getAttribute('data-ref')!;
            const step = owner.getAttribute('data-step');
            const persona = owner.getAttribute('data-persona');
            return ref + (step && ref !== `step:${step}` ? `@${step}` : '') + (persona && ref !== `persona:${persona}` ? `/${persona}` : '');
        };
        const trace = (path: SVGGeometryElement): { x: number; y: number }[][] => {
            // Straight runs (absolute M and L, all the renderer writes today) exactly, by their corners;
            // anything else by a point every map unit, close enough for a 1-unit tolerance.
            const d = path.getAttribute('d') ?? '';
            if (/^[\sML0-9.,eE+-]*$/.test(d)) {
                const polylines: { x: number; y: number }[][] = [];
                for (const [, command, coordinates] of d.matchAll(/([ML])([^ML]*)/g)) {
                    const n = (coordinates!.match(/[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/g) ?? []).map(Number);
                    if (command === 'M' || polylines.length === 0) polylines.push([]);
                    for (let i = 0; i + 1 < n.length; i += 2) polylines[polylines.length - 1]!.push(mapPoint(path, n[i]!, n[i + 1]!));
                }
                return polylines;
            }
            const length = path.getTotalLength();
            const points = [];
            for (let s = 0; s < length; s += 1) {
                const p = path.getPointAtLength(s);
                points.push(mapPoint(path, p.x, p.y));
            }
            const end = path.getPointAtLength(length);
            points.push(mapPoint(path, end.x, end.y));
            return [points];
        };
        const strokeWidth = (el: Element) => parseFloat(getComputedStyle(el).strokeWidth) || 1;
        const drawn: Drawn[] = [];
        for (const t of Array.from(root.querySelectorAll('text'))) {
            if (!shown(t)) continue;
            const spans = Array.from(t.querySelectorAll('tspan'));
            const parts = spans.length > 0 ? spans : [t];
            const lines = parts.map((p) => mapBox(p.getBoundingClientRect())).filter((b) => b.width > 0 && b.height > 0);
            const text = (spans.length > 0 ? spans.map((s) => s.textContent ?? '').join(' ') : t.textContent ?? '').trim();
            const edgeRef = t.classList.contains('jm-edge-label') ? t.closest('[data-ref^="edge:"]')?.getAttribute('data-ref') : undefined;
            drawn.push({ kind: 'text', id: nameOf(t), text, lines, ...(edgeRef ? { edge: edgeRef } : {}) });
        }
        // Dots: circles, and the persona markers of other shapes, as the circle round their box.
        for (const c of Array.from(root.querySelectorAll('circle, .jm-marker'))) {
            if (!shown(c)) continue;
            const b = mapBox(c.getBoundingClientRect());
            drawn.push({ kind: 'dot', id: nameOf(c), cx: b.x + b.width / 2, cy: b.y + b.height / 2, r: Math.max(b.width, b.height) / 2 });
        }
        const edges = new Map<string, { polylines: { x: number; y: number }[][]; width: number }>();
        for (const el of Array.from(root.querySelectorAll<SVGGeometryElement>('path.jm-edge, path.jm-edge-back, polygon.jm-arrow'))) {
            if (!shown(el)) continue;
            const id = nameOf(el);
            const e = edges.get(id) ?? { polylines: [], width: 0 };
            if (el instanceof SVGPolygonElement) e.polylines.push([...Array.from(el.points), el.points[0]!].map((p) => mapPoint(el, p.x, p.y)));
            else e.polylines.push(...trace(el));
            // The arrowhead is a filled shape: its outline has no stroke of its own.
            if (!(el instanceof SVGPolygonElement)) e.width = Math.max(e.width, strokeWidth(el));
            edges.set(id, e);
        }
        for (const [id, e] of edges) drawn.push({ kind: 'edge', id, polylines: e.polylines, width: e.width });
        // A persona's emotion curve, and its baseline's (dashed) when the map is compared.
        for (const p of Array.from(root.querySelectorAll<SVGPathElement>('path.jm-emo-line, path.jm-emo-baseline'))) {
            if (!shown(p)) continue;
            drawn.push({ kind: 'curve', id: nameOf(p), polylines: trace(p), width: strokeWidth(p) });
        }
        return drawn;
    }, svg);
}
