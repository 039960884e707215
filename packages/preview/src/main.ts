import './zod-csp.js';
import { hideBanner, showBanner } from './banner.js';
import { CompareToggle } from './compare-toggle.js';
import { applyFilters, filtersAreOff, type FilterState, type PersonaFilterMode, renderLaneToggles, renderPersonaFilter } from './filters.js';
import { dropHoverHasRules, HoverFocus } from './hover-focus.js';
import { markInsight, renderInsightsPanel } from './insights-panel.js';
import { LaneTitles } from './lane-titles.js';
import { loadState, post, saveState } from './messages.js';
import { parseHostMessage, type HostToWebview, type InsightsView, type NamedItem, type PreviewState } from './protocol.js';
import { PartIndex } from './map-patch.js';
import { parseSvgInert } from './svg-insert.js';
import { highlight, refAt } from './sync.js';
import { rememberView, viewFor } from './view-memory.js';
import { ZoomPan } from './zoom-pan.js';

/** The preview webview: receives rendered maps from the host and keeps zoom, filters and selection. */

const nonce = (document.currentScript as HTMLScriptElement | null)?.nonce ?? '';

function byId<T extends HTMLElement>(id: string): T {
    const el = document.getElementById(id);
    if (!el) throw new Error(`missing #${id}`);
    return el as T;
}

const ui = {
    viewport: byId('viewport'),
    stage: byId('stage'),
    banner: byId('banner'),
    message: byId('message'),
    persona: byId<HTMLSelectElement>('persona-filter'),
    lanes: byId('lane-toggles'),
    zoomLabel: byId('zoom-reset'),
    lock: byId('lock-state'),
    insights: byId('insights'),
    insightsToggle: byId('insights-toggle')
};

const restored = loadState();
const state: PreviewState = restored ?? { uri: '', locked: false, views: {}, persona: null, hiddenLanes: [], insightsOpen: false, compare: false };
const filters: FilterState = state;
let filterMode: PersonaFilterMode = 'dim';
let currentRef: string | null = null;
let svg: SVGSVGElement | null = null;
/** The document the shown map belongs to. */
let mapUri: string | null = null;
/** The document whose view (zoom and position) is on screen; a map of another one gets its own. */
let viewUri: string | null = restored?.view ? restored.uri : null;
let lanes: NamedItem[] = [];
/** The number of the shown map and its parts by key, for patches. */
let mapSeq = -1;
let parts: PartIndex | undefined;
/** The analysis of the shown map, for the Insights panel. */
let insights: InsightsView | undefined;
const compareToggle = new CompareToggle(byId('compare-toggle'), { compare: setCompare, stop: () => post({ type: 'stopComparing' }) });

const laneTitles = new LaneTitles(ui.viewport);
new HoverFocus(ui.stage, () => svg);
const zoom = new ZoomPan(ui.viewport, ui.stage, (view, fitted) => {
    ui.zoomLabel.textContent = `${Math.round(view.scale * 100)}%`;
    laneTitles.update(svg, view, zoom.viewSize());
    if (viewUri === null) return;
    state.view = { ...view, fitted };
    state.views = rememberView(state.views, viewUri, state.view);
    saveState(state);
});
if (state.view) zoom.set(state.view, state.view.fitted, true);

/**
 * After the map or its filters changed: the filters applied, then the view for it. `patched`: only
 * a few parts are new, and with no filter on they need none (a walk of every element otherwise).
 */
function refreshMap(node: SVGSVGElement, uri: string, patched = false): void {
    if (!patched || !filtersAreOff(node, filters)) applyFilters(node, filters, filterMode);
    reportFilters();
    if (viewUri === uri) {
        zoom.contentChanged();
        return;
    }
    viewUri = uri;
    const saved = viewFor(state.views, uri);
    if (saved === 'first') zoom.first();
    else if (saved.fitted) zoom.fit();
    else zoom.set(saved);
}

/** A map brought its insights (before that the panel stays empty). */
let insightsKnown = false;
/** The Insights panel is drawn for the shown insights (it is drawn only while it is open). */
let panelDrawn = false;
/** The host was told whether the panel is open (once at start, then at each change). */
let insightsReported = false;

/** Draws the Insights panel for the shown insights now if it is open, else when it opens. */
function drawInsights(): void {
    panelDrawn = state.insightsOpen && insightsKnown;
    if (!panelDrawn) return;
    renderInsightsPanel(ui.insights, insights, pickInsight, compareToggle.previousVersion ?? undefined);
    markInsight(ui.insights, currentRef);
}

/** The insights of the shown map arrived (with it, with a patch, or when the panel opened). */
function takeInsights(view: InsightsView | null | undefined): void {
    insights = view ?? undefined;
    insightsKnown = true;
    compareToggle.offerBaseline(!!insights?.comparison);
    drawInsights();
}

