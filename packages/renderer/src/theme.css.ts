import { EDGE_WIDTH, shareStrokeWidth } from './edge-style.js';
import { DASHES, PERSONA_COLOURS } from './persona-style.js';

/**
 * The map's stylesheet. Every colour is a CSS custom property (`--jm-*`) with light defaults and
 * dark / high-contrast variants, so the webview can map them to VS Code theme colours, e.g.
 * `svg.jm { --jm-card-bg: var(--vscode-editorWidget-background); }`.
 *
 * Theme selection, strongest first:
 * - root class `jm-theme-light|dark|hc|hc-light` (render option `theme`) fixes the theme;
 * - with `jm-theme-auto` (the default): an ancestor class `vscode-light|vscode-dark|vscode-high-contrast|
 *   vscode-high-contrast-light` (VS Code puts these on the webview's <body>), else
 *   `prefers-color-scheme`.
 */

export type ThemeName = 'light' | 'dark' | 'high-contrast' | 'high-contrast-light';
export type ThemeOption = ThemeName | 'auto';

type Vars = Record<string, string>;

const LIGHT: Vars = {
    bg: '#ffffff',
    fg: '#1f2933',
    muted: '#5b6670',
    'header-bg': '#ffffff',
    'stage-bg': '#e8eef7',
    'stage-alt-bg': '#dfe7f3',
    'stage-fg': '#1d3557',
    'stage-border': '#b8c7dd',
    'card-bg': '#ffffff',
    'card-border': '#8fa3bf',
    'card-fg': '#1f2933',
    'mot': '#c2410c',
    'mot-fg': '#ffffff',
    'mot-band': 'rgba(234, 88, 12, 0.07)',
    heat: '#dc2626',
    'rank-bg': '#b91c1c',
    'rank-fg': '#ffffff',
    'end': '#374151',
    'end-fg': '#ffffff',
    edge: '#52606d',
    'edge-label-bg': '#ffffff',
    'lane-bg': '#f7f9fb',
    'lane-alt-bg': '#eef2f6',
    'lane-title': '#3e4c59',
    grid: '#d3dae3',
    'axis-zero': '#9aa5b1',
    'item-bg': '#ffffff',
    'item-border': '#c5ced8',
    'need-bg': '#e0f2fe',
    'thinks-bg': '#f3e8ff',
    'pain-bg': '#fee2e2',
    'pain-border': '#f87171',
    'opportunity-bg': '#dcfce7',
    'opportunity-border': '#4ade80',
    'blueprint-bg': '#fefce8',
    'evidence-bg': '#fff7ed',
    'metric-met': '#15803d',
    'metric-missed': '#b91c1c',
    'metric-unmeasured': '#6b7280',
    'metric-met-bg': '#dcfce7',
    'metric-missed-bg': '#fee2e2',
    'metric-unmeasured-bg': '#f3f4f6',
    'line': '#1d3557',
    // Chosen so that every two stay apart (CIE ΔE ≥ 13) for protan, deutan and tritan readers as
    // well (test/persona-style.test.ts); the order puts the most distinct first, since most maps
    // follow two or three personas.
    'persona-0': '#0068c9',
    'persona-1': '#d17a00',
    'persona-2': '#0b7d55',
    'persona-3': '#cf3f86',
    'persona-4': '#55b0ea',
    'persona-5': '#5a2d91',
    'persona-6': '#a0522d',
    'persona-7': '#4b5563'
};

