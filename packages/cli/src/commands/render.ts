import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { mapOfDocument, reportProblem } from '@journey-maps/language';
import { loadJourneyWorkspace, type JourneyWorkspace } from '@journey-maps/language/node';
import { JourneyModelSchema, type JourneyInsights, type JourneyModel } from '@journey-maps/model';
import { insightLayers, renderMapSvg } from '@journey-maps/renderer';
import { URI, type LangiumDocument } from 'langium';
import type { RenderOptions } from '../cli-options.js';
import { collectJourneyFiles } from '../collect-files.js';
import { formatDiagnosticsText } from '../format-diagnostics.js';
import type { CliIo } from '../io.js';
import { jsonOutput } from '../json-output.js';
import { leftOutLine, mermaidOfDocument } from '../mermaid/mermaid-of-document.js';
import { UsageError } from '../usage-error.js';

export type Format = 'json' | 'svg' | 'png' | 'mermaid';

/** The file extension of each format. */
export const extensionOf: Record<Format, string> = { json: 'json', svg: 'svg', png: 'png', mermaid: 'mmd' };

/** `journey render`: one file to a file or stdout, or every journey of a folder into a folder. */
export async function runRender(options: RenderOptions, io: CliIo): Promise<number> {
    const input = resolve(io.cwd, options.paths[0]);
    const isFolder = statSync(input, { throwIfNoEntry: false })?.isDirectory() ?? false;
    if (!isFolder && /\.(md|markdown)$/i.test(input)) {
        return (await import('./render-markdown.js')).runRenderMarkdown(input, options, io);
    }
    const files = collectJourneyFiles(options.paths, io.cwd);
    if (isFolder) {
        if (!options.output) {
            throw new UsageError(`rendering a folder needs -o OUTDIR (see 'journey --help')`);
        }
        return renderFolder(files, resolve(io.cwd, options.output), drawnFormat(options.format ?? 'svg', options), options, io);
    }
    const format = drawnFormat(options.format ?? formatOf(options.output) ?? 'svg', options);
    if (format === 'png' && !options.output && io.stdoutIsTerminal) {
        throw new UsageError(`PNG output needs -o FILE.png, or a pipe (see 'journey --help')`);
    }
    const workspace = await loadJourneyWorkspace(files);
    const document = workspace.requested[0];
    const model = exportOrReport(document, workspace, io);
    if (!model) {
        return 1;
    }
    const insights = workspace.services.analysis.JourneyInsights.insightsOf(document);
    if (options.compare && !insights?.comparison) {
        // A folder's maps without a baseline are simply drawn alone; one file named is worth a word.
        io.err(`${relative(io.cwd, document.uri.fsPath)}: --compare: the journey has no baseline to compare with; drawn alone.\n`);
    }
    const bytes = await encode(model, format, options, document, io, undefined, insights);
    if (options.output) {
        const output = resolve(io.cwd, options.output);
        writeFileSync(output, bytes);
        io.err(`Wrote ${relative(io.cwd, output)}\n`);
    } else if (typeof bytes === 'string') {
        io.out(bytes);
    } else {
        io.outBytes(bytes);
    }
    return 0;
}

async function renderFolder(files: string[], outDir: string, format: Format, options: RenderOptions, io: CliIo): Promise<number> {
    const workspace = await loadJourneyWorkspace(files);
    const exporter = workspace.services.model.JourneyModelExporter;
    mkdirSync(outDir, { recursive: true });
    let failed = false;
    let written = 0;
    for (const document of workspace.requested) {
        if (!exporter.journeyOf(document)) {
            continue;
        }
        const model = exportOrReport(document, workspace, io);
        if (!model) {
            failed = true;
            continue;
        }
        const output = join(outDir, `${basename(document.uri.fsPath, '.journey')}.${extensionOf[format]}`);
        writeFileSync(output, await encode(model, format, options, document, io, undefined, workspace.services.analysis.JourneyInsights.insightsOf(document)));
        io.err(`Wrote ${relative(io.cwd, output)}\n`);
        written++;
    }
    if (written === 0 && !failed) {
        io.err(`No journey to render in ${options.paths[0]}: its files hold only declarations.\n`);
        return 1;
    }
    return failed ? 1 : 0;
}

/** The model of the file's journey, or undefined after printing why there is none. */
function exportOrReport(document: LangiumDocument, workspace: JourneyWorkspace, io: CliIo): JourneyModel | undefined {
    const file = relative(io.cwd, document.uri.fsPath);
    const map = mapOfDocument(document, workspace.services);
    if (map.status === 'errors') {
        io.err(formatDiagnosticsText(map.errors.map(problem => reportProblem(problem, relative(io.cwd, URI.parse(problem.uri).fsPath)))));
        io.err(`${file}: not rendered: fix the ${map.errors.length === 1 ? 'error' : `${map.errors.length} errors`} above first.\n`);
        return undefined;
    }
    if (map.status === 'no-journey') {
        io.err(`${file}: no journey to render: the file holds only declarations.\n`);
        return undefined;
    }
    return map.model;
}

/** The model in a format; for Mermaid, one stderr line names what the diagram leaves out. */
export async function encode(
    model: JourneyModel, format: Format, options: RenderOptions, document: LangiumDocument, io: CliIo,
    file = relative(io.cwd, document.uri.fsPath), insights?: JourneyInsights
): Promise<string | Uint8Array> {
    if (format === 'json') {
        return jsonOutput(JourneyModelSchema, model, 'exported model');
    }
    if (format === 'mermaid') {
        const exported = mermaidOfDocument(document, model);
        io.err(leftOutLine(file, exported));
        return exported.text;
    }
    // The same layers as the preview (rank badges, heat tint, and the baseline when asked for, as
    // the preview's Compare with baseline), so an image reads the same.
    const svg = await renderMapSvg(model, { theme: options.theme, ...insightLayers(insights, { compare: options.compare }) });
    if (format === 'svg') {
        return svg;
    }
    // Loaded only for PNG: the rasteriser is WebAssembly with fonts to read.
    const { svgToPng } = await import('@journey-maps/renderer/png');
    return svgToPng(svg, { scale: options.scale });
}

/** The format, refused with --compare unless it is a drawing. */
function drawnFormat(format: Format, options: RenderOptions): Format {
    if (options.compare && format !== 'svg' && format !== 'png') {
        throw new UsageError(`--compare draws the comparison on the map: it takes svg or png, not ${format} (see 'journey --help')`);
    }
    return format;
}

function formatOf(output: string | undefined): Format | undefined {
    const extension = output ? extname(output).slice(1).toLowerCase() : '';
    return (Object.keys(extensionOf) as Format[]).find(format => extensionOf[format] === extension || (format === 'mermaid' && extension === 'mermaid'));
}
