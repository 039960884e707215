import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FlowInput, FlowLayout, FlowLayoutEngine } from '@journey-maps/renderer';
import { LayoutAnswerSchema, type LayoutRequest } from './layout-messages.js';

/**
 * The language server's layout engine: `layoutFlow` in a worker thread, because ELK takes over a
 * second on a 2,000-step map and completion, hover and diagnostics must not wait for it.
 * One flow is laid out at a time. A superseded layout (its signal aborted by a newer render) is
 * dropped while it waits. One that runs is left to finish while it is short (its answer is thrown
 * away: a new worker would take longer to start); once it runs long, a spare worker is started and
 * the busy one is ended, so the next layout never queues behind a long superseded one. A worker
 * that dies is replaced and its layout tried once more. Idle workers end.
 */

export interface WorkerLayoutEngineOptions {
    /** The bundled worker script (default: layout-worker.cjs beside the server bundle). */
    workerFile?: string | URL;
    /** A layout running this long gets a spare worker started, and is stopped once superseded (default 50 ms). */
    spareAfterMs?: number;
    /** Workers idle this long end and give their memory back (default 60 s). */
    idleMs?: number;
}

interface Job {
    readonly id: number;
    readonly input: FlowInput;
    readonly signal: AbortSignal;
    readonly resolve: (layout: FlowLayout) => void;
    readonly reject: (error: unknown) => void;
    readonly onAbort: () => void;
    tries: number;
}

interface Slot {
    readonly worker: Worker;
    /** Set once the worker is gone, or this engine ended it on purpose (superseded, idle, dispose). */
    ended: boolean;
}

/** Where the build puts the worker: beside the server bundle (`import.meta.url` is the bundle there). */
export const bundledLayoutWorker = new URL('./layout-worker.cjs', import.meta.url);

export class WorkerLayoutEngine implements FlowLayoutEngine {
    private readonly workerFile: string | URL;
    private readonly spareAfterMs: number;
    private readonly idleMs: number;
    private readonly queue: Job[] = [];
    /** `superseded`: its caller was answered already; the worker's answer is thrown away. */
    private running: { job: Job; slot: Slot; spareTimer: ReturnType<typeof setTimeout>; long: boolean; superseded: boolean } | undefined;
    private active: Slot | undefined;
    private spare: Slot | undefined;
    private idleTimer: ReturnType<typeof setTimeout> | undefined;
    private nextId = 1;
    private disposed = false;
    /** Workers started so far (tests and the bench read it). */
    workersStarted = 0;

    constructor(options: WorkerLayoutEngineOptions = {}) {
        this.workerFile = options.workerFile ?? bundledLayoutWorker;
        this.spareAfterMs = options.spareAfterMs ?? 50;
        this.idleMs = options.idleMs ?? 60_000;
    }

    layout(input: FlowInput, signal: AbortSignal): Promise<FlowLayout> {
        if (this.disposed) return Promise.reject(new Error('The layout engine was disposed.'));
        if (signal.aborted) return Promise.reject(signal.reason);
        return new Promise<FlowLayout>((resolve, reject) => {
            const job: Job = { id: this.nextId++, input, signal, resolve, reject, onAbort: () => this.abort(job), tries: 0 };
            signal.addEventListener('abort', job.onAbort, { once: true });
            this.queue.push(job);
            this.pump();
        });
    }

    /** The worker laying out right now, if any (tests end it to check that the engine recovers). */
    get runningWorker(): Worker | undefined {
        return this.running?.slot.worker;
    }

    /** Ends the workers; pending layouts reject. */
    async dispose(): Promise<void> {
        this.disposed = true;
        clearTimeout(this.idleTimer);
        const pending = [...this.queue, ...(this.running ? [this.running.job] : [])];
        this.queue.length = 0;
        this.finish();
        for (const job of pending) this.settle(job, () => job.reject(new Error('The layout engine was disposed.')));
        const slots = [this.active, this.spare];
        this.active = this.spare = undefined;
        await Promise.all(slots.map(slot => (slot ? this.end(slot) : undefined)));
    }

