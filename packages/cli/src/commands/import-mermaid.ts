import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { EmptyFileSystem, URI } from 'langium';
import { createJourneyServices, identifierCheck, loadDocuments, reportDiagnostics } from '@journey-maps/language';
import { readJourneyText } from '@journey-maps/language/node';
import { JourneyFormatter } from '@journey-maps/language-server/formatter';
import type { ImportOptions } from '../cli-options.js';
import { formatDiagnosticsText } from '../format-diagnostics.js';
import type { CliIo } from '../io.js';
import { markdownFences } from '../markdown-fences.js';
import { journeyFromMermaid, type ImportedJourney } from '../mermaid/journey-from-mermaid.js';
import { mermaidDiagramType, parseMermaidJourney } from '../mermaid/mermaid-journey.js';
import { UsageError } from '../usage-error.js';

const markdownExtensions = new Set(['.md', '.markdown']);
const mermaidExtensions = new Set(['.mmd', '.mermaid']);
const skippedFolders = new Set(['node_modules', '.git']);

interface Diagram {
    readonly source: string;
    /** 1-based line of the diagram's first line in its file. */
    readonly line: number;
    readonly text: string;
}

interface Planned {
    readonly diagram: Diagram;
    readonly output: string;
    readonly imported: ImportedJourney;
}

/**
 * `journey import mermaid FILE|DIR [-o OUT]`: every Mermaid `journey` diagram of the Mermaid and
 * Markdown files named, each to a `.journey` file of its own; other diagrams are skipped and counted.
 */
export async function runImportMermaid(options: ImportOptions, io: CliIo): Promise<number> {
    const input = resolve(io.cwd, options.paths[0]);
    const stats = statSync(input, { throwIfNoEntry: false });
    if (!stats) {
        throw new UsageError(`${options.paths[0]}: no such file or folder`);
    }
    const sources = stats.isDirectory() ? walk(input) : [input];
    if (sources.length === 0) {
        throw new UsageError(`${options.paths[0]}: the folder holds no Mermaid (.mmd, .mermaid) or Markdown (.md) files`);
    }

    const skipped = new Map<string, number>();
    const found: Array<{ diagram: Diagram; name: string }> = [];
    for (const source of sources) {
        const diagrams = diagramsOf(source, skipped);
        const stem = basename(source, extname(source));
        diagrams.forEach((diagram, k) => found.push({ diagram, name: diagrams.length === 1 ? stem : `${stem}-${k + 1}` }));
    }
    const output = options.output === undefined ? undefined : resolve(io.cwd, options.output);
    if (output?.endsWith('.journey') && found.length > 1) {
        throw new UsageError(`-o ${options.output} names one file, but there are ${found.length} journey diagrams: give a folder (see 'journey --help')`);
    }

    const services = createJourneyServices(EmptyFileSystem).Journey;
    const formatter = new JourneyFormatter(services);
    const isIdentifier = identifierCheck(services);
    const planned: Planned[] = found.map(({ diagram, name }) => {
        const target = output?.endsWith('.journey')
            ? output
            : join(output === undefined ? dirname(diagram.source) : join(output, stats.isDirectory() ? relative(input, dirname(diagram.source)) : ''), `${name}.journey`);
        const imported = journeyFromMermaid(parseMermaidJourney(diagram.text, diagram.line), {
            isIdentifier,
            source: `${basename(diagram.source)}${diagram.line > 1 ? `, line ${diagram.line}` : ''}`,
            fallbackName: name
        });
        const formatted = formatter.formatText(imported.text, { insertSpaces: true, tabSize: 2 }) ?? imported.text;
        return { diagram, output: target, imported: { ...imported, text: formatted } };
    });

    // What is written checks without errors: the import is checked as `journey check` would.
    const { requested } = await loadDocuments(services, planned.map(p => ({ uri: URI.file(p.output), text: p.imported.text })), () => undefined);
    let failed = 0;
    planned.forEach((plan, index) => {
        const where = `${relative(io.cwd, plan.diagram.source)}${plan.diagram.line > 1 ? `:${plan.diagram.line}` : ''}`;
        const errors = reportDiagnostics(requested[index]!, relative(io.cwd, plan.output)).filter(d => d.severity === 'error');
        if (errors.length > 0) {
            io.err(formatDiagnosticsText(errors));
            io.err(`${where}: not imported: the Journey text made of it has errors (a bug of the import; please report it with the diagram).\n`);
            failed++;
            return;
        }
        mkdirSync(dirname(plan.output), { recursive: true });
        writeFileSync(plan.output, plan.imported.text);
        const { stages, steps, personas } = plan.imported.counts;
        io.err(`Wrote ${relative(io.cwd, plan.output)} (from ${where}: ${plural(stages, 'stage')}, ${plural(steps, 'step')}, ${plural(personas, 'persona')})\n`);
        for (const note of plan.imported.notes) io.err(`  note: ${note}\n`);
    });

    const others = [...skipped].map(([type, n]) => `${type} ${n}`).join(', ');
    const skippedText = skipped.size > 0 ? `; skipped ${plural([...skipped.values()].reduce((a, b) => a + b, 0), 'other Mermaid diagram')} (${others})` : '';
    io.err(`Imported ${plural(planned.length - failed, 'journey diagram')} from ${plural(sources.length, 'file')}${skippedText}.\n`);
    if (planned.length === 0) {
        io.err(`No Mermaid journey diagram in ${options.paths[0]}: a diagram to import starts with 'journey'.\n`);
        return 1;
    }
    return failed > 0 ? 1 : 0;
}

/** The journey diagrams of a file: a Mermaid file is one diagram, a Markdown file has ```mermaid fences. */
function diagramsOf(source: string, skipped: Map<string, number>): Diagram[] {
    const text = readJourneyText(source);
    const candidates: Diagram[] = markdownExtensions.has(extname(source).toLowerCase())
        ? markdownFences(text).filter(fence => fence.language === 'mermaid').map(fence => ({ source, line: fence.firstLine, text: fence.text }))
        : [{ source, line: 1, text }];
    return candidates.filter(diagram => {
        const type = mermaidDiagramType(diagram.text);
        if (type.toLowerCase() === 'journey') return true;
        skipped.set(type || '(empty)', (skipped.get(type || '(empty)') ?? 0) + 1);
        return false;
    });
}

function walk(folder: string): string[] {
    const found: string[] = [];
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        const path = join(folder, entry.name);
        const extension = extname(entry.name).toLowerCase();
        if (entry.isDirectory() && !skippedFolders.has(entry.name)) {
            found.push(...walk(path));
        } else if (entry.isFile() && (markdownExtensions.has(extension) || mermaidExtensions.has(extension))) {
            found.push(path);
        }
    }
    return found;
}

function plural(n: number, word: string): string {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
