import type { MapProblem } from '@journey-maps/model';
import { escapeHtml } from '../preview/html.js';

/** What the Markdown preview shows in place of a ```journey fence. */
export type FenceView =
    /** A drawn map, with the warnings of its journey (a missed target, shares over 100 %) shown under it. */
    | { readonly kind: 'map'; readonly svg: string; readonly warnings: readonly MapProblem[] }
    | { readonly kind: 'errors'; readonly problems: readonly MapProblem[] }
    | { readonly kind: 'no-journey' }
    | { readonly kind: 'pending' }
    | { readonly kind: 'failed'; readonly message: string };

export interface FencePlace {
    /** The Markdown file the fence is in (problems of the fence name it). */
    readonly documentUri: string;
    /** 0-based line of the fence's first line of text in the Markdown file. */
    readonly firstLine: number;
    /** The attributes markdown-it gives the fence's element (VS Code's scroll sync reads them). */
    readonly attributes: string;
    /** The fence's text, shown under its errors (a fence may be an example in a document). */
    readonly source: string;
}

/**
 * The HTML of a fence. Nothing of the fence's text reaches it as markup: the map is the renderer's
 * SVG after the preview's sanitizer, and every message and name is escaped.
 */
export function fenceHtml(view: FenceView, place: FencePlace): string {
    const open = (kind: string) => `<div${place.attributes} data-journey-fence="${kind}">`;
    switch (view.kind) {
        case 'map':
            return `${open('map')}${view.svg}${warningsCaption(view.warnings, place)}</div>\n`;
        case 'errors': {
            const items = view.problems.filter(problem => problem.severity === 'error').map(problem => problemItem(problem, place));
            return `${open('errors')}<p class="journey-fence-title">Journey map not drawn: fix ${items.length === 1 ? 'this error' : `these ${items.length} errors`}.</p><ul>${items.join('')}</ul>`
                + `<pre class="journey-fence-source"><code>${escapeHtml(place.source)}</code></pre></div>\n`;
        }
        case 'no-journey':
            return `${open('no-journey')}<p class="journey-fence-title">This journey fence holds no journey, only declarations.</p></div>\n`;
        case 'pending':
            return `${open('pending')}<p class="journey-fence-title">Drawing the journey map…</p></div>\n`;
        case 'failed':
            return `${open('failed')}<p class="journey-fence-title">The journey map could not be drawn: ${escapeHtml(view.message)}</p></div>\n`;
    }
}

/** A problem as a list item: where (the Markdown file's line, or the imported file's) and what. */
function problemItem(problem: MapProblem, place: FencePlace): string {
    const where = problem.uri === place.documentUri
        ? `Line ${place.firstLine + problem.range.start.line + 1}`
        : `${fileName(problem.uri)}, line ${problem.range.start.line + 1}`;
    return `<li><span class="journey-fence-where">${escapeHtml(where)}</span> ${escapeHtml(problem.message)}</li>`;
}

/** A drawn map's warnings, small under it like a caption; nothing when it has none. */
function warningsCaption(warnings: readonly MapProblem[], place: FencePlace): string {
    if (warnings.length === 0) return '';
    const title = warnings.length === 1 ? '1 warning' : `${warnings.length} warnings`;
    return `<div class="journey-fence-caption"><span class="journey-fence-caption-title">${title}</span><ul>${warnings.map(w => problemItem(w, place)).join('')}</ul></div>`;
}

function fileName(uri: string): string {
    return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}
