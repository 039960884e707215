import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { layoutFlow } from '@journey-maps/renderer';
import { LayoutRequestSchema, type LayoutAnswer } from './layout-messages.js';

/**
 * The layout worker thread (bundled as dist/layout-worker.cjs beside dist/server.cjs): lays out
 * one flow at a time for the language server, whose own thread keeps answering meanwhile.
 */
const port = parentPort;
if (!port) {
    throw new Error('layout-worker.cjs runs as a worker thread of the Journey language server, not on its own.');
}
// On Linux a nice value belongs to one thread: this one yields to the server's thread, so typing,
// completion and hover come first on a busy machine. Elsewhere it would lower the whole server.
if (process.platform === 'linux') {
    try {
        setPriority(10);
    } catch {
        // Not allowed here (a container's limits): the layout runs at the server's priority.
    }
}
port.on('message', async (raw: unknown) => {
    const request = LayoutRequestSchema.safeParse(raw);
    if (!request.success) {
        const id = typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'number' ? raw.id : -1;
        port.postMessage({ id, error: `The layout worker got a malformed request: ${request.error.message}` } satisfies LayoutAnswer);
        return;
    }
    let answer: LayoutAnswer;
    try {
        answer = { id: request.data.id, layout: await layoutFlow(request.data.input) };
    } catch (error) {
        answer = { id: request.data.id, error: `The map's flow could not be laid out: ${error instanceof Error ? error.message : String(error)}` };
    }
    port.postMessage(answer);
});
