import { EmptyFileSystem, getDiagnosticRange, isAstNode, type AstNode } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { createJourneyServices, type JourneyFile } from '../../src/index.js';
import { readJourneys } from '../../src/testing/index.js';
import { firstPropertyRange } from '../../src/validation/property-range.js';

const services = createJourneyServices(EmptyFileSystem).Journey;
const parse = parseHelper<JourneyFile>(services);

/** Every property a diagnostic could be placed at, with its first index when it is a list. */
function placements(root: AstNode): Array<{ node: AstNode; property: string; index?: number }> {
    const found: Array<{ node: AstNode; property: string; index?: number }> = [];
    for (const node of [root, ...streamAll(root)]) {
        for (const property of Object.keys(node).filter(key => !key.startsWith('$'))) {
            const value = (node as unknown as Record<string, unknown>)[property];
            found.push(Array.isArray(value) ? { node, property, index: 0 } : { node, property });
        }
        found.push({ node, property: 'nothing-of-that-name' });
    }
    return found;
}

function streamAll(node: AstNode): AstNode[] {
    return Object.entries(node).filter(([key]) => !key.startsWith('$')).flatMap(([, value]) => (Array.isArray(value) ? value : [value]))
        .filter(isAstNode).flatMap(child => [child, ...streamAll(child)]);
}

describe('the range of a diagnostic at a property', () => {
    it.each(Object.entries(readJourneys()))('is Langium\'s for every property of every node of %s', async (_name, text) => {
        const root = (await parse(text)).parseResult.value;
        const all = placements(root);
        expect(all.length).toBeGreaterThan(50);
        for (const info of all) {
            expect(firstPropertyRange(info), `${info.node.$type}.${info.property}`).toEqual(getDiagnosticRange(info));
        }
    });

    it('leaves a later index, a keyword and a given range to Langium', async () => {
        const root = (await parse('persona anna "Anna"')).parseResult.value;
        const persona = root.declarations[0];
        expect(firstPropertyRange({ node: persona, property: 'name', index: 1 })).toBeUndefined();
        expect(firstPropertyRange({ node: persona, keyword: 'persona' })).toBeUndefined();
        expect(firstPropertyRange({ node: persona, property: 'name', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } })).toBeUndefined();
    });
});
