import { createConnection as connectSocket } from 'node:net';
import type { Duplex } from 'node:stream';
import { Console } from 'node:console';
import {
    IPCMessageReader, IPCMessageWriter, StreamMessageReader, StreamMessageWriter, type MessageReader, type MessageWriter
} from 'vscode-languageserver/node';
import { CheckedMessageReader, tolerantJsonDecoder } from './checked-message-reader.js';

export interface ServerTransport {
    readonly reader: MessageReader;
    readonly writer: MessageWriter;
}

/** The value of `--name=value` or `--name value`. */
function option(argv: readonly string[], name: string): string | undefined {
    for (let i = 0; i < argv.length; i++) {
        if (argv[i] === name) {
            return argv[i + 1];
        }
        if (argv[i].startsWith(`${name}=`)) {
            return argv[i].slice(name.length + 1);
        }
    }
    return undefined;
}

function overStream(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): { inner: MessageReader; writer: MessageWriter } {
    return { inner: new StreamMessageReader(input, { contentTypeDecoder: tolerantJsonDecoder }), writer: new StreamMessageWriter(output) };
}

function overSocket(socket: Duplex): { inner: MessageReader; writer: MessageWriter } {
    return overStream(socket, socket);
}

/**
 * The transport an LSP client asks for on the command line (--stdio, --node-ipc, --socket=port,
 * --pipe=name), built here rather than by vscode-languageserver so that every message passes the
 * checks of request-checks.ts before a handler sees it. Undefined when none is asked for.
 */
export function transportFromArguments(argv: readonly string[], log: (line: string) => void): ServerTransport | undefined {
    let transport: { inner: MessageReader; writer: MessageWriter };
    const port = option(argv, '--socket');
    const pipe = option(argv, '--pipe');
    if (argv.includes('--stdio')) {
        keepStdoutForMessages();
        transport = overStream(process.stdin, process.stdout);
    } else if (argv.includes('--node-ipc')) {
        transport = { inner: new IPCMessageReader(process), writer: new IPCMessageWriter(process) };
    } else if (port !== undefined && Number.isInteger(Number(port))) {
        transport = overSocket(connectSocket(Number(port), '127.0.0.1'));
    } else if (pipe !== undefined) {
        transport = overSocket(connectSocket(pipe));
    } else {
        return undefined;
    }
    return { reader: new CheckedMessageReader(transport.inner, transport.writer, log), writer: transport.writer };
}

/**
 * Over stdio, stdout carries the messages: a stray console.log (Langium logs with console.debug)
 * would break the framing, so the console writes to stderr, which editors show as the server's log.
 */
function keepStdoutForMessages(): void {
    const toStderr = new Console({ stdout: process.stderr, stderr: process.stderr });
    for (const method of ['log', 'info', 'debug', 'warn', 'dir', 'table', 'trace', 'count', 'time', 'timeEnd', 'timeLog', 'group', 'groupEnd'] as const) {
        (console as unknown as Record<string, unknown>)[method] = (toStderr[method] as (...args: unknown[]) => void).bind(toStderr);
    }
}

/**
 * A stream whose framing is broken (a header without a usable Content-Length) cannot be read
 * on: the server would stay alive but deaf. It exits saying why, and the editor restarts it.
 * When the client closes the stream, the server ends too.
 */
export function endWithTransport(transport: ServerTransport, exitCode: () => number): void {
    transport.reader.onError(error => {
        process.stderr.write(`Journey language server: cannot read the message stream (${error.message.split('\n')[0]}); a message header needs 'Content-Length: <bytes>'. Exiting.\n`);
        process.exit(1);
    });
    transport.reader.onClose(() => process.exit(exitCode()));
}
