import type { ReportedDiagnostic } from '@journey-maps/language';

/** `path:line:col: severity code: message`, one per line, as compilers print them. */
export function formatDiagnosticsText(diagnostics: readonly ReportedDiagnostic[]): string {
    return diagnostics.map(d => `${d.file}:${d.line}:${d.column}: ${d.severity} ${d.code}: ${d.message}\n`).join('');
}

export function formatDiagnosticsJson(diagnostics: readonly ReportedDiagnostic[]): string {
    return `${JSON.stringify(diagnostics, null, 2)}\n`;
}

/** A closing count for people, e.g. `6 files checked: 5 errors, 1 warning, 0 hints.` */
export function summarize(fileCount: number, diagnostics: readonly ReportedDiagnostic[]): string {
    const count = (severity: ReportedDiagnostic['severity']): number => diagnostics.filter(d => d.severity === severity).length;
    const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
    return `${plural(fileCount, 'file')} checked: ${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('hint') + count('info'), 'hint')}.\n`;
}
