import { describe, expect, it } from 'vitest';
import { isJourneyFile } from '../src/index.js';
import { buildWorkspace } from './workspace-helper.js';

async function flowOf(body: string, personas = 'a, b') {
    const workspace = await buildWorkspace({ 'main.journey': `persona a\npersona b\npersona c\njourney j { for ${personas}\n${body}\n}` });
    const root = workspace.documents.get('main.journey')!.parseResult.value;
    if (!isJourneyFile(root)) {
        throw new Error('not a journey file');
    }
    const flow = workspace.services.flow.JourneyFlowProvider.flowOf(root.journeys[0]);
    const name = (s: { name: string }) => s.name;
    return {
        next: Object.fromEntries(flow.steps.map(step => [step.name, (flow.successors.get(step) ?? []).map(s => s.step.name)])),
        actors: Object.fromEntries(flow.steps.map(step => [step.name, (flow.actors.get(step) ?? []).map(name)])),
        entries: Object.fromEntries([...flow.entries].map(([persona, step]) => [persona.name, step.name])),
        reachable: flow.steps.filter(step => flow.reachable.has(step)).map(name)
    };
}

describe('the flow rules', () => {
    it('leads each persona to the next later step it acts in, across stages', async () => {
        const flow = await flowOf('stage s { step x { by a } step y { by b } } stage t { step z { by a } step w }');
        expect(flow.next).toEqual({ x: ['z'], y: ['w'], z: ['w'], w: [] });
        expect(flow.entries).toEqual({ a: 'x', b: 'y' });
    });

    it('fills the actors of a step without by from for', async () => {
        expect((await flowOf('stage s { step x step y { by b } }')).actors).toEqual({ x: ['a', 'b'], y: ['b'] });
    });

    it('lists the successors of a shared step without repeats, in file order', async () => {
        const flow = await flowOf('stage s { step x step y { by b } step z { by a } step w }');
        expect(flow.next.x).toEqual(['y', 'z']);
        expect(flow.next.y).toEqual(['w']);
    });

    it('uses explicit arrows instead of the implicit successors, in the order written', async () => {
        expect((await flowOf('stage s { step x { -> z -> y } step y step z }')).next.x).toEqual(['z', 'y']);
    });

    it('stops a path at end', async () => {
        const flow = await flowOf('stage s { step x { end } step y }');
        expect(flow.next.x).toEqual([]);
        expect(flow.reachable).toEqual(['x']);
    });

    it('reaches steps through loops without running forever', async () => {
        const flow = await flowOf('stage s { step x { -> y } step y { -> x } step z }');
        expect(flow.reachable).toEqual(['x', 'y']);
    });

    it('gives a persona of for that acts nowhere no entry', async () => {
        expect((await flowOf('stage s { step x { by a } }', 'a, b, c')).entries).toEqual({ a: 'x' });
    });
});
