import { parseArgs } from 'node:util';
import { z } from 'zod';
import { argvMistake } from './argv-mistake.js';
import { UsageError } from './usage-error.js';

const CheckOptionsSchema = z.strictObject({
    command: z.literal('check'),
    paths: z.array(z.string()).default([]),
    format: z.enum(['text', 'json'], { message: "--format takes 'text' or 'json'" }).default('text')
});

const RenderOptionsSchema = z.strictObject({
    command: z.literal('render'),
    paths: z.array(z.string()).length(1, { message: 'render takes one FILE or DIR' }),
    format: z.enum(['json', 'svg', 'png', 'mermaid'], { message: "--format takes 'json', 'svg', 'png' or 'mermaid'" }).optional(),
    output: z.string().optional(),
    theme: z.enum(['light', 'dark', 'high-contrast'], { message: "--theme takes 'light', 'dark' or 'high-contrast'" }).default('light'),
    scale: z.coerce.number({ message: '--scale takes a number from 0.5 to 4' }).min(0.5, { message: '--scale takes a number from 0.5 to 4' })
        .max(4, { message: '--scale takes a number from 0.5 to 4' }).default(1),
    /**
     * Draw the comparison with the journey's baseline (dashed baseline curves, new and removed
     * steps). Off by default, as in the preview, where Compare with baseline starts off: the
     * image of a map is the map, the same from the CLI and the editor's export.
     */
    compare: z.boolean().default(false)
});

const ReportOptionsSchema = z.strictObject({
    command: z.literal('report'),
    paths: z.array(z.string()).length(1, { message: 'report takes one FILE' }),
    format: z.enum(['text', 'markdown', 'json'], { message: "--format takes 'text', 'markdown' or 'json'" }).default('text'),
    top: z.string().regex(/^[1-9][0-9]*$/, { message: '--top takes a whole number from 1' }).transform(Number).optional()
});

const DiffOptionsSchema = z.strictObject({
    command: z.literal('diff'),
    paths: z.array(z.string()).length(2, { message: 'diff takes OLD and NEW' }),
    format: z.enum(['text', 'markdown', 'json'], { message: "--format takes 'text', 'markdown' or 'json'" }).default('text')
});

/** Commands with help of their own (`journey report --help`). */
const HelpTopicSchema = z.enum(['report', 'diff']);

const ImportOptionsSchema = z.strictObject({
    command: z.literal('import'),
    from: z.literal('mermaid', { message: "import takes 'mermaid': journey import mermaid FILE|DIR" }),
    paths: z.array(z.string()).length(1, { message: 'import mermaid takes one FILE or DIR' }),
    output: z.string().optional()
});

export const CliOptionsSchema = z.discriminatedUnion('command', [
    CheckOptionsSchema,
    RenderOptionsSchema,
    ReportOptionsSchema,
    DiffOptionsSchema,
    ImportOptionsSchema,
    z.strictObject({ command: z.literal('help'), topic: HelpTopicSchema.optional() }),
    z.strictObject({ command: z.literal('version') })
]);

export type CliOptions = z.infer<typeof CliOptionsSchema>;
export type CheckOptions = z.infer<typeof CheckOptionsSchema>;
export type RenderOptions = z.infer<typeof RenderOptionsSchema>;
export type ReportOptions = z.infer<typeof ReportOptionsSchema>;
export type DiffOptions = z.infer<typeof DiffOptionsSchema>;
export type HelpTopic = z.infer<typeof HelpTopicSchema>;
export type ImportOptions = z.infer<typeof ImportOptionsSchema>;

/** Reads argv into options; every mistake becomes a UsageError with one line that says what to do. */
export function parseCliOptions(argv: readonly string[]): CliOptions {
    let parsed: ReturnType<typeof parseArgs<{ options: typeof argOptions; allowPositionals: true; strict: true }>>;
    try {
        parsed = parseArgs({ args: [...argv], options: argOptions, allowPositionals: true, strict: true });
    } catch (error) {
        throw new UsageError(`${argvMistake(error, argv, argOptions)} (see 'journey --help')`);
    }
    const { values, positionals } = parsed;
    if (values.help) {
        const topic = HelpTopicSchema.safeParse(positionals[0]);
        return topic.success ? { command: 'help', topic: topic.data } : { command: 'help' };
    }
    if (values.version) {
        return { command: 'version' };
    }
    const [command, ...paths] = positionals;
    if (command === undefined) {
        return { command: 'help' };
    }
    if (command === 'report' || command === 'diff') {
        return parseAnalysisOptions(command, paths, values);
    }
    if (command === 'import') {
        return importOptions(paths, values);
    }
    if (command !== 'check' && command !== 'render') {
        throw new UsageError(`unknown command '${command}': use 'check', 'render', 'report', 'diff' or 'import' (see 'journey --help')`);
    }
    if (values.top !== undefined) {
        throw new UsageError(`'${command}' takes no --top (see 'journey --help')`);
    }
    if (command === 'check' && (values.output !== undefined || values.theme !== undefined || values.scale !== undefined)) {
        throw new UsageError(`'check' takes no --output, --theme or --scale (see 'journey --help')`);
    }
    if (command === 'check') {
        refuseCompare(command, values);
    }
    const raw = command === 'check'
        ? { command, paths, format: values.format }
        : { command, paths, format: values.format, output: values.output, theme: values.theme, scale: values.scale, compare: values.compare };
    const result = CliOptionsSchema.safeParse(raw);
    if (!result.success) {
        throw new UsageError(`${result.error.issues[0]?.message ?? 'invalid options'} (see 'journey --help')`);
    }
    return result.data;
}

