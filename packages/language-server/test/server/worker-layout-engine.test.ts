import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RenderMapRequest } from '@journey-maps/model/lsp';
import { createMapRenderer, layoutFlow, type FlowInput } from '@journey-maps/renderer';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { serverLayoutEngine, WorkerLayoutEngine, type WorkerLayoutEngineOptions } from '../../src/server/worker-layout-engine.js';
import { ensureServerBuilt, layoutWorkerBundle, serverPackage, StdioLanguageClient } from '../../bench/lsp/stdio-client.js';
import { generateModel } from '../../../renderer/test/fixtures/generate.js';

const engines: WorkerLayoutEngine[] = [];
const engine = (options: WorkerLayoutEngineOptions = {}) => {
    const created = new WorkerLayoutEngine({ workerFile: layoutWorkerBundle, ...options });
    engines.push(created);
    return created;
};
const never = () => new AbortController().signal;

/** A branching flow ELK needs a while for: n columns, each leading to the next two. */
function branching(n: number): FlowInput {
    const edges: FlowInput['edges'] = [];
    for (let i = 0; i + 1 < n; i++) {
        edges.push({ from: i, to: i + 1 });
        if (i + 2 < n) edges.push({ from: i, to: i + 2 });
    }
    return { nodes: Array.from({ length: n }, () => ({ width: 180, height: 64 })), edges };
}

const until = async (condition: () => boolean) => {
    while (!condition()) await new Promise(resolve => setTimeout(resolve, 5));
};

beforeAll(() => ensureServerBuilt(), 120_000);
afterEach(async () => {
    await Promise.all(engines.splice(0).map(e => e.dispose()));
});

describe('the layout worker', () => {
    it('lays out a flow exactly as the renderer does in this thread', async () => {
        const input = branching(30);
        expect(await engine().layout(input, never())).toEqual(await layoutFlow(input));
    });

    it('leaves the server thread free while it lays out', async () => {
        const e = engine();
        let ticks = 0;
        const timer = setInterval(() => ticks++, 1);
        const layout = e.layout(branching(400), never());
        await until(() => e.runningWorker !== undefined);
        const before = ticks;
        await layout;
        clearInterval(timer);
        // The timer kept firing while the layout ran: in this thread it could not have fired once.
        expect(ticks).toBeGreaterThan(before);
    });

    it('drops a superseded layout that waits, and lays out the one before it', async () => {
        const e = engine();
        const running = e.layout(branching(200), never());
        const superseded = new AbortController();
        const waiting = e.layout(branching(300), superseded.signal);
        superseded.abort(new Error('newer edit'));
        await expect(waiting).rejects.toThrow('newer edit');
        expect((await running).nodes).toHaveLength(200);
    });

    it('lets a superseded layout that has just started finish, and lays out the next on the same worker', async () => {
        const e = engine({ spareAfterMs: 60_000 });
        const superseded = new AbortController();
        const first = e.layout(branching(20), superseded.signal);
        const busy = e.runningWorker;
        superseded.abort(new Error('newer edit'));
        await expect(first).rejects.toThrow('newer edit');
        expect((await e.layout(branching(30), never())).nodes).toHaveLength(30);
        expect(e.workersStarted).toBe(1);
        expect(busy?.threadId).not.toBe(-1);
    });

    it('stops a superseded layout that runs long, so the next layout does not wait for it', async () => {
        const e = engine({ spareAfterMs: 20 });
        const superseded = new AbortController();
        const big = e.layout(branching(600), superseded.signal);
        const busy = e.runningWorker!;
        // Running long: the spare is started.
        await until(() => e.workersStarted === 2);
        superseded.abort(new Error('newer edit'));
        await expect(big).rejects.toThrow('newer edit');
        const next = e.layout(branching(20), never());
        // Another worker answers it: the busy one was ended, not waited for.
        expect(e.runningWorker).not.toBe(busy);
        expect((await next).nodes).toHaveLength(20);
        expect(busy.threadId).toBe(-1);
    });

    it('recovers when its worker is killed during a render: that render and the next still succeed', async () => {
        const e = engine();
        const renderer = createMapRenderer({ layoutEngine: e });
        const model = generateModel({ steps: 300, seed: 3, personas: 3 });
        const rendering = renderer.render(model);
        await until(() => e.runningWorker !== undefined);
        await e.runningWorker!.terminate();
        expect((await rendering).geometry.cards).toHaveLength(300);
        const next = await renderer.render(generateModel({ steps: 40, seed: 4, personas: 2 }));
        expect(next.geometry.cards).toHaveLength(40);
        expect(e.workersStarted).toBeGreaterThanOrEqual(2);
    });

    it('gives up on a layout whose worker dies twice, and lays out the next map', async () => {
        const e = engine({ spareAfterMs: 60_000 });
        const layout = e.layout(branching(400), never());
        for (let kill = 0; kill < 2; kill++) {
            await until(() => e.runningWorker !== undefined && e.runningWorker.threadId !== -1);
            await e.runningWorker!.terminate();
        }
        await expect(layout).rejects.toThrow(/stopped .* twice/);
        expect((await e.layout(branching(10), never())).nodes).toHaveLength(10);
    });

    it('ends idle workers and starts a new one when a map needs laying out again', async () => {
        const e = engine({ idleMs: 20, spareAfterMs: 60_000 });
        await e.layout(branching(10), never());
        const first = e.workersStarted;
        await new Promise(resolve => setTimeout(resolve, 100));
        await e.layout(branching(10), never());
        expect(e.workersStarted).toBe(first + 1);
    });

    it.runIf(process.platform === 'linux')('lays out at a lower priority than the server thread, on Linux', async () => {
        const e = engine();
        await e.layout(branching(10), never());
        // Field 19 of /proc/<pid>/task/<tid>/stat is a thread's nice value (17th after the name).
        const nice = (path: string) => Number(readFileSync(path, 'utf8').replace(/^.*\) /s, '').split(' ')[16]);
        const threads = readdirSync('/proc/self/task').map(tid => nice(`/proc/self/task/${tid}/stat`));
        expect(nice('/proc/thread-self/stat')).toBe(0);
        expect(threads).toContain(10);
    });
});

