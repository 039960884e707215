import { setFlagsFromString } from 'node:v8';
import type { CliIo } from './io.js';

/**
 * For a command's last part, once its maps are read and checked: the report's (and the diff's)
 * export, analysis and output walk the checked map once. V8's optimising compiler would compile
 * those loops on its helper threads while they run, which does not pay off in a process that exits
 * right after. Turned off here, a cold report took about a quarter less CPU at 10,000 steps and
 * 40 % less at 1,000, and less wall time (report-bench.ts measures it; at 30,000 steps the two were
 * even). The check's code keeps what was compiled for it.
 *
 * Only in a process of the command's own: the flag holds for the rest of the process, and a
 * program the command runs inside (the tests) keeps its compiler.
 */
export function startLastPass(io: CliIo): void {
    if (io.ownsProcess) {
        // `--opt` is V8's name for TurboFan in every Node this runs on; a V8 that ignores the flag only loses the saving.
        setFlagsFromString('--no-opt');
    }
}
