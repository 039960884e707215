import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createJourneyServices, involvedDocuments, loadDocuments, reportDiagnostics, type ReportedDiagnostic } from '@journey-maps/language';
import { readImportFromDisk, readJourneyText } from '@journey-maps/language/node';
import type { RenderOptions } from '../cli-options.js';
import { formatDiagnosticsText } from '../format-diagnostics.js';
import type { CliIo } from '../io.js';
import { markdownFences } from '../markdown-fences.js';
import { UsageError } from '../usage-error.js';
import { encode, extensionOf } from './render.js';

/**
 * `journey render NOTES.md -o OUTDIR`: each ```journey fence of a Markdown file, as if it were a
 * file of its own beside the Markdown file (so its imports resolve from there), into OUTDIR as
 * NOTES-1.svg, NOTES-2.svg, ... in the order of the fences. Problems name the Markdown file's lines.
 */
export async function runRenderMarkdown(input: string, options: RenderOptions, io: CliIo): Promise<number> {
    if (!options.output) {
        throw new UsageError(`rendering a Markdown file needs -o OUTDIR, a folder for the maps of its fences (see 'journey --help')`);
    }
    const file = relative(io.cwd, input);
    const fences = markdownFences(readJourneyText(input)).filter(fence => fence.language === 'journey');
    if (fences.length === 0) {
        io.err(`${file}: no \`\`\`journey fence to render.\n`);
        return 1;
    }
    const services = createJourneyServices(NodeFileSystem).Journey;
    const texts = fences.map((fence, k) => ({ uri: URI.file(`${input}.fence-${k + 1}.journey`), text: fence.text }));
    const { requested } = await loadDocuments(services, texts, readImportFromDisk);
    const documents = services.shared.workspace.LangiumDocuments;
    const outDir = resolve(io.cwd, options.output);
    const format = options.format ?? 'svg';
    const stem = basename(input, extname(input));
    mkdirSync(outDir, { recursive: true });
    let failed = false;
    for (const [k, fence] of fences.entries()) {
        const document = requested[k]!;
        const where = `${file}:${fence.line}`;
        const errors: ReportedDiagnostic[] = involvedDocuments(document, documents)
            .flatMap(doc => doc === document
                ? reportDiagnostics(doc, file).map(d => ({ ...d, line: d.line + fence.firstLine - 1, endLine: d.endLine + fence.firstLine - 1 }))
                : reportDiagnostics(doc, relative(io.cwd, doc.uri.fsPath)))
            .filter(d => d.severity === 'error');
        if (errors.length > 0) {
            io.err(formatDiagnosticsText(errors));
            io.err(`${where}: the fence is not rendered: fix the ${errors.length === 1 ? 'error' : `${errors.length} errors`} above first.\n`);
            failed = true;
            continue;
        }
        const model = services.model.JourneyModelExporter.exportModel(document);
        if (!model) {
            io.err(`${where}: the fence holds no journey, only declarations: nothing to render.\n`);
            continue;
        }
        const output = join(outDir, `${stem}-${k + 1}.${extensionOf[format]}`);
        writeFileSync(output, await encode(model, format, options, document, io, where));
        io.err(`Wrote ${relative(io.cwd, output)} (the fence on line ${fence.line})\n`);
    }
    return failed ? 1 : 0;
}