describe('the server layout engine', () => {
    it('is the worker when the bundled worker file is there', () => {
        const found = serverLayoutEngine(pathToFileURL(layoutWorkerBundle));
        expect(found).toBeInstanceOf(WorkerLayoutEngine);
        void (found as WorkerLayoutEngine).dispose();
    });

    it('lays out in this thread when run from source, where there is no worker file', () => {
        expect(serverLayoutEngine(pathToFileURL(`${layoutWorkerBundle}.missing`))).toBeUndefined();
    });
});

describe('the bundled server', () => {
    it('lays out the preview in its layout worker', async () => {
        // A preload that says on stderr which script each worker thread runs.
        const spy = join(mkdtempSync(join(tmpdir(), 'journey-worker-spy-')), 'worker-spy.cjs');
        writeFileSync(spy, [
            "const threads = require('node:worker_threads');",
            'const Original = threads.Worker;',
            "threads.Worker = class extends Original { constructor(file, ...rest) { process.stderr.write('worker started: ' + String(file) + '\\n'); super(file, ...rest); } };",
            "require('node:module').syncBuiltinESMExports();"
        ].join('\n'));
        const client = await StdioLanguageClient.start(undefined, ['--require', spy]);
        try {
            const folder = join(serverPackage, '../../examples');
            const uri = 'file:///ws/bank-onboarding.journey';
            const ready = client.waitForDiagnostics(uri);
            await client.open('file:///ws/bank-people.journey', readFileSync(join(folder, 'bank-people.journey'), 'utf8'));
            await client.open(uri, readFileSync(join(folder, 'bank-onboarding.journey'), 'utf8'));
            await ready;
            const result = await client.connection.sendRequest(RenderMapRequest, { uri });
            expect(result.status).toBe('ok');
            expect(client.stderr).toMatch(/worker started: file:\/\/.*\/dist\/layout-worker\.cjs/);
        } finally {
            await client.stop();
        }
    }, 60_000);
});
