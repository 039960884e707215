import { relative, resolve } from 'node:path';
import { statSync } from 'node:fs';
import { loadJourneyWorkspace } from '@journey-maps/language/node';
import { JourneyReportSchema } from '@journey-maps/model';
import type { ReportOptions } from '../cli-options.js';
import { collectJourneyFiles } from '../collect-files.js';
import type { CliIo } from '../io.js';
import { jsonOutput } from '../json-output.js';
import { defaultTop } from '../report/analysis-help.js';
import { buildReport, limitReport } from '../report/build-report.js';
import { formatReportMarkdown } from '../report/format-report-markdown.js';
import { formatReportText } from '../report/format-report-text.js';
import { UsageError } from '../usage-error.js';
import { validModel, type FileNamer } from '../valid-map.js';

/** `journey report FILE`: where the journey hurts and what to fix first; exit 1 only when the map has errors. */
export async function runReport(options: ReportOptions, io: CliIo): Promise<number> {
    const [path] = options.paths;
    if (statSync(resolve(io.cwd, path), { throwIfNoEntry: false })?.isDirectory()) {
        throw new UsageError(`${path}: a folder; report takes one FILE (see 'journey report --help')`);
    }
    const workspace = await loadJourneyWorkspace(collectJourneyFiles([path], io.cwd));
    const document = workspace.requested[0];
    const nameOf: FileNamer = uri => relative(io.cwd, uri.fsPath);
    const model = validModel(document, workspace.services, io, nameOf, 'report');
    if (!model) {
        return 1;
    }
    const report = buildReport(document, model, workspace.services, doc => nameOf(doc.uri));
    switch (options.format) {
        case 'json':
            io.out(jsonOutput(JourneyReportSchema, limitReport(report, options.top), 'report'));
            break;
        case 'markdown':
            io.out(formatReportMarkdown(report, model.journey.title, options.top ?? defaultTop));
            break;
        case 'text':
            io.out(formatReportText(report, model.journey.title, options.top ?? defaultTop));
            break;
    }
    return 0;
}
