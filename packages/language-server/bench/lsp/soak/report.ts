/** What a soak run found, and its printout (the bench and the test print the same lines). */
import { percentile } from '../big-map.js';

export interface BigMapFigures {
    readonly megabytes: number;
    readonly buildMs: number;
    readonly completions: readonly number[];
    readonly rssBeforeMb: number;
    readonly rssOpenMb: number;
    /** RSS some seconds after closing, by seconds since the close. */
    readonly rssAfterCloseMb: ReadonlyArray<{ seconds: number; mb: number }>;
    /** Whether documentSymbol on the closed map was refused (it was dropped). */
    readonly droppedAfterClose: boolean;
}

export interface SoakReport {
    readonly edits: number;
    readonly seconds: number;
    /** Set when the server process ended on its own: exit code and the end of its stderr. */
    readonly crashed?: string;
    readonly hangs: readonly string[];
    /** `method code` → how many error responses. */
    readonly errors: ReadonlyMap<string, number>;
    /** Answers whose result is an error object ({code, message}): errors sent as results. */
    readonly errorsAsResults: readonly string[];
    readonly outsideCount: number;
    /** The first few ranges outside their document. */
    readonly outside: readonly string[];
    readonly publications: number;
    readonly badInputSent: number;
    /** Bad input answered otherwise than a correct server would. */
    readonly badInputWrong: readonly string[];
    readonly cancellations: ReadonlyMap<string, number>;
    /** Publications counted during each idle check. */
    readonly idlePublications: readonly number[];
    readonly rss: ReadonlyArray<{ edits: number; mb: number }>;
    /** Request kind → latencies (ms) of its answers. */
    readonly latency: ReadonlyMap<string, readonly number[]>;
    /** After all of it, a known text gets its diagnostics (none) and its completions as usual. */
    readonly answersAfterwards: boolean;
    readonly big?: BigMapFigures;
}

const ms = (value: number): string => `${value.toFixed(value < 10 ? 1 : 0)} ms`;

export function formatSoakReport(report: SoakReport): string[] {
    const lines: string[] = [];
    lines.push(`soak: ${report.edits} edits in ${report.seconds.toFixed(0)} s, ${report.publications} publications of diagnostics`);
    lines.push(`  crashes: ${report.crashed ? `1 (${report.crashed.split('\n')[0]})` : 0}`);
    lines.push(`  hangs: ${report.hangs.length}${report.hangs.length ? ` (${report.hangs.slice(0, 3).join('; ')})` : ''}`);
    lines.push(`  ranges outside their document: ${report.outsideCount}${report.outside.length ? `, e.g. ${report.outside.slice(0, 3).join('; ')}` : ''}`);
    lines.push(`  errors sent as results: ${report.errorsAsResults.length}${report.errorsAsResults.length ? ` (${report.errorsAsResults.slice(0, 2).join('; ')})` : ''}`);
    const errors = [...report.errors].sort(([a], [b]) => a.localeCompare(b)).map(([kind, count]) => `${kind} ×${count}`);
    lines.push(`  error responses by kind: ${errors.length ? errors.join(', ') : 'none'}`);
    lines.push(`  cancelled requests: ${[...report.cancellations].map(([kind, count]) => `${kind} ×${count}`).join(', ') || 'none'}`);
    lines.push(`  bad input: ${report.badInputSent} sent, ${report.badInputWrong.length} answered wrongly${report.badInputWrong.length ? ` (${report.badInputWrong.slice(0, 3).join('; ')})` : ''}`);
    lines.push(`  idle checks (publications in 2 s with nothing to do): ${report.idlePublications.join(', ')}`);
    lines.push(`  afterwards, a known text is checked and completed as usual: ${report.answersAfterwards ? 'yes' : 'NO'}`);
    lines.push(`  RSS over time: ${report.rss.map(sample => `${sample.edits}: ${sample.mb.toFixed(0)} MB`).join(', ')}`);
    lines.push('  latency by request kind (answers: median / p95 / max):');
    for (const [method, times] of [...report.latency].sort(([a], [b]) => a.localeCompare(b))) {
        lines.push(`    ${method.padEnd(34)} ${String(times.length).padStart(4)}: ${ms(percentile(times, 0.5))} / ${ms(percentile(times, 0.95))} / ${ms(Math.max(...times))}`);
    }
    if (report.big) {
        const big = report.big;
        lines.push(`  ${big.megabytes.toFixed(1)} MB map: open → diagnostics ${ms(big.buildMs)}; RSS ${big.rssBeforeMb.toFixed(0)} MB before, ${big.rssOpenMb.toFixed(0)} MB open, `
            + `after close ${big.rssAfterCloseMb.map(sample => `${sample.mb.toFixed(0)} MB at ${sample.seconds} s`).join(', ')}; dropped after close: ${big.droppedAfterClose ? 'yes' : 'NO'}`);
        lines.push(`  completion on a small file while it builds: ${big.completions.length} answers, median ${ms(percentile(big.completions, 0.5))}, `
            + `p95 ${ms(percentile(big.completions, 0.95))}, max ${ms(Math.max(...big.completions))}`);
    }
    return lines;
}
