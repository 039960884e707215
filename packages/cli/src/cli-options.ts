import { parseArgs } from 'node:util';
import { z } from 'zod';
import { UsageError } from './usage-error.js';

const CheckOptionsSchema = z.strictObject({
    command: z.literal('check'),
    paths: z.array(z.string()).default([]),
    format: z.enum(['text', 'json'], { message: "--format takes 'text' or 'json'" }).default('text')
});

const RenderOptionsSchema = z.strictObject({
    command: z.literal('render'),
    paths: z.array(z.string()).length(1, { message: 'render takes one FILE or DIR' }),
    format: z.enum(['json', 'svg', 'png'], { message: "--format takes 'json', 'svg' or 'png'" }).optional(),
    output: z.string().optional(),
    theme: z.enum(['light', 'dark', 'high-contrast'], { message: "--theme takes 'light', 'dark' or 'high-contrast'" }).default('light'),
    scale: z.coerce.number({ message: '--scale takes a number from 0.5 to 4' }).min(0.5, { message: '--scale takes a number from 0.5 to 4' })
        .max(4, { message: '--scale takes a number from 0.5 to 4' }).default(1)
});

export const CliOptionsSchema = z.discriminatedUnion('command', [
    CheckOptionsSchema,
    RenderOptionsSchema,
    z.strictObject({ command: z.literal('help') }),
    z.strictObject({ command: z.literal('version') })
]);

export type CliOptions = z.infer<typeof CliOptionsSchema>;
export type CheckOptions = z.infer<typeof CheckOptionsSchema>;
export type RenderOptions = z.infer<typeof RenderOptionsSchema>;

/** Reads argv into options; every mistake becomes a UsageError with one line that says what to do. */
export function parseCliOptions(argv: readonly string[]): CliOptions {
    let parsed: ReturnType<typeof parseArgs<{ options: typeof argOptions; allowPositionals: true; strict: true }>>;
    try {
        parsed = parseArgs({ args: [...argv], options: argOptions, allowPositionals: true, strict: true });
    } catch (error) {
        throw new UsageError(`${(error as Error).message.split('\n')[0]} (see 'journey --help')`);
    }
    const { values, positionals } = parsed;
    if (values.help) {
        return { command: 'help' };
    }
    if (values.version) {
        return { command: 'version' };
    }
    const [command, ...paths] = positionals;
    if (command === undefined) {
        return { command: 'help' };
    }
    if (command !== 'check' && command !== 'render') {
        throw new UsageError(`unknown command '${command}': use 'check' or 'render' (see 'journey --help')`);
    }
    if (command === 'check' && (values.output !== undefined || values.theme !== undefined || values.scale !== undefined)) {
        throw new UsageError(`'check' takes no --output, --theme or --scale (see 'journey --help')`);
    }
    const raw = command === 'check'
        ? { command, paths, format: values.format }
        : { command, paths, format: values.format, output: values.output, theme: values.theme, scale: values.scale };
    const result = CliOptionsSchema.safeParse(raw);
    if (!result.success) {
        throw new UsageError(`${result.error.issues[0]?.message ?? 'invalid options'} (see 'journey --help')`);
    }
    return result.data;
}

const argOptions = {
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
    theme: { type: 'string' },
    scale: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' }
} as const;

export const helpText = `journey: check customer journey maps and render them

Usage:
  journey check [paths...] [--format text|json]
      Check .journey files and folders (searched recursively) as one workspace.
      Without paths, checks the current folder. Exit 0 without errors, 1 with errors.
  journey render FILE [--format json|svg|png] [-o OUT] [--theme light|dark|high-contrast] [--scale N]
      Write the map of FILE's journey: the exported model (json), or the drawn map (svg, png).
      Without -o, writes to standard output. The format defaults to OUT's extension, else svg.
  journey render DIR -o OUTDIR [--format svg|png|json]
      Write the map of every journey in DIR into OUTDIR, one file per journey.

Options:
  -f, --format   output format (see above)
  -o, --output   output file or folder
      --theme    colours of svg and png output (default light)
      --scale    pixels per map unit of png output, 0.5 to 4 (default 1)
  -h, --help     show this help
  -v, --version  show the version

Exit codes: 0 success, 1 the files have errors, 2 usage error (bad option, missing path,
a folder without .journey files, a file that is not UTF-8 text).
`;
