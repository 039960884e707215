import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AstUtils, GrammarUtils } from 'langium';
import { describe, expect, it } from 'vitest';
import { firstNodeForProperty } from '../src/parser/property-node.js';
import { buildWorkspace } from '../src/testing/index.js';

const examplesDir = join(import.meta.dirname, '../../../examples');
const texts = Object.fromEntries(readdirSync(examplesDir).filter(n => n.endsWith('.journey')).map(n => [n, readFileSync(join(examplesDir, n), 'utf8')]));

describe('the first node of a property', async () => {
    const workspace = await buildWorkspace(texts);
    const nodes = [...workspace.documents.values()].flatMap(document => [...AstUtils.streamAst(document.parseResult.value)]);

    it('is the node Langium finds for every property of every node of the examples', () => {
        let compared = 0;
        for (const node of nodes) {
            if (!node.$cstNode) continue;
            for (const property of Object.keys(node).filter(key => !key.startsWith('$'))) {
                expect(firstNodeForProperty(node.$cstNode, property, node), `${node.$type}.${property}`)
                    .toBe(GrammarUtils.findNodeForProperty(node.$cstNode, property));
                compared++;
            }
        }
        expect(compared).toBeGreaterThan(500);
    });

    it('is undefined for a property the node does not have', () => {
        const step = nodes.find(node => node.$type === 'Step')!;
        expect(firstNodeForProperty(step.$cstNode!, 'noSuchProperty', step)).toBeUndefined();
    });
});
