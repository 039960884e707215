import { EmptyFileSystem, URI, UriUtils, type LangiumDocument } from 'langium';
import { createJourneyServices, loadDocuments, type JourneyServices } from '@journey-maps/language';
import type { JourneyModel, MapProblem } from '@journey-maps/model';
import { renderMapSvg, THEMES, type FlowLayoutEngine, type ThemeName, type ThemeOption } from '@journey-maps/renderer';
import { z } from 'zod';
import { problemsOf } from './problems.js';

const RenderJourneyOptionsSchema = z.strictObject({
    uri: z.string().min(1).optional(),
    readImport: z.custom<NonNullable<RenderJourneyOptions['readImport']>>(value => typeof value === 'function', { message: 'readImport must be a function' }).optional(),
    theme: z.enum(['auto', ...Object.keys(THEMES) as ThemeName[]]).optional(),
    layoutEngine: z.custom<FlowLayoutEngine>(value => typeof value === 'object' && value !== null && typeof (value as FlowLayoutEngine).layout === 'function', { message: 'layoutEngine must have a layout(input, signal) method' }).optional()
});

export interface RenderJourneyOptions {
    /**
     * Where the text lives, as a URI (`file:///docs/signup.journey`): its imports resolve relative
     * to it, and its problems name it. Default `memory:///journey.journey`.
     */
    uri?: string;
    /**
     * The text of an imported file, given its absolute URI, or undefined when there is none (the
     * import is then a `missing-import` error). Asked once per file per call. Without it, every
     * import is missing.
     */
    readImport?: (uri: string) => string | undefined | Promise<string | undefined>;
    /** Root class `jm-theme-…` of the SVG; 'auto' (default) follows VS Code's theme classes or prefers-color-scheme. */
    theme?: ThemeOption;
    /** Who lays out the flow (default: in this thread; the language server passes its layout worker). */
    layoutEngine?: FlowLayoutEngine;
}

export interface RenderedJourney {
    /** The map; undefined when the text or one of its imports has errors, or the text holds no journey. */
    svg: string | undefined;
    /** Errors, warnings and hints of the text and of the files it imports, each file in reading order. */
    problems: MapProblem[];
    /** The exported model the map is drawn from; undefined whenever svg is. */
    model: JourneyModel | undefined;
}

const defaultUri = 'memory:///journey.journey';
const readImportText = z.string().optional();

let services: JourneyServices | undefined;
// Loading shares one workspace, so calls take turns until their model is exported; drawing runs
// outside the turn, each call with a renderer of its own.
let turn: Promise<unknown> = Promise.resolve();

/**
 * Journey text → SVG: parsed, linked and validated by the language's own services (imports asked
 * of `readImport`), exported to the same model and drawn by the same renderer as the CLI and the
 * preview. Never throws for bad text: its problems say what is wrong.
 */
export async function renderJourney(text: string, options: RenderJourneyOptions = {}): Promise<RenderedJourney> {
    const parsed = RenderJourneyOptionsSchema.safeParse(options);
    if (!parsed.success || typeof text !== 'string') {
        throw new TypeError(`renderJourney(text, options): ${parsed.success ? 'text must be a string' : parsed.error.issues[0]?.message ?? 'invalid options'}`);
    }
    const uri = options.uri ?? defaultUri;
    const exported = turn.then(() => exportModel(text, uri, options.readImport));
    turn = exported.catch(() => undefined);
    const { model, problems } = await exported;
    if (!model || problems.some(problem => problem.severity === 'error')) {
        return { svg: undefined, problems, model: undefined };
    }
    return { svg: await renderMapSvg(model, { theme: options.theme ?? 'auto' }, options.layoutEngine), problems, model };
}

async function exportModel(text: string, uri: string, readImport: RenderJourneyOptions['readImport']): Promise<{ model: JourneyModel | undefined; problems: MapProblem[] }> {
    services ??= createJourneyServices(EmptyFileSystem).Journey;
    const own = languageUri(URI.parse(uri));
    const read = async (target: URI): Promise<string | undefined> => {
        if (!readImport) return undefined;
        const answer = readImportText.safeParse(await readImport(target.toString()));
        if (!answer.success) {
            throw new TypeError(`readImport('${target.toString()}') must return a string or undefined`);
        }
        return answer.data;
    };
    let loaded: readonly LangiumDocument[] = [];
    try {
        const result = await loadDocuments(services, [{ uri: own, text: withoutByteOrderMark(text) }], read);
        loaded = result.all;
        const document = result.requested[0]!;
        const problems = problemsOf(document, services.shared.workspace.LangiumDocuments, uri);
        const model = problems.some(problem => problem.severity === 'error') ? undefined : services.model.JourneyModelExporter.exportModel(document);
        return { model, problems };
    } finally {
        // Each call starts from an empty workspace: nothing of an earlier text is visible to the next.
        const uris = loaded.length > 0 ? loaded.map(doc => doc.uri) : [own];
        await services.shared.workspace.DocumentBuilder.update([], uris.filter(u => services!.shared.workspace.LangiumDocuments.hasDocument(u)));
    }
}

/** The language's services are chosen by file extension: text from a `.md` file gets a `.journey` name beside it. */
function languageUri(uri: URI): URI {
    return UriUtils.extname(uri) === '.journey' ? uri : uri.with({ path: `${uri.path}.journey` });
}

function withoutByteOrderMark(text: string): string {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
