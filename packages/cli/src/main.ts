import { WorkspaceInputError } from '@journey-maps/language/node';
import { PngExportError } from '@journey-maps/renderer/png-errors';
import { helpText, parseCliOptions } from './cli-options.js';
import { processIo, type CliIo } from './io.js';
import { UsageError } from './usage-error.js';

declare const JOURNEY_VERSION: string | undefined;

/** Runs the CLI and returns its exit code: 0 success, 1 errors in the files, 2 usage error. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
    try {
        const options = parseCliOptions(argv);
        switch (options.command) {
            case 'help':
                io.out(options.topic ? (await import('./report/analysis-help.js')).analysisHelp(options.topic) : helpText);
                return 0;
            case 'version':
                io.out(`${typeof JOURNEY_VERSION === 'string' ? JOURNEY_VERSION : '0.0.0-dev'}\n`);
                return 0;
            case 'check':
                // Loaded on demand, so `check` never evaluates the layout engine and the renderer.
                return await (await import('./commands/check.js')).runCheck(options, io);
            case 'render':
                return await (await import('./commands/render.js')).runRender(options, io);
            case 'report':
                return await (await import('./commands/report.js')).runReport(options, io);
            case 'diff':
                return await (await import('./commands/diff.js')).runDiff(options, io);
            case 'import':
                return await (await import('./commands/import-mermaid.js')).runImportMermaid(options, io);
        }
    } catch (error) {
        if (error instanceof UsageError || error instanceof WorkspaceInputError) {
            io.err(`journey: ${error.message}\n`);
            return 2;
        }
        if (error instanceof PngExportError) {
            io.err(`journey: ${error.message}\n`);
            return 1;
        }
        throw error;
    }
}