const DARK: Vars = {
    ...LIGHT,
    bg: '#1e1e1e',
    fg: '#e5e7eb',
    muted: '#9ca3af',
    'header-bg': '#1e1e1e',
    'stage-bg': '#27354a',
    'stage-alt-bg': '#22304a',
    'stage-fg': '#dbe7ff',
    'stage-border': '#3b4d68',
    'card-bg': '#2a2d33',
    'card-border': '#5f6f86',
    'card-fg': '#f3f4f6',
    mot: '#fb923c',
    'mot-fg': '#1e1e1e',
    'mot-band': 'rgba(251, 146, 60, 0.09)',
    heat: '#f87171',
    'rank-bg': '#dc2626',
    'rank-fg': '#ffffff',
    end: '#d1d5db',
    'end-fg': '#1e1e1e',
    edge: '#aab4c0',
    'edge-label-bg': '#1e1e1e',
    'lane-bg': '#232529',
    'lane-alt-bg': '#2a2c31',
    'lane-title': '#c9d1d9',
    grid: '#3a3f47',
    'axis-zero': '#6b7280',
    'item-bg': '#2f3238',
    'item-border': '#4b5563',
    'need-bg': '#0c3a52',
    'thinks-bg': '#3b2458',
    'pain-bg': '#4c1d1d',
    'pain-border': '#f87171',
    'opportunity-bg': '#14432a',
    'opportunity-border': '#4ade80',
    'blueprint-bg': '#3a3514',
    'evidence-bg': '#45300f',
    'metric-met': '#4ade80',
    'metric-missed': '#f87171',
    'metric-unmeasured': '#9ca3af',
    'metric-met-bg': '#14432a',
    'metric-missed-bg': '#4c1d1d',
    'metric-unmeasured-bg': '#2f3238',
    line: '#93c5fd',
    'persona-0': '#4a90f0',
    'persona-1': '#f5a524',
    'persona-2': '#30c48a',
    'persona-3': '#ff7ab8',
    'persona-4': '#bdeaff',
    'persona-5': '#ada1e8',
    'persona-6': '#c8643c',
    'persona-7': '#eeeeba'
};

const HC: Vars = {
    ...DARK,
    bg: '#000000',
    fg: '#ffffff',
    muted: '#ffffff',
    'header-bg': '#000000',
    'stage-bg': '#000000',
    'stage-alt-bg': '#000000',
    'stage-fg': '#ffffff',
    'stage-border': '#6fc3df',
    'card-bg': '#000000',
    'card-border': '#6fc3df',
    'card-fg': '#ffffff',
    mot: '#f38518',
    'mot-fg': '#000000',
    'mot-band': 'rgba(0, 0, 0, 0)',
    heat: '#ff0000',
    'rank-bg': '#ff0000',
    'rank-fg': '#ffffff',
    end: '#ffffff',
    'end-fg': '#000000',
    edge: '#ffffff',
    'edge-label-bg': '#000000',
    'lane-bg': '#000000',
    'lane-alt-bg': '#000000',
    'lane-title': '#ffffff',
    grid: '#6fc3df',
    'axis-zero': '#ffffff',
    'item-bg': '#000000',
    'item-border': '#6fc3df',
    'need-bg': '#000000',
    'thinks-bg': '#000000',
    'pain-bg': '#000000',
    'opportunity-bg': '#000000',
    'blueprint-bg': '#000000',
    'evidence-bg': '#000000',
    'metric-met-bg': '#000000',
    'metric-missed-bg': '#000000',
    'metric-unmeasured-bg': '#000000',
    line: '#ffffff'
};

const HC_LIGHT: Vars = {
    ...LIGHT,
    fg: '#000000',
    muted: '#000000',
    'stage-bg': '#ffffff',
    'stage-alt-bg': '#ffffff',
    'stage-fg': '#000000',
    'stage-border': '#0f4a85',
    'card-border': '#0f4a85',
    'card-fg': '#000000',
    edge: '#000000',
    'lane-bg': '#ffffff',
    'lane-alt-bg': '#ffffff',
    'lane-title': '#000000',
    grid: '#0f4a85',
    'axis-zero': '#000000',
    'item-border': '#0f4a85',
    'mot-band': 'rgba(0, 0, 0, 0)',
    heat: '#ff0000',
    'rank-bg': '#ff0000',
    'rank-fg': '#ffffff',
    line: '#000000'
};

