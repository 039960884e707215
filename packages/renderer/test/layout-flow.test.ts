import { describe, expect, it } from 'vitest';
import ELK from 'elkjs/lib/elk.bundled.js';
import { CHEAPEST_LAYERED_OPTIONS, elkGraph, elkLayout, fromElk } from '../src/layout-elk.js';
import { isStraightChain, layoutFlow, layoutWithElk, straightChainLayout, type FlowInput } from '../src/layout-flow.js';
import { collapseStraightRuns } from '../src/layout-runs.js';
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

describe('ELK in the calling thread', () => {
    it('gives the layout elkjs\'s own asynchronous API gives', async () => {
        const elk = new ELK();
        for (const model of [example('bank-onboarding'), example('car-claim'), generateModel({ steps: 30, seed: 4 })]) {
            const input = prepareFlow(model).input;
            expect(elkLayout(input)).toEqual(fromElk(input, await elk.layout(elkGraph(input))));
        }
    });

    it('lays out with options in place of the renderer\'s for that call only', () => {
        const input = prepareFlow(example('car-claim')).input;
        const drawn = elkLayout(input);
        const cheapest = elkLayout(input, CHEAPEST_LAYERED_OPTIONS);
        expect(cheapest.nodes).toHaveLength(input.nodes.length);
        // Polyline routing gives edges other points than the renderer's orthogonal ones.
        expect(cheapest.edges).not.toEqual(drawn.edges);
        expect(elkGraph(input).layoutOptions?.['elk.edgeRouting']).toBe('ORTHOGONAL');
        expect(elkLayout(input)).toEqual(drawn);
    });

    it('throws ELK\'s error for a graph it refuses, and lays out the next one', async () => {
        expect(() => elkLayout({ nodes: [{ width: 10, height: 10 }], edges: [{ from: 0, to: 5 }] })).toThrow(/n5/);
        await expect(layoutWithElk({ nodes: [{ width: 10, height: 10 }], edges: [{ from: 0, to: 5 }] })).rejects.toThrow(Error);
        const input = prepareFlow(example('car-claim')).input;
        expect(elkLayout(input).nodes).toHaveLength(input.nodes.length);
    });
});

describe('straight runs inside a branching flow', () => {
    // 0 forks into the runs 1 → 2 → 3 and 4 → 5, which meet again at 6.
    const forked: FlowInput = {
        nodes: Array.from({ length: 7 }, () => ({ width: 180, height: 80 })),
        edges: [[0, 1], [1, 2], [2, 3], [3, 6], [0, 4], [4, 5], [5, 6]].map(([from, to]) => ({ from: from!, to: to! }))
    };

    it('go to ELK as one node each', () => {
        const collapsed = collapseStraightRuns(forked);
        expect(collapsed.input.nodes.map((n) => n.width)).toEqual([180, 3 * 180 + 2 * 56, 2 * 180 + 56, 180]);
        expect(collapsed.input.edges).toEqual([{ from: 0, to: 1 }, { from: 1, to: 3 }, { from: 0, to: 2 }, { from: 2, to: 3 }]);
        expect(collapsed.edges).toEqual([0, -1, -1, 1, 2, -1, 3]);
    });

    it('places cards and edges as ELK does when it lays out every card', async () => {
        expect(await layoutFlow(forked)).toEqual(await layoutWithElk(forked));
        // The spec's branching examples have no straight run: ELK gets them whole.
        for (const name of ['bank-onboarding', 'car-claim']) {
            const input = prepareFlow(example(name)).input;
            expect(collapseStraightRuns(input).input.nodes).toHaveLength(input.nodes.length);
            expect(await layoutFlow(input)).toEqual(await layoutWithElk(input));
        }
    });

    it('keeps apart a run whose last card loops back to its first, and any card of another height', () => {
        const loop: FlowInput = { nodes: chain(3).nodes, edges: [...chain(3).edges, { from: 2, to: 0 }] };
        expect(collapseStraightRuns(loop).input.nodes).toHaveLength(2);
        const taller = chain(4);
        taller.nodes[3] = { width: 180, height: 90 };
        taller.edges.push({ from: 0, to: 3 });
        // 0 has two edges out; 1 → 2 is a run; 3 is taller.
        expect(collapseStraightRuns(taller).input.nodes.map((n) => n.width)).toEqual([180, 2 * 180 + 56, 180]);
    });

    it('keeps every column in file order and every card clear of the others on a large branching map', async () => {
        const input = prepareFlow(generateModel({ steps: 120, seed: 7, personas: 4 })).input;
        expect(collapseStraightRuns(input).input.nodes.length).toBeLessThan(input.nodes.length);
        const layout = await layoutFlow(input);
        layout.nodes.forEach((p, i) => {
            if (i > 0) expect(p.x).toBeGreaterThanOrEqual(layout.nodes[i - 1]!.x + input.nodes[i - 1]!.width + 56);
            expect(p.y).toBeGreaterThanOrEqual(0);
            expect(p.y + input.nodes[i]!.height).toBeLessThanOrEqual(layout.height);
        });
        layout.edges.forEach((e, i) => {
            const from = input.edges[i]!.from;
            expect(e.points[0]!.x).toBeCloseTo(layout.nodes[from]!.x + input.nodes[from]!.width, 5);
        });
    });
});
