import { relative } from 'node:path';
import { reportDiagnostics } from '@journey-maps/language';
import { loadJourneyWorkspace } from '@journey-maps/language/node';
import type { CheckOptions } from '../cli-options.js';
import { collectJourneyFiles } from '../collect-files.js';
import { formatDiagnosticsJson, formatDiagnosticsText, summarize } from '../format-diagnostics.js';
import type { CliIo } from '../io.js';

/** `journey check`: every named file and folder as one workspace; exit 1 when anything is an error. */
export async function runCheck(options: CheckOptions, io: CliIo): Promise<number> {
    const files = collectJourneyFiles(options.paths.length > 0 ? options.paths : ['.'], io.cwd);
    const workspace = await loadJourneyWorkspace(files);
    const diagnostics = workspace.requested.flatMap(document => reportDiagnostics(document, relative(io.cwd, document.uri.fsPath)));
    if (options.format === 'json') {
        io.out(formatDiagnosticsJson(diagnostics));
    } else {
        io.out(formatDiagnosticsText(diagnostics));
        io.err(summarize(files.length, diagnostics));
    }
    return diagnostics.some(d => d.severity === 'error') ? 1 : 0;
}