export const THEMES: Record<ThemeName, Vars> = { light: LIGHT, dark: DARK, 'high-contrast': HC, 'high-contrast-light': HC_LIGHT };

/** Rules: selector → declarations; values may use var(--jm-…). Simple class selectors only, so resvg can read them. */
const RULES: [string, string][] = [
    ['.jm-bg', 'fill: var(--jm-bg)'],
    ['.jm-text', 'fill: var(--jm-fg)'],
    ['.jm-muted', 'fill: var(--jm-muted)'],
    ['.jm-legend-box', 'fill: var(--jm-lane-bg); stroke: var(--jm-grid)'],
    ['.jm-stage', 'fill: var(--jm-stage-bg); stroke: var(--jm-stage-border)'],
    ['.jm-stage-alt', 'fill: var(--jm-stage-alt-bg); stroke: var(--jm-stage-border)'],
    ['.jm-stage-text', 'fill: var(--jm-stage-fg)'],
    ['.jm-stage-sep', 'stroke: var(--jm-stage-border); stroke-width: 1; stroke-dasharray: 4 4'],
    ['.jm-card', 'fill: var(--jm-card-bg); stroke: var(--jm-card-border); stroke-width: 1.2'],
    ['.jm-card-mot', 'fill: var(--jm-card-bg); stroke: var(--jm-mot); stroke-width: 2.5'],
    ['.jm-card-text', 'fill: var(--jm-card-fg)'],
    ['.jm-mot-badge', 'fill: var(--jm-mot)'],
    ['.jm-mot-text', 'fill: var(--jm-mot-fg)'],
    ['.jm-mot-band', 'fill: var(--jm-mot-band)'],
    ['.jm-heat', 'fill: var(--jm-heat); pointer-events: none'],
    ['.jm-rank-badge', 'fill: var(--jm-rank-bg)'],
    ['.jm-rank-text', 'fill: var(--jm-rank-fg); font-weight: bold'],
    ['.jm-end-badge', 'fill: var(--jm-end)'],
    ['.jm-end-text', 'fill: var(--jm-end-fg)'],
    ['.jm-edge', `fill: none; stroke: var(--jm-edge); stroke-width: ${EDGE_WIDTH}; stroke-linejoin: round`],
    ['.jm-edge-back', `fill: none; stroke: var(--jm-edge); stroke-width: ${EDGE_WIDTH}; stroke-dasharray: 5 3; stroke-linejoin: round`],
    ['.jm-arrow', 'fill: var(--jm-edge)'],
    // After .jm-edge / .jm-edge-back so that a share's width wins (the arrow's width by its share).
    ...[0, 1, 2, 3, 4, 5].map((n): [string, string] => [`.jm-share-${n}`, `stroke-width: ${shareStrokeWidth(n)}`]),
    ['.jm-edge-label-bg', 'fill: var(--jm-edge-label-bg); opacity: 0.9'],
    ['.jm-edge-label', 'fill: var(--jm-muted); font-style: italic'],
    ['.jm-lane', 'fill: var(--jm-lane-bg)'],
    ['.jm-lane-alt', 'fill: var(--jm-lane-alt-bg)'],
    ['.jm-lane-title', 'fill: var(--jm-lane-title)'],
    ['.jm-grid', 'stroke: var(--jm-grid); stroke-width: 1'],
    ['.jm-axis-zero', 'stroke: var(--jm-axis-zero); stroke-width: 1; stroke-dasharray: 3 3'],
    ['.jm-item', 'fill: var(--jm-item-bg); stroke: var(--jm-item-border); stroke-width: 1'],
    ['.jm-item-indirect', 'fill: var(--jm-item-bg); stroke: var(--jm-item-border); stroke-width: 1.2; stroke-dasharray: 4 3'],
    ['.jm-item-needs', 'fill: var(--jm-need-bg); stroke: var(--jm-item-border); stroke-width: 1'],
    ['.jm-item-thinks', 'fill: var(--jm-thinks-bg); stroke: var(--jm-item-border); stroke-width: 1'],
    ['.jm-item-pains', 'fill: var(--jm-pain-bg); stroke: var(--jm-pain-border); stroke-width: 1'],
    ['.jm-item-opportunities', 'fill: var(--jm-opportunity-bg); stroke: var(--jm-opportunity-border); stroke-width: 1'],
    ['.jm-item-blueprint', 'fill: var(--jm-blueprint-bg); stroke: var(--jm-item-border); stroke-width: 1'],
    ['.jm-item-evidence', 'fill: var(--jm-evidence-bg); stroke: var(--jm-item-border); stroke-width: 1'],
    ['.jm-metric-met', 'fill: var(--jm-metric-met-bg); stroke: var(--jm-metric-met); stroke-width: 1.5'],
    ['.jm-metric-missed', 'fill: var(--jm-metric-missed-bg); stroke: var(--jm-metric-missed); stroke-width: 1.5'],
    ['.jm-metric-unmeasured', 'fill: var(--jm-metric-unmeasured-bg); stroke: var(--jm-metric-unmeasured); stroke-width: 1.5; stroke-dasharray: 3 2'],
    ['.jm-metric-target', 'fill: var(--jm-need-bg); stroke: var(--jm-stage-fg); stroke-width: 1.5'],
    ['.jm-metric-target-text', 'fill: var(--jm-stage-fg); font-weight: bold'],
    ['.jm-metric-met-text', 'fill: var(--jm-metric-met); font-weight: bold'],
    ['.jm-metric-missed-text', 'fill: var(--jm-metric-missed); font-weight: bold'],
    ['.jm-metric-unmeasured-text', 'fill: var(--jm-metric-unmeasured); font-weight: bold'],
    ['.jm-bp-line', 'stroke: var(--jm-line); stroke-width: 2; stroke-dasharray: 8 4'],
    ['.jm-bp-line-text', 'fill: var(--jm-line); font-weight: bold'],
    ['.jm-emo-line', 'fill: none; stroke-width: 2.5; stroke-linejoin: round; stroke-linecap: round'],
    ['.jm-emo-baseline', 'fill: none; stroke-width: 1.8; stroke-dasharray: 6 4; stroke-linejoin: round; opacity: 0.75'],
    ['.jm-new .jm-mark-badge, .jm-better .jm-mark-badge', 'fill: var(--jm-metric-met)'],
    ['.jm-worse .jm-mark-badge', 'fill: var(--jm-metric-missed)'],
    ['.jm-mixed .jm-mark-badge', 'fill: var(--jm-muted)'],
    ['.jm-mark-text', 'fill: var(--jm-bg); font-weight: bold'],
    ['.jm-removed-box', 'fill: var(--jm-card-bg); stroke: var(--jm-muted); stroke-width: 1; stroke-dasharray: 4 3; opacity: 0.85'],
    ['.jm-removed-text', 'fill: var(--jm-muted); font-style: italic'],
    ['.jm-emo-point', 'stroke: var(--jm-bg); stroke-width: 1.5'],
    ['.jm-halo', 'stroke: var(--jm-lane-bg); stroke-width: 3; stroke-linejoin: round; paint-order: stroke']
];

