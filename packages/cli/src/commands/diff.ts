import { relative } from 'node:path';
import { statSync } from 'node:fs';
import { compareJourneys, type AnalysisModel } from '@journey-maps/language';
import { loadJourneyWorkspace } from '@journey-maps/language/node';
import { JourneyDiffSchema, type JourneyDiff } from '@journey-maps/model';
import type { DiffOptions } from '../cli-options.js';
import { collectJourneyFiles } from '../collect-files.js';
import { GitRevisionSource, parseDiffSide, type DiffSide } from '../diff/git-revision.js';
import type { CliIo } from '../io.js';
import { jsonOutput } from '../json-output.js';
import { startLastPass } from '../last-pass.js';
import { diffOf } from '../report/build-report.js';
import { writeCommentMarkdown } from '../report/comment-size.js';
import { formatDiffMarkdown } from '../report/format-diff-markdown.js';
import { formatDiffText } from '../report/format-diff-text.js';
import { UsageError } from '../usage-error.js';
import { validModel, type FileNamer } from '../valid-map.js';

interface OpenedSide {
    readonly path: string;
    readonly source?: GitRevisionSource;
    readonly nameOf: FileNamer;
}

/** `journey diff OLD NEW`: two journeys compared, each a file or `REV:PATH`; exit 1 when either map has errors. */
export async function runDiff(options: DiffOptions, io: CliIo): Promise<number> {
    const diff = await comparedMaps(options, io);
    if (!diff) {
        return 1;
    }
    switch (options.format) {
        case 'json':
            io.out(jsonOutput(JourneyDiffSchema, diff, 'comparison'));
            break;
        case 'markdown':
            writeCommentMarkdown(formatDiffMarkdown(diff), io, 'diff', 'post the text form as a file instead');
            break;
        case 'text':
            io.out(formatDiffText(diff));
            break;
    }
    return 0;
}

/**
 * The diff of the two maps, or undefined after naming the errors of either. A function of its own,
 * as the report's reportOf: the two exported models are garbage before the diff is written.
 */
async function comparedMaps(options: DiffOptions, io: CliIo): Promise<JourneyDiff | undefined> {
    // Every usage error (a missing file, git, revision or path) before any map is read.
    const opened = options.paths.map(arg => open(parseDiffSide(arg, io.cwd), io));
    const models: Array<{ file: string; model: AnalysisModel } | undefined> = [];
    for (const side of opened) {
        const workspace = await loadJourneyWorkspace([side.path], undefined, side.source);
        const document = workspace.requested[0];
        const model = validModel(document, workspace.services, io, side.nameOf, 'diff');
        models.push(model ? { file: side.nameOf(document.uri), model } : undefined);
    }
    const [old, current] = models;
    if (!old || !current) {
        return undefined;
    }
    startLastPass(io);
    return diffOf(old, current, compareJourneys(old.model, current.model));
}

function open(side: DiffSide, io: CliIo): OpenedSide {
    if (side.kind === 'revision') {
        const source = GitRevisionSource.open(side, io.cwd);
        return { path: side.path, source, nameOf: uri => source.nameOf(uri.fsPath) };
    }
    if (statSync(side.path, { throwIfNoEntry: false })?.isDirectory()) {
        throw new UsageError(`${side.arg}: a folder; diff compares two files (see 'journey diff --help')`);
    }
    const [path] = collectJourneyFiles([side.arg], io.cwd);
    return { path, nameOf: uri => relative(io.cwd, uri.fsPath) };
}
