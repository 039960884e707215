import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { EmptyFileSystem, URI } from 'langium';
import { createJourneyServices, identifierCheck, loadDocuments, reportDiagnostics } from '@journey-maps/language';
import { describe, expect, it } from 'vitest';
import { journeyFromMermaid } from '../../src/mermaid/journey-from-mermaid.js';
import { mermaidFromModel } from '../../src/mermaid/mermaid-from-model.js';
import { parseMermaidJourney } from '../../src/mermaid/mermaid-journey.js';
import { parseWithMermaid } from './mermaid-own-parser.js';

const fixtures = ['working-day.mmd', 'zh-working-day.mmd', 'edge-cases.mmd'].map(name => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8'));
const pieces = ['\n', ' ', ':', '::', ',', ';', '#', '#35;', '#x;', '%%', '%%{', '}', '{', '<br>', '"', '\\', 'journey', 'title ', 'section ', 'accTitle:', 'accDescr {',
    'accDescr:', 'end', 'for', 'by', 'Support', '3', '-1', '0', '9', '2.5', 'NaN', 'Me', 'Me, Cat', 'Łukasz', '张三', '😀', '\t', '\r\n', '---\ntitle: x\n---\n'];

/** Mermaid text near the valid examples: truncated, with spans deleted, or with pieces of its syntax dropped in. */
const mermaidish = fc.oneof(
    fc.record({ text: fc.constantFrom(...fixtures), at: fc.nat() }).map(({ text, at }) => text.slice(0, at % (text.length + 1))),
    fc.record({ text: fc.constantFrom(...fixtures), at: fc.nat(), length: fc.integer({ min: 1, max: 30 }) })
        .map(({ text, at, length }) => { const i = at % text.length; return text.slice(0, i) + text.slice(i + length); }),
    fc.record({ text: fc.constantFrom(...fixtures), inserts: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...pieces)), { minLength: 1, maxLength: 8 }) })
        .map(({ text, inserts }) => inserts.reduce((t, [at, piece]) => { const i = at % (t.length + 1); return t.slice(0, i) + piece + t.slice(i); }, text)),
    fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map(parts => `journey\n${parts.join('')}`)
);

const runs = Number(process.env.JOURNEY_FUZZ_RUNS ?? 150);

describe('journey import mermaid, whatever the diagram', () => {
    const services = createJourneyServices(EmptyFileSystem).Journey;
    const isIdentifier = identifierCheck(services);
    let counter = 0;

    it(`never throws, and writes a Journey file without errors whose export Mermaid can read, over ${runs} diagrams`, async () => {
        await fc.assert(fc.asyncProperty(mermaidish, async text => {
            const imported = journeyFromMermaid(parseMermaidJourney(text), { isIdentifier, source: 'fuzz.mmd', fallbackName: 'fuzz' });
            const uri = URI.parse(`file:///fuzz/case-${counter++}.journey`);
            const { requested } = await loadDocuments(services, [{ uri, text: imported.text }], () => undefined);
            const errors = reportDiagnostics(requested[0]!, 'fuzz').filter(d => d.severity === 'error');
            expect(errors, imported.text).toEqual([]);
            const model = services.model.JourneyModelExporter.exportModel(requested[0]!);
            expect(model).toBeDefined();
            // Mermaid's own parser reads the export, with every step as a task under its label.
            const steps = model!.stages.flatMap(s => s.steps);
            expect(parseWithMermaid(mermaidFromModel(model!).text).tasks.map(t => t.task.trim())).toEqual(steps.map(step => step.label));
            await services.shared.workspace.DocumentBuilder.update([], [uri]);
        }), { numRuns: runs });
    });
});
