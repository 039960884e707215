/**
 * Latest-wins runner: starting a job cancels the pending one, and a result is delivered only if no
 * newer job started meanwhile. Pure (cancellation is a callback), so it is unit-tested.
 */
export interface Cancellable {
    cancel(): void;
}

export class LatestOnly<T> {
    private seq = 0;
    private pending: Cancellable | undefined;

    /** Runs `job`; resolves `{ current: false }` when a newer job superseded it. */
    async run(start: () => { cancel: Cancellable; result: Promise<T> }): Promise<{ current: true; value: T } | { current: false }> {
        const mine = ++this.seq;
        this.pending?.cancel();
        const { cancel, result } = start();
        this.pending = cancel;
        try {
            const value = await result;
            return mine === this.seq ? { current: true, value } : { current: false };
        } catch (e) {
            if (mine !== this.seq) return { current: false };
            throw e;
        } finally {
            if (mine === this.seq) this.pending = undefined;
        }
    }

    cancel(): void {
        this.seq++;
        this.pending?.cancel();
        this.pending = undefined;
    }
}