function setInsightsOpen(open: boolean): void {
    // While the panel is closed the host leaves insights out of patches; it sends them when it opens.
    if (open !== state.insightsOpen || !insightsReported) post({ type: 'insightsShown', open });
    insightsReported = true;
    state.insightsOpen = open;
    if (open && !panelDrawn) drawInsights();
    ui.insights.hidden = !open;
    ui.insightsToggle.setAttribute('aria-pressed', String(open));
    document.body.dataset.insights = open ? 'open' : 'closed';
    saveState(state);
}
setInsightsOpen(state.insightsOpen);

/**
 * Compare with baseline: the host asks the server for the map drawn with the comparison or
 * without it (the map alone keeps no room for the removed-step notes), and sends it as any new map.
 */
function setCompare(on: boolean): void {
    state.compare = on;
    compareToggle.press(on);
    post({ type: 'compare', on });
    saveState(state);
}
setCompare(state.compare);

/** Compare with Previous Version started (its label, "HEAD") or ended (null): the map drawn with it is on its way. */
function showComparedWith(label: string | null): void {
    compareToggle.compareWith(label);
    document.body.dataset.comparedWith = label ?? '';
    setCompare(label !== null);
    drawInsights();
}

/**
 * What the preview shows (the editor tests wait on it); the compare button waits while it is the
 * last good map of a file with errors.
 */
function setStatus(status: 'ok' | 'errors' | 'empty' | 'no-journey' | 'failed'): void {
    document.body.dataset.status = status;
    compareToggle.hold(status === 'errors');
}

/** An entry of the Insights panel was clicked: its card highlighted and in view, its source revealed. */
function pickInsight(ref: string): void {
    currentRef = ref;
    const el = svg ? highlight(svg, ref) : undefined;
    if (el) zoom.reveal(el);
    markInsight(ui.insights, ref);
    post({ type: 'reveal', ref });
}

function showMessage(text: string | null): void {
    ui.message.textContent = text ?? '';
    ui.message.hidden = text === null;
}

function render(m: Extract<HostToWebview, { type: 'render' }>): void {
    const t0 = performance.now();
    let parsed;
    try {
        parsed = parseSvgInert(m.svg, document);
    } catch (e) {
        showMessage(e instanceof Error ? e.message : String(e));
        return;
    }
    const t1 = performance.now();
    const node = document.adoptNode(parsed.root) as unknown as SVGSVGElement;
    // The renderer's own stylesheet is allowed by the page's nonce; inline style attributes go
    // through CSSOM, which the CSP permits (style attributes in markup it would block).
    for (const style of Array.from(node.querySelectorAll('style'))) style.setAttribute('nonce', nonce);
    for (const { element, css } of parsed.inlineStyles) (element as SVGElement).style.cssText = css;
    node.classList.add('jm-map');
    if (svg) ui.stage.replaceChild(node, svg);
    else ui.stage.replaceChildren(node);
    // Its hover rules would restyle every edge at each patch; HoverFocus does their work.
    dropHoverHasRules(node);
    svg = node;
    parts = PartIndex.of(node);
    mapSeq = m.seq;
    showMap(m, node, t0, `parse+sanitize ${(t1 - t0).toFixed(1)} insert ${(performance.now() - t1).toFixed(1)}`, false);
}

/** A map that differs from the shown one in a few parts: change just those, or ask for the whole. */
function patch(m: Extract<HostToWebview, { type: 'patch' }>): void {
    const t0 = performance.now();
    if (!svg || !parts || m.base !== mapSeq || mapUri !== m.uri || !parts.apply(m.ops, document)) {
        post({ type: 'needFullMap' });
        return;
    }
    mapSeq = m.seq;
    // Counted for the editor tests, which check that a label edit arrives as a patch.
    document.body.dataset.patches = String(Number(document.body.dataset.patches ?? 0) + 1);
    showMap(m, svg, t0, `patch of ${m.ops.length} parts ${(performance.now() - t0).toFixed(1)}`, true);
}

/** What follows a new or patched map: filters, selection, fit, and the paint the bench times. */
function showMap(m: Extract<HostToWebview, { type: 'render' | 'patch' }>, node: SVGSVGElement, t0: number, timing: string, patched: boolean): void {
    const t2 = performance.now();
    mapUri = m.uri;
    state.uri = m.uri;
    document.title = m.title;
    renderPersonaFilter(ui.persona, m.personas, filters);
    lanes = m.lanes;
    renderLaneToggles(ui.lanes, lanes, filters, toggleLane);
    highlight(node, currentRef);
    // A patch leaves out insights that did not change, and those that did while the panel is closed.
    if (m.type === 'render' || m.insights !== undefined) takeInsights(m.insights);
    hideBanner(ui.banner);
    showMessage(null);
    const t3 = performance.now();
    refreshMap(node, m.uri, patched);
    saveState(state);
    const t4 = performance.now();
    document.body.dataset.timing = `${timing} controls+insights ${(t3 - t2).toFixed(1)} filters+view ${(t4 - t3).toFixed(1)}`;
    setStatus('ok');
    requestAnimationFrame(() => {
        // The frame that paints the new map: its time (comparable across frames) is read by the bench.
        document.body.dataset.paintedAt = String(performance.timeOrigin + performance.now());
        document.body.dataset.version = String(m.version);
        post({ type: 'rendered', version: m.version, renderMs: Math.round((performance.now() - t0) * 10) / 10 });
    });
}

