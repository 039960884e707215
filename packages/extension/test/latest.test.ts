import { describe, expect, it } from 'vitest';
import { LatestOnly } from '../src/preview/latest.js';

function deferred<T>() {
    let resolve!: (v: T) => void;
    let reject!: (e: unknown) => void;
    const promise = new Promise<T>((res, rej) => { resolve = res; reject = rej; });
    return { promise, resolve, reject };
}

describe('latest-wins requests', () => {
    it('a newer job cancels the pending one and only the newest result is delivered', async () => {
        const latest = new LatestOnly<string>();
        const cancelled: string[] = [];
        const a = deferred<string>();
        const b = deferred<string>();
        const ra = latest.run(() => ({ cancel: { cancel: () => cancelled.push('a') }, result: a.promise }));
        const rb = latest.run(() => ({ cancel: { cancel: () => cancelled.push('b') }, result: b.promise }));
        expect(cancelled).toEqual(['a']);
        b.resolve('B');
        a.resolve('A');
        expect(await rb).toEqual({ current: true, value: 'B' });
        expect(await ra).toEqual({ current: false });
    });

    it('errors of superseded jobs are swallowed, errors of the current job are thrown', async () => {
        const latest = new LatestOnly<string>();
        const a = deferred<string>();
        const ra = latest.run(() => ({ cancel: { cancel: () => a.reject(new Error('cancelled')) }, result: a.promise }));
        const rb = latest.run(() => ({ cancel: { cancel: () => {} }, result: Promise.reject(new Error('boom')) }));
        expect(await ra).toEqual({ current: false });
        await expect(rb).rejects.toThrow('boom');
    });

    it('cancel() supersedes everything pending', async () => {
        const latest = new LatestOnly<number>();
        let cancelled = false;
        const a = deferred<number>();
        const ra = latest.run(() => ({ cancel: { cancel: () => { cancelled = true; } }, result: a.promise }));
        latest.cancel();
        a.resolve(1);
        expect(cancelled).toBe(true);
        expect(await ra).toEqual({ current: false });
    });
});
