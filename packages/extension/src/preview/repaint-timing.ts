/**
 * When each step of a repaint happened, for the line the log writes once the webview painted the
 * map of an edit: the edit, the request to the server, its answer, the post to the webview. The
 * edit's time is also given on the wall clock, so the bench can line it up with the browser's
 * keydown and paint (bench-preview.mjs reads this line).
 *
 * Everything is kept by document version: while one version is being painted the user types on,
 * and a newer request's times must not be read as the painted one's.
 */
export class RepaintTiming {
    /** Edits not painted yet, oldest first. */
    private edits: { readonly version: number; readonly at: number }[] = [];
    private readonly requests = new Map<number, { asked?: number; answered?: number; posted?: number }>();

    /** An edit made this version; the first of several before a paint counts. */
    edited(version: number, now = performance.now()): void {
        this.edits.push({ version, at: now });
    }

    /** No paint will follow for the edits so far (errors shown, another document). */
    drop(): void {
        this.edits = [];
        this.requests.clear();
    }

    asked(version: number, now = performance.now()): void {
        this.request(version).asked = now;
    }

    answered(version: number, now = performance.now()): void {
        this.request(version).answered = now;
    }

    posted(version: number, now = performance.now()): void {
        this.request(version).posted = now;
    }

    /** The log line of a painted version, once per edit; undefined when no edit waits for it. */
    painted(version: number, renderMs: number | undefined, sent: string, now = performance.now()): string | undefined {
        const edit = this.edits.find((e) => e.version <= version)?.at;
        const request = this.requests.get(version);
        this.edits = this.edits.filter((e) => e.version > version);
        for (const v of this.requests.keys()) if (v <= version) this.requests.delete(v);
        if (edit === undefined) return undefined;
        const since = (t: number | undefined): string => (t === undefined ? '?' : String(Math.round(t - edit)));
        const roundTrip = request?.asked !== undefined && request.answered !== undefined ? String(Math.round(request.answered - request.asked)) : '?';
        return `preview: version ${version} painted ${Math.round(now - edit)} ms after the edit `
            + `(renderMap round trip ${roundTrip} ms, webview insert ${renderMs ?? '?'} ms, sent ${sent}; `
            + `asked ${since(request?.asked)} ms and posted ${since(request?.posted)} ms after the edit, at ${(performance.timeOrigin + edit).toFixed(1)})`;
    }

    /** The times of the panel's request for a version. */
    private request(version: number): { asked?: number; answered?: number; posted?: number } {
        let r = this.requests.get(version);
        if (!r) this.requests.set(version, (r = {}));
        return r;
    }
}