let reportedFilters = '';
/** Tells the host the filters now shown, once per change: its PNG export draws the same. */
function reportFilters(): void {
    const key = JSON.stringify([filters.persona, filters.hiddenLanes]);
    if (key === reportedFilters) return;
    reportedFilters = key;
    post({ type: 'filters', persona: filters.persona, hiddenLanes: filters.hiddenLanes });
}

function clearMap(): void {
    hideBanner(ui.banner);
    ui.stage.replaceChildren();
    svg = null;
    parts = undefined;
    mapUri = null;
    laneTitles.update(null, zoom.view, zoom.viewSize());
    setStatus('empty');
}

function toggleLane(lane: string): void {
    filters.hiddenLanes = filters.hiddenLanes.includes(lane)
        ? filters.hiddenLanes.filter((l) => l !== lane)
        : [...filters.hiddenLanes, lane];
    renderLaneToggles(ui.lanes, lanes, filters, toggleLane);
    if (svg && mapUri) refreshMap(svg, mapUri);
    saveState(state);
}

window.addEventListener('message', (event: MessageEvent) => {
    // When the host's message arrived, on the wall clock (the bench lines it up with the host's log).
    const arrived = String(performance.timeOrigin + performance.now());
    const m = parseHostMessage(event.data);
    if (m?.type === 'render' || m?.type === 'patch') document.body.dataset.arrivedAt = arrived;
    if (!m) {
        console.warn('Journey preview: dropped a malformed message from the extension', event.data);
        return;
    }
    switch (m.type) {
        case 'render':
            render(m);
            break;
        case 'patch':
            patch(m);
            break;
        case 'reset':
            clearMap();
            state.uri = m.uri;
            showMessage(`Loading the map of ${m.fileName}…`);
            saveState(state);
            break;
        case 'errors':
            if (svg && mapUri !== m.uri) clearMap();
            state.uri = m.uri;
            setStatus('errors');
            showBanner(ui.banner, m.problems, (index) => post({ type: 'openProblem', index }));
            if (!svg) showMessage('The journey has errors; the map appears once they are fixed.');
            document.body.dataset.version = String(m.version);
            break;
        case 'noJourney':
            state.uri = m.uri;
            clearMap();
            setStatus('no-journey');
            showMessage(m.message);
            document.body.dataset.version = String(m.version);
            break;
        case 'failed':
            // A map already shown stays (nothing is lost); an empty preview says why it is empty.
            if (svg && mapUri === m.uri) break;
            state.uri = m.uri;
            setStatus('failed');
            showMessage(m.message);
            break;
        case 'highlight': {
            currentRef = m.ref;
            const el = svg ? highlight(svg, m.ref) : undefined;
            if (el && m.reveal) zoom.reveal(el);
            markInsight(ui.insights, m.ref);
            break;
        }
        case 'showInsights':
            setInsightsOpen(true);
            break;
        case 'insights':
            if (svg) takeInsights(m.insights);
            break;
        case 'comparedWith':
            showComparedWith(m.label);
            break;
        case 'zoom':
            if (m.action === 'in') zoom.zoomIn();
            else if (m.action === 'out') zoom.zoomOut();
            else if (m.action === 'fit') zoom.fit();
            else zoom.reset();
            break;
        case 'options':
            filterMode = m.personaFilter;
            if (svg && mapUri) refreshMap(svg, mapUri);
            break;
        case 'locked':
            state.locked = m.locked;
            ui.lock.textContent = m.locked ? `Locked to ${m.fileName}` : '';
            ui.lock.hidden = !m.locked;
            saveState(state);
            break;
    }
});

ui.stage.addEventListener('click', (e) => {
    if (!svg) return;
    const ref = refAt(e.target, svg);
    if (ref) post({ type: 'reveal', ref });
});

ui.persona.addEventListener('change', () => {
    filters.persona = ui.persona.value || null;
    if (svg && mapUri) refreshMap(svg, mapUri);
    saveState(state);
});

const buttons: Record<string, () => void> = {
    'zoom-in': () => zoom.zoomIn(),
    'zoom-out': () => zoom.zoomOut(),
    'zoom-reset': () => zoom.reset(),
    'zoom-fit': () => zoom.fit(),
    'export-svg': () => post({ type: 'exportSvg' }),
    'export-png': () => post({ type: 'exportPng' }),
    'insights-toggle': () => setInsightsOpen(!state.insightsOpen)
};
for (const [id, action] of Object.entries(buttons)) byId(id).addEventListener('click', action);

window.addEventListener('keydown', (e) => {
    if (e.target instanceof HTMLSelectElement || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === '+' || e.key === '=') zoom.zoomIn();
    else if (e.key === '-') zoom.zoomOut();
    else if (e.key === '0') zoom.reset();
    else if (e.key === 'f') zoom.fit();
});

post({ type: 'ready' });
