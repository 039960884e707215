import type { JourneyModel, Step } from '@journey-maps/model';
import { describe, expect, it } from 'vitest';
import { createMapRenderer } from '../src/index.js';
import { personaCurve } from '../src/emotion-curves.js';
import { step } from './fixtures/build.js';
import { parseSvg } from './check-map.js';

/**
 * A map with two personas who start together and part: ola books online and arrives; jan phones,
 * where he either gives up (an end) or gets through, is sent back to choose again (a loop back),
 * and then gets the confirmation with ola.
 */
function clinic(): JourneyModel {
    const both = ['ola', 'jan'];
    const steps: Step[] = [
        step({ id: 'choose', label: 'Chooses a doctor', actors: both, emotions: [{ persona: 'ola', value: 0 }, { persona: 'jan', value: 0 }],
            next: [{ step: 'online', personas: ['ola'] }, { step: 'call', personas: ['jan'] }] }),
        step({ id: 'online', label: 'Books online', actors: ['ola'], emotions: [{ persona: 'ola', value: 1 }], next: [{ step: 'confirm', personas: ['ola'] }] }),
        step({ id: 'call', label: 'Phones the desk', actors: ['jan'], emotions: [{ persona: 'jan', value: -1, label: 'impatient' }],
            next: [{ step: 'hangup', label: 'line busy', personas: ['jan'] }, { step: 'hold', personas: ['jan'] }] }),
        step({ id: 'hangup', label: 'Hangs up', actors: ['jan'], emotions: [{ persona: 'jan', value: -3, label: 'gives up' }], end: true }),
        // jan acts here without an emotion: his curve passes through to what follows.
        step({ id: 'hold', label: 'Waits on hold', actors: ['jan'], next: [{ step: 'choose', label: 'try again', personas: ['jan'] }, { step: 'confirm', personas: ['jan'] }] }),
        step({ id: 'confirm', label: 'Gets a confirmation', actors: both, emotions: [{ persona: 'ola', value: 2, label: 'relieved' }, { persona: 'jan', value: 1 }],
            next: [{ step: 'arrive', personas: ['ola'] }] }),
        step({ id: 'arrive', label: 'Arrives', actors: ['ola'], emotions: [{ persona: 'ola', value: 1 }] })
    ];
    return {
        version: 2,
        journey: { id: 'visit', title: 'Book a visit', kind: 'current', goals: [], personas: both },
        personas: [{ id: 'ola', label: 'Ola, books online', needs: [], expects: [] }, { id: 'jan', label: 'Jan, phones in', needs: [], expects: [] }],
        channels: [], touchpoints: [], teams: [], metrics: [],
        stages: [{ id: 'book', label: 'Book', steps: steps.slice(0, 5) }, { id: 'visit', label: 'Visit', steps: steps.slice(5) }]
    };
}

const allSteps = (m: JourneyModel) => m.stages.flatMap((s) => s.steps);
/** Each step at x = its column, y = the persona's value, where it has one. */
const pointsOf = (m: JourneyModel, persona: string) => (id: string) => {
    const steps = allSteps(m);
    const i = steps.findIndex((s) => s.id === id);
    const e = steps[i]?.emotions.find((x) => x.persona === persona);
    return e ? { x: i, y: e.value } : undefined;
};
const pairs = (c: ReturnType<typeof personaCurve>) => c.segments.map((s) => `${s.from}->${s.to}`);

