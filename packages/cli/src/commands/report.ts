import { relative, resolve } from 'node:path';
import { statSync } from 'node:fs';
import type { JourneyServices } from '@journey-maps/language';
import { loadJourneyWorkspace } from '@journey-maps/language/node';
import { JourneyReportSchema } from '@journey-maps/model';
import type { LangiumDocument } from 'langium';
import type { ReportOptions } from '../cli-options.js';
import { collectJourneyFiles } from '../collect-files.js';
import type { CliIo } from '../io.js';
import { jsonOutput } from '../json-output.js';
import { startLastPass } from '../last-pass.js';
import { defaultTop } from '../report/analysis-help.js';
import { buildReport, type TopOfReport } from '../report/build-report.js';
import { writeCommentMarkdown } from '../report/comment-size.js';
import { formatReportMarkdown } from '../report/format-report-markdown.js';
import { formatReportText } from '../report/format-report-text.js';
import { UsageError } from '../usage-error.js';
import { validModel, type FileNamer } from '../valid-map.js';

/*
 * A report without a baseline is checked against the report's schema without `comparison`: the
 * same rules for all it holds, and a validator to generate of less than half the size (the
 * comparison's part was 60 % of it, and generating the whole about a quarter of the own time of a
 * 1,000-step report). A report with one is checked against the whole schema.
 */
const reportWithoutComparison = JourneyReportSchema.omit({ comparison: true });

/** `journey report FILE`: where the journey hurts and what to fix first; exit 1 only when the map has errors. */
export async function runReport(options: ReportOptions, io: CliIo): Promise<number> {
    return writeReport(await loadReportInput(options, io), options, io);
}

/** The file a report is made of, read and checked with its imports as `journey check` does it. */
export interface ReportInput {
    readonly document: LangiumDocument;
    readonly services: JourneyServices;
    readonly nameOf: FileNamer;
}

/**
 * The part of a report that `journey check` does as well; what follows it (writeReport) is the
 * report's own work, which the benchmark times on its own.
 */
export async function loadReportInput(options: ReportOptions, io: CliIo): Promise<ReportInput> {
    const [path] = options.paths;
    if (statSync(resolve(io.cwd, path), { throwIfNoEntry: false })?.isDirectory()) {
        throw new UsageError(`${path}: a folder; report takes one FILE (see 'journey report --help')`);
    }
    const workspace = await loadJourneyWorkspace(collectJourneyFiles([path], io.cwd));
    return { document: workspace.requested[0], services: workspace.services, nameOf: uri => relative(io.cwd, uri.fsPath) };
}

/** The report of a checked file in the chosen format: 0, or 1 after naming the errors that stop it. */
export function writeReport(input: ReportInput, options: ReportOptions, io: CliIo): number {
    startLastPass(io);
    const made = reportOf(input, options, io);
    if (!made) {
        return 1;
    }
    const { report, omitted, title } = made;
    switch (options.format) {
        case 'json':
            io.out(report.comparison ? jsonOutput(JourneyReportSchema, report, 'report') : jsonOutput(reportWithoutComparison, report, 'report'));
            break;
        case 'markdown':
            writeCommentMarkdown(formatReportMarkdown(report, omitted, title), io, 'report', 'lower --top');
            break;
        case 'text':
            io.out(formatReportText(report, omitted, title));
            break;
    }
    return 0;
}

/**
 * The report and the journey's title, or undefined after naming the errors that stop it. A function
 * of its own, so that the exported model is garbage once the report is made: the report holds
 * nothing of it. While the caller's frame still reached the model, the garbage collections during
 * the output of a 10,000-step JSON report copied the model once more, and the report's own time
 * was about a sixth longer (160 instead of 133 ms CPU, medians of 21 cold runs).
 */
function reportOf({ document, services, nameOf }: ReportInput, options: ReportOptions, io: CliIo): (TopOfReport & { readonly title: string }) | undefined {
    const model = validModel(document, services, io, nameOf, 'report');
    if (!model) {
        return undefined;
    }
    // JSON holds every hotspot unless --top is given; the text forms show the top five by default.
    const top = options.top ?? (options.format === 'json' ? undefined : defaultTop);
    return { ...buildReport(document, model, services, doc => nameOf(doc.uri), top), title: model.journey.title };
}