function parseAnalysisOptions(command: 'report' | 'diff', paths: string[], values: ParsedValues): CliOptions {
    refuseCompare(command, values);
    if (values.output !== undefined || values.theme !== undefined) {
        throw new UsageError(`'${command}' takes no --output or --theme (see 'journey ${command} --help')`);
    }
    if (command === 'diff' && values.top !== undefined) {
        throw new UsageError(`'diff' takes no --top (see 'journey diff --help')`);
    }
    const raw = command === 'report' ? { command, paths, format: values.format, top: values.top } : { command, paths, format: values.format };
    const result = CliOptionsSchema.safeParse(raw);
    if (!result.success) {
        throw new UsageError(`${result.error.issues[0]?.message ?? 'invalid options'} (see 'journey ${command} --help')`);
    }
    return result.data;
}

function importOptions(positionals: string[], values: ParsedValues): CliOptions {
    refuseCompare('import', values);
    if (values.format !== undefined || values.theme !== undefined) {
        throw new UsageError(`'import' takes no --format or --theme (see 'journey --help')`);
    }
    const [from, ...paths] = positionals;
    const result = ImportOptionsSchema.safeParse({ command: 'import', from: from ?? '', paths, output: values.output });
    if (!result.success) {
        throw new UsageError(`${result.error.issues[0]?.message ?? 'invalid options'} (see 'journey --help')`);
    }
    return result.data;
}

/** --compare draws a map: only `render` takes it. */
function refuseCompare(command: string, values: ParsedValues): void {
    if (values.compare !== undefined) {
        throw new UsageError(`'${command}' takes no --compare: it is render's, to draw a map against its baseline (see 'journey --help')`);
    }
}

type ParsedValues = ReturnType<typeof parseArgs<{ options: typeof argOptions; allowPositionals: true; strict: true }>>['values'];

const argOptions = {
    format: { type: 'string', short: 'f' },
    top: { type: 'string' },
    output: { type: 'string', short: 'o' },
    theme: { type: 'string' },
    scale: { type: 'string' },
    compare: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' }
} as const;

export const helpText = `journey: check customer journey maps and render them

Usage:
  journey check [paths...] [--format text|json]
      Check .journey files and folders (searched recursively) as one workspace.
      Without paths, checks the current folder. Exit 0 without errors, 1 with errors.
  journey render FILE [--format json|svg|png|mermaid] [-o OUT] [--theme light|dark|high-contrast] [--scale N] [--compare]
      Write the map of FILE's journey: the exported model (json), the drawn map (svg, png), or
      Mermaid's journey diagram (mermaid; what Mermaid cannot show is named on stderr).
      Without -o, writes to standard output. The format defaults to OUT's extension, else svg.
      --compare draws a journey with a baseline against it, as the preview's Compare with
      baseline does: the baseline's emotion curves dashed, new steps marked, removed steps
      noted at their stage. Without it the map is drawn alone, as the preview starts.
  journey render DIR -o OUTDIR [--format svg|png|json|mermaid]
      Write the map of every journey in DIR into OUTDIR, one file per journey.
  journey render NOTES.md -o OUTDIR [--format svg|png|json|mermaid]
      Write the map of every \`\`\`journey fence of a Markdown file: NOTES-1.svg, NOTES-2.svg, ...
  journey import mermaid FILE|DIR [-o OUT]
      Turn every Mermaid journey diagram (.mmd, .mermaid, and \`\`\`mermaid fences of .md files)
      into a .journey file of its own, beside its source or under OUT; other diagrams are skipped.
  journey report FILE [--format text|markdown|json] [--top N]
      Where FILE's journey hurts and what to fix first: ranked hotspots with their reasons,
      quick wins, stage health (see 'journey report --help' for how hotspots are scored).
  journey diff OLD NEW [--format text|markdown|json]
      Compare two journeys; OLD and NEW are files or REV:PATH read from git at REV.

Options:
  -f, --format   output format (see above)
  -o, --output   output file or folder
      --top      how many hotspots and quick wins 'report' shows
      --theme    colours of svg and png output (default light)
      --scale    pixels per map unit of png output, 0.5 to 4 (default 1)
      --compare  draw svg and png output against the journey's baseline (default off)
  -h, --help     show this help
  -v, --version  show the version

Exit codes: 0 success, 1 the files have errors, 2 usage error (bad option, missing path,
a folder without .journey files, a file that is not UTF-8 text).
`;
