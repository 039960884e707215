import { readFileSync } from 'node:fs';

/** The resident memory of a process in MB (NaN where /proc cannot tell). */
export function rssMb(pid: number | undefined): number {
    try {
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024;
    } catch {
        return NaN;
    }
}
