import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { EmptyFileSystem, URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { createJourneyServices } from '../src/index.js';

const examplesDir = join(import.meta.dirname, '../../../examples');
const examples = readdirSync(examplesDir).filter(n => n.endsWith('.journey')).sort().map(n => readFileSync(join(examplesDir, n), 'utf8'));

const tokens = ['{', '}', '"', '->', ',', '-', '+', '.', '/*', '*/', '//', '\\', '\n', ' ', 'step', 'stage', 'journey', 'for', 'by',
    'at', 'via', 'emotion', 'end', 'import', '"x.journey"', 'persona', 'anna', 'zażółć', '99', '-4', '1.5', '😀', '\u0000', '\r\n', 'é',
    // 1.1: per-persona arrows with shares, scales, baselines, soft keywords, and the mistakes the reference names.
    '46%', '-5%', '101%', '12.5%', '%', 'for ola', 'for jan, ola', '-> confirm 80% "x" for jan', 'severity', 'severity 3', 'impact 7',
    'effort 0', 'baseline', 'baseline onboarding', 'impact', 'support', '1st-visitor', 'emotion -2 annoyed', '"open', 'pain "p" severity 2'];

/** One mutation of an example: a truncation, a deleted span, or tokens dropped in. */
const mutated = fc.oneof(
    fc.record({ text: fc.constantFrom(...examples), at: fc.nat() }).map(({ text, at }) => text.slice(0, at % (text.length + 1))),
    fc.record({ text: fc.constantFrom(...examples), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) })
        .map(({ text, at, length }) => { const i = at % text.length; return text.slice(0, i) + text.slice(i + length); }),
    fc.record({ text: fc.constantFrom(...examples), inserts: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...tokens)), { minLength: 1, maxLength: 6 }) })
        .map(({ text, inserts }) => inserts.reduce((t, [at, token]) => { const i = at % (t.length + 1); return t.slice(0, i) + token + t.slice(i); }, text))
);

const runs = Number(process.env.JOURNEY_FUZZ_RUNS ?? 1200);

describe('building never throws, whatever the text', () => {
    const services = createJourneyServices(EmptyFileSystem).Journey;
    const documents = services.shared.workspace.LangiumDocuments;
    const builder = services.shared.workspace.DocumentBuilder;
    // The importing example stays loaded, so mutations of either side of an import are linked for real.
    const people = services.shared.workspace.LangiumDocumentFactory.fromString(examples.find(t => t.includes('Shared declarations'))!, URI.parse('file:///fuzz/bank-people.journey'));
    documents.addDocument(people);
    let counter = 0;

    it(`keeps every diagnostic inside its document over ${runs} mutated examples`, async () => {
        await fc.assert(fc.asyncProperty(mutated, async text => {
            const uri = URI.parse(`file:///fuzz/case-${counter++}.journey`);
            const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, uri);
            documents.addDocument(document);
            await builder.build([document], { validation: true });
            const lines = text.split(/\r\n|\r|\n/);
            for (const diagnostic of document.diagnostics ?? []) {
                const { start, end } = diagnostic.range;
                expect(start.line).toBeGreaterThanOrEqual(0);
                expect(end.line).toBeLessThan(lines.length);
                expect(start.line <= end.line).toBe(true);
                expect(start.character).toBeLessThanOrEqual(lines[start.line].length);
                expect(end.character).toBeLessThanOrEqual(lines[end.line].length);
                expect(typeof diagnostic.code).toBe('string');
            }
            await builder.update([], [uri]);
        }), { numRuns: runs, seed: Number(process.env.JOURNEY_FUZZ_SEED ?? Date.now() % 2 ** 31) });
    }, 300_000);
});
