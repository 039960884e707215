import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CliIo } from '../src/io.js';

const setFlagsFromString = vi.fn<(flags: string) => void>();
vi.mock('node:v8', () => ({ setFlagsFromString }));
const { startLastPass } = await import('../src/last-pass.js');

const io = (ownsProcess: boolean): CliIo => ({ cwd: '.', out: () => undefined, outBytes: () => undefined, err: () => undefined, stdoutIsTerminal: false, ownsProcess });

describe('the last pass of a command over its checked maps', () => {
    beforeEach(() => setFlagsFromString.mockClear());

    it('turns V8\'s optimising compiler off in a process of the command\'s own', () => {
        startLastPass(io(true));
        expect(setFlagsFromString).toHaveBeenCalledExactlyOnceWith('--no-opt');
    });

    it('leaves the compiler on inside another program', () => {
        startLastPass(io(false));
        expect(setFlagsFromString).not.toHaveBeenCalled();
    });
});