describe('emotion curves along each persona’s path', () => {
    it('gives two segments from the step where a path branches', () => {
        const m = clinic();
        const jan = personaCurve('jan', allSteps(m), pointsOf(m, 'jan'));
        expect(pairs(jan).filter((p) => p.startsWith('call->'))).toEqual(['call->hangup', 'call->confirm']);
        const ola = personaCurve('ola', allSteps(m), pointsOf(m, 'ola'));
        expect(pairs(ola)).toEqual(['choose->online', 'online->confirm', 'confirm->arrive']);
    });

    it('ends the curve at an end step: nothing leads on from it', () => {
        const m = clinic();
        const jan = personaCurve('jan', allSteps(m), pointsOf(m, 'jan'));
        expect(pairs(jan).some((p) => p.startsWith('hangup->'))).toBe(false);
        expect(jan.ends).toEqual(['hangup', 'confirm']);
        expect(jan.starts).toEqual(['choose']);
    });

    it('adds no line for a loop back, and passes through a step without an emotion', () => {
        const m = clinic();
        const jan = personaCurve('jan', allSteps(m), pointsOf(m, 'jan'));
        expect(pairs(jan)).toEqual(['choose->call', 'call->hangup', 'call->confirm']);
        for (const s of jan.segments) expect(s.points[1].x).toBeGreaterThan(s.points[0].x);
    });

    it('stops where the path leads to a step the persona does not act in', () => {
        const m = clinic();
        const confirm = allSteps(m).find((s) => s.id === 'confirm')!;
        confirm.next = [{ step: 'arrive', personas: ['ola', 'jan'] }];
        const jan = personaCurve('jan', allSteps(m), pointsOf(m, 'jan'));
        expect(pairs(jan).some((p) => p.endsWith('->arrive'))).toBe(false);
    });

    it('draws the same on the map: forked at the branch, ended at the end, no line leftwards', async () => {
        const m = clinic();
        const r = await createMapRenderer().render(m);
        const jan = r.geometry.emotionCurves.find((c) => c.persona === 'jan')!;
        expect(pairs(jan)).toEqual(['choose->call', 'call->hangup', 'call->confirm']);
        const dot = (stepId: string) => r.geometry.emotionPoints.find((p) => p.stepId === stepId && p.persona === 'jan')!;
        const fork = jan.segments.filter((s) => s.from === 'call');
        const xy = (p: { x: number; y: number }) => ({ x: p.x, y: p.y });
        for (const s of fork) expect(xy(s.points[0])).toEqual(xy(dot('call')));
        expect(fork.map((s) => xy(s.points[1]))).toEqual([xy(dot('hangup')), xy(dot('confirm'))]);

        const path = Array.from(parseSvg(r.svg).getElementsByTagName('path')).find((p) => p.getAttribute('data-key') === 'emotion-line:jan')!;
        const runs = (path.getAttribute('d') ?? '').split('M').filter(Boolean).map((run) => run.trim().split(' L').map((xy) => xy.trim().split(' ').map(Number)));
        expect(runs).toHaveLength(2); // choose → call → hangup, then call → confirm
        for (const run of runs) for (let i = 1; i < run.length; i++) expect(run[i]![0]).toBeGreaterThan(run[i - 1]![0]!);
        const starts = runs.map((run) => run[0]);
        expect(starts).toContainEqual([dot('call').x, dot('call').y]);
        // Nothing of jan's line runs on from the end step.
        expect(runs.flat().filter(([x]) => x! > dot('hangup').x && x! < dot('confirm').x)).toEqual([]);
    });

    it('names each persona at the ends of its curve', async () => {
        const r = await createMapRenderer().render(clinic());
        const names = r.geometry.emotionLabels.filter((l) => l.kind === 'name').map((l) => `${l.personas[0]}@${l.stepId}:${l.text.lines.join(' ')}`);
        expect(names.sort()).toEqual(['jan@choose:Jan', 'jan@confirm:Jan', 'jan@hangup:Jan', 'ola@arrive:Ola', 'ola@choose:Ola']);
    });
});

describe('emotion words', () => {
    it('writes a word that six personas share on one step once', async () => {
        const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
        const m: JourneyModel = {
            version: 2,
            journey: { id: 'j', title: 'Six', kind: 'current', goals: [], personas: ids },
            personas: ids.map((id) => ({ id, label: id.toUpperCase(), needs: [], expects: [] })),
            channels: [], touchpoints: [], teams: [], metrics: [],
            stages: [{ id: 's', label: 'S', steps: [
                step({ id: 'pick', label: 'Picks', actors: ids, emotions: ids.map((persona) => ({ persona, value: 1, label: 'decided' })), next: [{ step: 'pay', personas: ids }] }),
                step({ id: 'pay', label: 'Pays', actors: ids, emotions: ids.map((persona, i) => ({ persona, value: i % 2 ? 2 : -1, label: i % 2 ? 'glad' : 'unsure' })) })
            ] }]
        };
        const r = await createMapRenderer().render(m);
        const words = r.geometry.emotionLabels.filter((l) => l.kind === 'word').map((l) => `${l.stepId}:${l.text.lines.join(' ')}:${l.personas.join('')}`);
        expect(words.sort()).toEqual(['pay:glad:bdf', 'pay:unsure:ace', 'pick:decided:abcdef']);
        expect(r.svg.match(/>decided</g)).toHaveLength(1);
    });
});