function personaRules(): [string, string][] {
    const r: [string, string][] = [];
    for (let i = 0; i < PERSONA_COLOURS; i++) {
        r.push([`.jm-pf${i}`, `fill: var(--jm-persona-${i})`]);
        r.push([`.jm-ps${i}`, `stroke: var(--jm-persona-${i})`]);
        r.push([`.jm-pt${i}`, `fill: var(--jm-persona-${i}); font-weight: bold`]);
    }
    DASHES.forEach((d, i) => r.push([`.jm-pd${i}`, `stroke-dasharray: ${d}`]));
    return r;
}

/**
 * Edges in a persona's colour while that persona is in focus: the preview's filter (or anything
 * else) puts `jm-focus-p<n>` on the root or on an edge's group, and hovering anything of the
 * persona (`jm-persona-p<n>`: legend card, curve, dots, chips) does it by CSS alone. Edges name
 * the palette entries of the personas who take them (`jm-takes-p<n>`). Only in the live SVG:
 * an exported image has no focus, and resvg does not read `:has()`. The preview drops the
 * `:has()` rules from its live copy (Chromium restyles every edge at each patch for them) and puts
 * `jm-focus-p<n>` on the root while the pointer is on the persona (preview hover-focus.ts): the
 * two kinds of rule must draw the same.
 */
