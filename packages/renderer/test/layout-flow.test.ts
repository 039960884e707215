import { describe, expect, it } from 'vitest';
import { isStraightChain, layoutFlow, layoutWithElk, straightChainLayout, type FlowInput } from '../src/layout-flow.js';
import { prepareFlow } from '../src/prepare-flow.js';
import { example } from './fixtures/index.js';
import { generateModel } from './fixtures/generate.js';

const chain = (n: number, width = 180, height = 64): FlowInput => ({
    nodes: Array.from({ length: n }, () => ({ width, height })),
    edges: Array.from({ length: Math.max(0, n - 1) }, (_, i) => ({ from: i, to: i + 1 }))
});

describe('flow layout', () => {
    it('lays out a straight chain by arithmetic exactly as ELK does', async () => {
        for (const input of [chain(1), chain(2), chain(7, 180, 81), chain(40, 180, 99), chain(3, 120, 1)]) {
            expect(isStraightChain(input)).toBe(true);
            expect(straightChainLayout(input)).toEqual(await layoutWithElk(input));
            expect(await layoutFlow(input)).toEqual(straightChainLayout(input));
        }
    });

    it('gives ELK everything that is not a straight chain', () => {
        const labelled = chain(4);
        labelled.edges[1] = { from: 1, to: 2, label: { width: 40, height: 14 } };
        const loop = chain(4);
        loop.edges.push({ from: 3, to: 1 });
        const branch = chain(4);
        branch.edges[2] = { from: 2, to: 2 };
        const gap = chain(4);
        gap.edges.splice(1, 1); // an end in the middle
        const placeholder = chain(4);
        placeholder.nodes[2] = { width: 120, height: 1 };
        for (const input of [labelled, loop, branch, gap, placeholder, { nodes: [], edges: [] }]) expect(isStraightChain(input)).toBe(false);
        for (const model of [example('bank-onboarding'), example('car-claim'), generateModel({ steps: 30, seed: 4 })]) expect(isStraightChain(prepareFlow(model).input)).toBe(false);
    });

    it('matches ELK on the spec examples that are straight chains', async () => {
        for (const name of ['day-commuter', 'sklep-pl']) {
            const input = prepareFlow(example(name)).input;
            expect(isStraightChain(input)).toBe(true);
            expect(straightChainLayout(input)).toEqual(await layoutWithElk(input));
        }
    });
});
