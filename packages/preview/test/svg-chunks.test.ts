import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { loadJourneyWorkspace } from '@journey-maps/language/node';
import { renderMapSvg } from '@journey-maps/renderer';
import { describe, expect, it } from 'vitest';
import { chunkSvg, diffSvgChunks, leafElements } from '../src/svg-chunks.js';

const examples = join(import.meta.dirname, '../../../examples');

async function exampleSvg(text: string): Promise<string> {
    const dir = join(import.meta.dirname, '../../../node_modules/.cache/svg-chunks-test');
    const { mkdirSync, writeFileSync } = await import('node:fs');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'bank-people.journey'), readFileSync(join(examples, 'bank-people.journey')));
    writeFileSync(join(dir, 'map.journey'), text);
    const workspace = await loadJourneyWorkspace([join(dir, 'map.journey')]);
    return renderMapSvg(workspace.services.model.JourneyModelExporter.exportModel(workspace.requested[0])!);
}

describe('cutting a map into patchable pieces', async () => {
    const original = readFileSync(join(examples, 'bank-onboarding.journey'), 'utf8');
    const before = await exampleSvg(original);
    const after = await exampleSvg(original.replace('"Calls the help line"', '"Calls the help desk"'));

    it('cuts the whole map, losing nothing', () => {
        const chunks = chunkSvg(before)!;
        expect(chunks.chunks.join('')).toBe(before);
        expect(chunks.chunks.length).toBeGreaterThan(50);
        expect(chunks.leaf.filter(Boolean).length).toBeGreaterThan(40);
    });

    it('finds that a label edit changes a few pieces, each a whole element', () => {
        const changes = diffSvgChunks(chunkSvg(before)!, chunkSvg(after)!)!;
        expect(changes.length).toBeGreaterThan(0);
        expect(changes.length).toBeLessThan(5);
        expect(changes.some(c => c.markup.includes('Calls the help desk'))).toBe(true);
        for (const change of changes) {
            expect(change.markup).toMatch(/^<([a-z]+)\b[\s\S]*(<\/\1>|\/>)$/);
        }
        const patched = [...chunkSvg(before)!.chunks];
        for (const change of changes) patched[change.index] = change.markup;
        expect(patched.join('')).toBe(after);
    });

    it('asks for a full render when the structure changes', async () => {
        const added = await exampleSvg(original.replace('stage use "First month" {', 'stage use "First month" {\n    step extra "Extra" { by anna at mobile emotion 1 }'));
        expect(diffSvgChunks(chunkSvg(before)!, chunkSvg(added)!)).toBeUndefined();
    });

    it('maps every leaf piece to its element in the parsed map', () => {
        const chunks = chunkSvg(before)!;
        const root = new DOMParser().parseFromString(before, 'image/svg+xml').documentElement!;
        const elements = leafElements(root as unknown as Element, chunks)!;
        expect(elements.size).toBe(chunks.leaf.filter(Boolean).length);
        for (const [index, element] of elements) {
            expect(chunks.chunks[index].startsWith(`<${element.nodeName}`)).toBe(true);
        }
    });

    it('refuses markup it cannot cut safely', () => {
        expect(chunkSvg('<svg><!-- c --><g/></svg>')).toBeUndefined();
        expect(chunkSvg('<svg>text<g/></svg>')).toBeUndefined();
        expect(chunkSvg('<div></div>')).toBeUndefined();
        expect(chunkSvg('<svg><g><rect/></svg>')).toBeUndefined();
    });
});