function focusRules(): [string, string][] {
    const r: [string, string][] = [];
    for (let i = 0; i < PERSONA_COLOURS; i++) {
        const lines = (scope: string) => [`${scope} .jm-takes-p${i} > .jm-edge`, `${scope} .jm-takes-p${i} > .jm-edge-back`];
        const arrows = (scope: string) => `${scope} .jm-takes-p${i} > .jm-arrow`;
        const stroke = `stroke: var(--jm-persona-${i})`;
        const fill = `fill: var(--jm-persona-${i})`;
        r.push([[...lines(`svg.jm.jm-focus-p${i}`), `.jm-takes-p${i}.jm-focus-p${i} > .jm-edge`, `.jm-takes-p${i}.jm-focus-p${i} > .jm-edge-back`].join(', '), stroke]);
        r.push([[arrows(`svg.jm.jm-focus-p${i}`), `.jm-takes-p${i}.jm-focus-p${i} > .jm-arrow`].join(', '), fill]);
        // Separate rules: a browser without :has() drops only these.
        r.push([lines(`svg.jm:has(.jm-persona-p${i}:hover)`).join(', '), stroke]);
        r.push([arrows(`svg.jm:has(.jm-persona-p${i}:hover)`), fill]);
    }
    return r;
}

function varsBlock(v: Vars): string {
    return Object.entries(v)
        .map(([k, val]) => `--jm-${k}: ${val};`)
        .join(' ');
}

let cachedCss: string | undefined;

/** The stylesheet for the SVG's <style>, with all theme variants. */
export function themeCss(): string {
    if (cachedCss) return cachedCss;
    const rules = [...RULES, ...personaRules(), ...focusRules()].map(([s, d]) => `${s} { ${d}; }`).join('\n');
    cachedCss = [
        `svg.jm { ${varsBlock(LIGHT)} }`,
        `@media (prefers-color-scheme: dark) { svg.jm.jm-theme-auto { ${varsBlock(DARK)} } }`,
        `.vscode-light svg.jm.jm-theme-auto { ${varsBlock(LIGHT)} }`,
        `.vscode-dark svg.jm.jm-theme-auto { ${varsBlock(DARK)} }`,
        `.vscode-high-contrast svg.jm.jm-theme-auto { ${varsBlock(HC)} }`,
        `.vscode-high-contrast-light svg.jm.jm-theme-auto { ${varsBlock(HC_LIGHT)} }`,
        `svg.jm.jm-theme-dark { ${varsBlock(DARK)} }`,
        `svg.jm.jm-theme-high-contrast { ${varsBlock(HC)} }`,
        `svg.jm.jm-theme-high-contrast-light { ${varsBlock(HC_LIGHT)} }`,
        rules
    ].join('\n');
    return cachedCss;
}

/**
 * The same rules with the variables of one theme substituted: for renderers without custom
 * properties (resvg in svgToPng).
 */
export function resolvedCss(theme: ThemeName): string {
    const v = THEMES[theme];
    return [...RULES, ...personaRules()]
        .map(([s, d]) => `${s} { ${d.replace(/var\(--jm-([a-z0-9-]+)\)/g, (_, name: string) => v[name] ?? 'black')}; }`)
        .join('\n');
}
