import type { RenderFenceParams, RenderFenceResult } from '@journey-maps/model';
import type { FenceView } from './fence-view.js';
import { sanitizeSvgMarkup } from './sanitize-svg.js';

export interface FenceRendersOptions {
    /** Draws a fence (the language server's `journey/renderFence`). */
    readonly request: (params: RenderFenceParams) => Promise<RenderFenceResult>;
    /** Called once after renders that were pending have landed: the Markdown preview should render again. */
    readonly onRendered: () => void;
    /** How many drawn fences to keep (default 64). */
    readonly size?: number;
    /** Wait after a render lands before onRendered, so that fences landing together refresh once (ms, default 30). */
    readonly settleMs?: number;
    /** Wait after the last edit of a .journey file before redrawing the fences that import files (ms, default 300). */
    readonly importsSettleMs?: number;
    readonly log?: (message: string) => void;
}

interface Entry {
    view: FenceView;
    /** Whether the fence imports files, so that an edit of a .journey file may change it. */
    readonly imports: boolean;
}

/**
 * markdown-it renders synchronously, the map is drawn asynchronously (layout): the first render
 * of a fence asks for its map and shows what it showed before in the same place (or a
 * placeholder); when the map lands it is kept by fence text and Markdown file, and the preview
 * renders again, this time finding it.
 */
export class FenceRenders {
    private readonly entries = new Map<string, Entry>();
    private readonly pending = new Set<string>();
    /** The last view shown at each fence position, shown again while its new text is drawn. */
    private readonly shown = new Map<string, FenceView>();
    private timer: ReturnType<typeof setTimeout> | undefined;
    private importsTimer: ReturnType<typeof setTimeout> | undefined;
    private readonly size: number;

    constructor(private readonly options: FenceRendersOptions) {
        this.size = Math.max(1, options.size ?? 64);
    }

    /** The view of a fence now; starts drawing it when it is not known yet. `position` is the fence's ordinal in its file. */
    view(text: string, documentUri: string, position: number): FenceView {
        const key = `${documentUri}\n${text}`;
        const slot = `${documentUri}#${position}`;
        const entry = this.entries.get(key);
        if (entry) {
            this.entries.delete(key);
            this.entries.set(key, entry); // most recently used last
            this.shown.set(slot, entry.view);
            return entry.view;
        }
        if (!this.pending.has(key)) {
            this.pending.add(key);
            void this.draw(key, text, documentUri, slot);
        }
        return this.shown.get(slot) ?? { kind: 'pending' };
    }

    /**
     * A .journey file changed: once the edits pause, forgets the fences that import files and
     * renders the preview again (they show their last map until the new one lands).
     */
    importsChanged(): void {
        if (this.importsTimer) clearTimeout(this.importsTimer);
        this.importsTimer = setTimeout(() => {
            this.importsTimer = undefined;
            let dropped = false;
            for (const [key, entry] of this.entries) {
                if (entry.imports) {
                    this.entries.delete(key);
                    dropped = true;
                }
            }
            if (dropped) this.settle();
        }, this.options.importsSettleMs ?? 300);
    }

    dispose(): void {
        if (this.timer) clearTimeout(this.timer);
        if (this.importsTimer) clearTimeout(this.importsTimer);
        this.entries.clear();
        this.shown.clear();
    }

    private async draw(key: string, text: string, uri: string, slot: string): Promise<void> {
        let view: FenceView;
        try {
            const result = await this.options.request({ text, uri });
            view = viewOf(result);
        } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            this.options.log?.(`a journey fence of ${uri} was not drawn: ${message}`);
            view = { kind: 'failed', message };
        }
        this.pending.delete(key);
        this.entries.set(key, { view, imports: /(^|\n)\s*import\s/.test(text) });
        this.shown.set(slot, view);
        while (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value as string);
        this.settle();
    }

    private settle(): void {
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => {
            this.timer = undefined;
            this.options.onRendered();
        }, this.options.settleMs ?? 30);
    }
}

function viewOf(result: RenderFenceResult): FenceView {
    if (result.svg !== undefined) {
        const svg = sanitizeSvgMarkup(result.svg);
        const warnings = result.problems.filter(problem => problem.severity === 'warning');
        return svg === undefined ? { kind: 'failed', message: 'the map is not a well-formed SVG document.' } : { kind: 'map', svg, warnings };
    }
    return result.problems.some(problem => problem.severity === 'error') ? { kind: 'errors', problems: result.problems } : { kind: 'no-journey' };
}
