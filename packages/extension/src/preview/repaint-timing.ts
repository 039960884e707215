/**
 * When each step of a repaint happened, for the line the log writes once the webview painted the
 * map of an edit: the edit, the request to the server, its answer, the post to the webview. The
 * edit's time is also given on the wall clock, so the bench can line it up with the browser's
 * keydown and paint (bench-preview.mjs reads this line).
 */
export class RepaintTiming {
    private editAt: number | undefined;
    private askedAt = 0;
    private answeredAt = 0;
    private postedAt = 0;

    /** An edit arrived; the first of several before a paint counts. */
    edited(now = performance.now()): void {
        this.editAt ??= now;
    }

    /** No paint will follow for the edit (errors shown, another document). */
    drop(): void {
        this.editAt = undefined;
    }

    asked(now = performance.now()): void {
        this.askedAt = now;
    }

    answered(now = performance.now()): void {
        this.answeredAt = now;
    }

    posted(now = performance.now()): void {
        this.postedAt = now;
    }

    /** The log line of a painted version, once per edit; undefined when no edit waits for it. */
    painted(version: number, renderMs: number | undefined, sent: string, now = performance.now()): string | undefined {
        const edit = this.editAt;
        if (edit === undefined) return undefined;
        this.editAt = undefined;
        return `preview: version ${version} painted ${Math.round(now - edit)} ms after the edit `
            + `(renderMap round trip ${Math.round(this.answeredAt - this.askedAt)} ms, webview insert ${renderMs ?? '?'} ms, sent ${sent}; `
            + `asked ${Math.round(this.askedAt - edit)} ms and posted ${Math.round(this.postedAt - edit)} ms after the edit, at ${(performance.timeOrigin + edit).toFixed(1)})`;
    }
}
