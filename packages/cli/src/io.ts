/** Where a command writes; the tests pass their own to read what a user would see. */
export interface CliIo {
    readonly cwd: string;
    out(text: string): void;
    outBytes(bytes: Uint8Array): void;
    err(text: string): void;
    readonly stdoutIsTerminal: boolean;
    /** The command is all that its process runs, and the process ends with it (the `journey` binary); not so inside the tests. */
    readonly ownsProcess: boolean;
}

export const processIo: CliIo = {
    cwd: process.cwd(),
    out: text => process.stdout.write(text),
    outBytes: bytes => process.stdout.write(bytes),
    err: text => process.stderr.write(text),
    stdoutIsTerminal: Boolean(process.stdout.isTTY),
    ownsProcess: true
};
