import { describe, expect, it } from 'vitest';
import { isJourneyFile } from '../src/index.js';
import { buildWorkspace } from '../src/testing/index.js';

/** The flow of a journey of personas a, b and c (its `for` lists `personas`) around `body`. */
async function journeyFlow(body: string, personas = 'a, b') {
    const workspace = await buildWorkspace({ 'main.journey': `persona a\npersona b\npersona c\njourney j { for ${personas}\n${body}\n}` });
    const root = workspace.documents.get('main.journey')!.parseResult.value;
    if (!isJourneyFile(root)) {
        throw new Error('not a journey file');
    }
    return workspace.services.flow.JourneyFlowProvider.flowOf(root.journeys[0]);
}

async function flowOf(body: string, personas = 'a, b') {
    const flow = await journeyFlow(body, personas);
    const name = (s: { name: string }) => s.name;
    return {
        next: Object.fromEntries(flow.steps.map(step => [step.name, (flow.successors.get(step) ?? []).map(s => s.step.name)])),
        /** Each successor as `target:persona+persona`. */
        takes: Object.fromEntries(flow.steps.map(step => [step.name, (flow.successors.get(step) ?? []).map(s => `${s.step.name}:${s.personas.map(name).join('+')}`)])),
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

    it('keeps no empty successor list, and gives every successor the same keys', async () => {
        const flow = await journeyFlow('stage s { step x { -> y 20% "retry" -> z } step y { by a } step z { end } step w { by b } }');
        const lists = flow.steps.map(step => flow.successors.get(step));
        // z ends, w is the last step: neither has an entry.
        expect(lists.map(list => list?.length)).toEqual([2, 1, undefined, undefined]);
        const successors = lists.flatMap(list => list ?? []);
        expect(successors.map(successor => Object.keys(successor))).toEqual(successors.map(() => ['step', 'label', 'share', 'personas']));
        expect(successors.map(({ label, share }) => [label, share])).toEqual([['retry', 20], [undefined, undefined], [undefined, undefined]]);
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

    it('gives a persona the arrows that name it (rule 1)', async () => {
        const flow = await flowOf('stage s { step x { -> y for a -> z } step y step z }');
        expect(flow.takes.x).toEqual(['y:a', 'z:b']);
    });

    it('gives a persona that no arrow names the arrows that name no one (rule 2)', async () => {
        const flow = await flowOf('stage s { step x { -> z for a -> y -> w } step y step z step w }');
        expect(flow.takes.x).toEqual(['z:a', 'y:b', 'w:b']);
    });

    it('gives a persona with no arrow of its own and no arrow for everyone its default next step (rule 3)', async () => {
        const flow = await flowOf('stage s { step x { -> z for a } step y { by b } step z }');
        expect(flow.takes.x).toEqual(['z:a', 'y:b']);
    });

    it('ends the default path of a persona at end, but not its arrows', async () => {
        const flow = await flowOf('stage s { step x { end -> z for a } step y step z }');
        expect(flow.takes.x).toEqual(['z:a']);
        expect(flow.reachable).toEqual(['x', 'z']);
    });

    it('orders successors: arrows as written, then default next steps in file order, each step once with all who go there', async () => {
        const flow = await flowOf('stage s { step x { -> w for a -> y for a, b } step y { by b } step z { by c } step w }', 'a, b, c');
        expect(flow.takes.x).toEqual(['w:a', 'y:a+b', 'z:c']);
        const merged = await flowOf('stage s { step x { -> z for a } step y { by a } step z }');
        expect(merged.takes.x).toEqual(['z:a+b']);
    });

    it('records the personas of a successor in the order of the step\'s actors', async () => {
        const flow = await flowOf('stage s { step x { by b, a -> y for a, b } step y }');
        expect(flow.takes.x).toEqual(['y:b+a']);
    });

    it('leaves out an arrow for a persona that does not act in the step', async () => {
        const flow = await flowOf('stage s { step x { by a -> z for b } step y step z }');
        expect(flow.takes.x).toEqual(['y:a']);
    });

    it('leaves out an arrow whose target does not resolve, as if it were not written', async () => {
        const flow = await flowOf('stage s { step x { -> nowhere } step y }');
        expect(flow.takes.x).toEqual(['y:a+b']);
    });

    it('ends a path that an arrow leads into a step where its persona does not act', async () => {
        // b is led to y, where only a acts: b's path stops there, so z (b's only later step) is not reached by it.
        const flow = await flowOf('stage s { step x { -> y } step y { by a -> w } step z { by b } step w }');
        expect(flow.takes.y).toEqual(['w:a']);
        expect(flow.reachable).toEqual(['x', 'y', 'w']);
    });

    it('gives a persona of for that acts nowhere no entry', async () => {
        expect((await flowOf('stage s { step x { by a } }', 'a, b, c')).entries).toEqual({ a: 'x' });
    });
});