    private pump(): void {
        if (this.running || this.disposed) return;
        const job = this.queue.shift();
        if (!job) {
            this.armIdle();
            return;
        }
        clearTimeout(this.idleTimer);
        if (!this.active) {
            this.active = this.spare ?? this.start();
            this.spare = undefined;
        }
        const slot = this.active;
        job.tries++;
        const spareTimer = setTimeout(() => {
            if (this.running?.job !== job) return;
            this.running.long = true;
            this.spare ??= this.start();
            if (this.running.superseded) this.stopRunning();
        }, this.spareAfterMs);
        spareTimer.unref();
        this.running = { job, slot, spareTimer, long: false, superseded: false };
        slot.worker.postMessage({ id: job.id, input: job.input } satisfies LayoutRequest);
    }

    private start(): Slot {
        const worker = new Worker(this.workerFile);
        this.workersStarted++;
        // An idle worker never keeps the server alive once its connection ends.
        worker.unref();
        const slot: Slot = { worker, ended: false };
        worker.on('message', (raw: unknown) => this.answer(slot, raw));
        worker.on('error', error => this.lost(slot, error));
        worker.on('exit', code => this.lost(slot, new Error(`exit code ${code}`)));
        return slot;
    }

    private answer(slot: Slot, raw: unknown): void {
        const running = this.running;
        const parsed = LayoutAnswerSchema.safeParse(raw);
        // Anything else answers a layout dropped meanwhile.
        if (!running || running.slot !== slot || !parsed.success || parsed.data.id !== running.job.id) return;
        this.finish();
        if (running.superseded) {
            this.pump();
            return;
        }
        const { job } = running;
        const answer = parsed.data;
        if ('layout' in answer) this.settle(job, () => job.resolve(answer.layout));
        else this.settle(job, () => job.reject(new Error(answer.error)));
        this.pump();
    }

    /** A worker stopped unasked (it crashed, ran out of memory, or was ended from outside). */
    private lost(slot: Slot, cause: Error): void {
        if (slot.ended) return;
        slot.ended = true;
        if (this.spare === slot) this.spare = undefined;
        if (this.active !== slot) return;
        this.active = undefined;
        const running = this.running;
        if (running?.slot === slot) {
            this.finish();
            const { job } = running;
            if (running.superseded) {
                // Its caller was answered already: nothing to retry.
            } else if (job.tries < 2) this.queue.unshift(job);
            else this.settle(job, () => job.reject(new Error(`The layout worker stopped (${cause.message}) twice while laying out this map.`)));
        }
        this.pump();
    }

    /** A newer render superseded the job: drop it if it waits; if it runs, end its worker once it runs long. */
    private abort(job: Job): void {
        const index = this.queue.indexOf(job);
        const running = this.running;
        if (index >= 0) {
            this.queue.splice(index, 1);
        } else if (running?.job === job && !running.superseded) {
            running.superseded = true;
            if (running.long) this.stopRunning();
        } else {
            return;
        }
        this.settle(job, () => job.reject(job.signal.reason));
        this.pump();
    }

    /** Ends the worker of the running (superseded) layout; the spare, or a new worker, lays out the next. */
    private stopRunning(): void {
        const running = this.running;
        if (!running) return;
        this.finish();
        if (this.active === running.slot) this.active = undefined;
        void this.end(running.slot);
        this.pump();
    }

    private finish(): void {
        if (this.running) clearTimeout(this.running.spareTimer);
        this.running = undefined;
    }

    private settle(job: Job, outcome: () => void): void {
        job.signal.removeEventListener('abort', job.onAbort);
        outcome();
    }

    private async end(slot: Slot): Promise<void> {
        slot.ended = true;
        await slot.worker.terminate();
    }

    /** With nothing to lay out for a while, the workers end. */
    private armIdle(): void {
        clearTimeout(this.idleTimer);
        if (!this.active && !this.spare) return;
        this.idleTimer = setTimeout(() => {
            if (this.running || this.queue.length > 0) return;
            for (const slot of [this.active, this.spare]) if (slot) void this.end(slot);
            this.active = this.spare = undefined;
        }, this.idleMs);
        this.idleTimer.unref();
    }
}

/**
 * The server's layout engine: the worker when the bundled worker file is there (the built server,
 * the .vsix); run from source (the in-process tests), there is no worker file and the renderer
 * lays out in this thread (undefined: its default).
 */
export function serverLayoutEngine(workerFile: URL = bundledLayoutWorker): FlowLayoutEngine | undefined {
    return existsSync(fileURLToPath(workerFile)) ? new WorkerLayoutEngine({ workerFile }) : undefined;
}
