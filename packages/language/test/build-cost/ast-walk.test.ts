import { AstUtils, EmptyFileSystem, type AstNode } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { createJourneyServices, type JourneyFile } from '../../src/index.js';
import { readJourneys } from '../../src/testing/index.js';
import { AstWalk } from '../../src/workspace/ast-walk.js';

const services = createJourneyServices(EmptyFileSystem).Journey;
const parse = parseHelper<JourneyFile>(services);

function walked(root: AstNode, prune: (node: AstNode) => boolean = () => false): AstNode[] {
    const walk = new AstWalk(root);
    const nodes: AstNode[] = [];
    for (let node = walk.next(); node; node = walk.next()) {
        nodes.push(node);
        if (prune(node)) {
            walk.prune();
        }
    }
    return nodes;
}

describe('the walk of linking and validation', () => {
    it.each(Object.entries(readJourneys()))('visits the nodes of %s in the order of Langium\'s streamAst', async (_name, text) => {
        const root = (await parse(text)).parseResult.value;
        const expected = AstUtils.streamAst(root).toArray();
        expect(expected.length).toBeGreaterThan(10);
        expect(walked(root)).toEqual(expected);
    });

    it('skips the children of a pruned node, and only those', async () => {
        const root = (await parse('persona anna "Anna"\njourney j "J" { for anna stage a "A" { step s1 "S1" { by anna emotion 1 } } stage b "B" { step s2 "S2" } }')).parseResult.value;
        const types = walked(root, node => node.$type === 'Stage' && (node as unknown as { name: string }).name === 'a').map(node => node.$type);
        expect(types).toEqual(['JourneyFile', 'Persona', 'Journey', 'ForClause', 'Stage', 'Stage', 'Step']);
    });
});
