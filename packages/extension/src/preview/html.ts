import { randomBytes } from 'node:crypto';

/** The preview's HTML shell and its Content-Security-Policy. Pure: unit-tested. */

export interface HtmlOptions {
    /** webview.cspSource */
    cspSource: string;
    nonce: string;
    scriptUri: string;
    styleUri: string;
    title: string;
}

export function createNonce(): string {
    return randomBytes(18).toString('base64url');
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
    return [
        "default-src 'none'",
        `script-src 'nonce-${nonce}'`,
        `style-src ${cspSource} 'nonce-${nonce}'`,
        `img-src ${cspSource} data: blob:`,
        `font-src ${cspSource}`
    ].join('; ');
}

export function escapeHtml(s: string): string {
    return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

export function previewHtml(o: HtmlOptions): string {
    const e = escapeHtml;
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${e(contentSecurityPolicy(o.cspSource, o.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${e(o.styleUri)}" nonce="${e(o.nonce)}">
<title>${e(o.title)}</title>
</head>
<body>
<div id="toolbar" role="toolbar" aria-label="Map">
<button id="zoom-out" type="button" title="Zoom out (-)" aria-label="Zoom out">−</button>
<button id="zoom-reset" type="button" title="Actual size (0)" aria-label="Actual size">100%</button>
<button id="zoom-in" type="button" title="Zoom in (+)" aria-label="Zoom in">+</button>
<button id="zoom-fit" type="button" title="Fit to window (F)" aria-label="Fit to window">Fit</button>
<span class="jm-sep"></span>
<select id="persona-filter" title="Show one persona's path" aria-label="Persona" hidden></select>
<details id="lanes-menu"><summary title="Show or hide lanes">Lanes</summary><div id="lane-toggles" role="group" aria-label="Lanes"></div></details>
<span class="jm-sep"></span>
<button id="insights-toggle" type="button" title="Show the hotspots, quick wins and stage health" aria-pressed="false" aria-controls="insights">Insights</button>
<button id="compare-toggle" type="button" title="Compare with the baseline: its emotion curves dashed, new steps marked" aria-pressed="false" hidden>Compare with baseline</button>
<span class="jm-sep"></span>
<button id="export-svg" type="button" title="Export the map as SVG">SVG</button>
<button id="export-png" type="button" title="Export the map as PNG">PNG</button>
<span id="lock-state" hidden></span>
</div>
<div id="banner" role="alert" hidden></div>
<div id="main"><div id="viewport"><div id="stage"></div><div id="message">Loading the map…</div></div><aside id="insights" aria-label="Insights" hidden></aside></div>
<script nonce="${e(o.nonce)}" src="${e(o.scriptUri)}"></script>
</body>
</html>`;
}
