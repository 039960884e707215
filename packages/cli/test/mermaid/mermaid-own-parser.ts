import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Mermaid's own journey parser (12.3.0, the renderer's dev dependency) in Node: its jison parser
 * and its journey database, fed the way Mermaid's Diagram.fromText feeds them (entity codes
 * encoded first). Only the title and accessibility setters are replaced by recorders: Mermaid's
 * run their text through DOMPurify, which needs a browser DOM.
 */

export interface MermaidParsed {
    title: string | undefined;
    accTitle: string | undefined;
    accDescr: string | undefined;
    sections: string[];
    tasks: Array<{ section: string; task: string; score: number; people: string[] }>;
    actors: string[];
}

interface JourneyDiagram {
    parser: { parser: { yy: unknown; parse(text: string): unknown } };
    db: Record<string, (...args: unknown[]) => unknown>;
}

const require = createRequire(import.meta.url);
const chunks = join(dirname(require.resolve('mermaid/package.json')), 'dist/chunks/mermaid.core');
const chunkWith = (pattern: RegExp) => join(chunks, readdirSync(chunks).find(name => name.endsWith('.mjs') && pattern.test(readFileSync(join(chunks, name), 'utf8')))!);

const { diagram } = await import(pathToFileURL(join(chunks, readdirSync(chunks).find(name => /^journeyDiagram-.*\.mjs$/.test(name))!)).href) as { diagram: JourneyDiagram };
const { encodeEntities, decodeEntities, removeDirectives } = await import(pathToFileURL(chunkWith(/^var encodeEntities = /m)).href) as Record<'encodeEntities' | 'decodeEntities' | 'removeDirectives', (text: string) => string>;

export const mermaidVersion: string = (require('mermaid/package.json') as { version: string }).version;

/** What Mermaid draws for an entity code: `&#58;` → ':', `&quot;` → '"'. */
function drawn(text: string): string {
    return decodeEntities(text)
        .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
        .replace(/&(quot|amp|lt|gt|apos);/g, (_, name: string) => ({ quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" })[name]!);
}

/** Parses with Mermaid's parser; throws Mermaid's own error for text Mermaid rejects. */
export function parseWithMermaid(text: string): MermaidParsed {
    const recorded: Pick<MermaidParsed, 'title' | 'accTitle' | 'accDescr'> = { title: undefined, accTitle: undefined, accDescr: undefined };
    diagram.db.clear!();
    diagram.parser.parser.yy = {
        ...diagram.db,
        setDiagramTitle: (value: string) => { recorded.title = value; },
        setAccTitle: (value: string) => { recorded.accTitle = value; },
        setAccDescription: (value: string) => { recorded.accDescr = value; }
    };
    // Mermaid's preprocessing: line ends, directives, comment lines (its cleanupComments), entity codes.
    const cleaned = removeDirectives(text.replace(/\r\n?/g, '\n')).replace(/^\s*%%(?!{)[^\n]+\n?/gm, '').trimStart();
    diagram.parser.parser.parse(`${encodeEntities(cleaned)}\n`);
    const tasks = diagram.db.getTasks!() as MermaidParsed['tasks'];
    return {
        title: recorded.title === undefined ? undefined : drawn(recorded.title),
        accTitle: recorded.accTitle === undefined ? undefined : drawn(recorded.accTitle),
        accDescr: recorded.accDescr === undefined ? undefined : drawn(recorded.accDescr),
        sections: (diagram.db.getSections!() as string[]).map(drawn),
        tasks: tasks.map(t => ({ section: drawn(t.section), task: drawn(t.task), score: t.score, people: t.people.map(drawn) })),
        actors: (diagram.db.getActors!() as string[]).map(drawn)
    };
}
