import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JourneyModelSchema, type JourneyModel } from '@journey-maps/model';
import { describe, expect, it } from 'vitest';
import { buildWorkspace } from '../src/testing/index.js';

const examplesDir = join(import.meta.dirname, '../../../examples');
const texts = Object.fromEntries(readdirSync(examplesDir).filter(n => n.endsWith('.journey')).map(n => [n, readFileSync(join(examplesDir, n), 'utf8')]));

async function exampleModel(name: string): Promise<JourneyModel> {
    const workspace = await buildWorkspace(texts);
    const model = workspace.services.model.JourneyModelExporter.exportModel(workspace.documents.get(name)!);
    if (!model) {
        throw new Error(`${name} has no journey`);
    }
    return model;
}

const stepOf = (model: JourneyModel, id: string) => model.stages.flatMap(s => s.steps).find(s => s.id === id)!;
const edges = (model: JourneyModel) => model.stages.flatMap(s => s.steps.flatMap(step => step.next.map(n => `${step.id}->${n.step}${n.label ? ` "${n.label}"` : ''}`)));

describe('the exported model of bank-onboarding', async () => {
    const model = await exampleModel('bank-onboarding.journey');

    it('is valid against the schema, version 2', () => {
        expect(JourneyModelSchema.parse(model)).toEqual(model);
        expect(model.version).toBe(2);
    });

    it('describes the journey, without a baseline', () => {
        expect(model.journey).toEqual({
            id: 'onboarding', title: 'Open a current account', kind: 'current',
            goals: ['Find where new customers abandon onboarding', 'Decide what to fix first'], personas: ['anna', 'marek']
        });
    });

    it('lists the imported declarations the file sees', () => {
        expect(model.personas).toEqual([
            { id: 'anna', label: 'Anna, 34, opens her first account online', segment: 'digital first', needs: ['Open an account in one sitting'], expects: ['No branch visit'] },
            { id: 'marek', label: 'Marek, 61, trusts the branch', segment: 'branch loyal', needs: ['Talk to a person before signing'], expects: [] }
        ]);
        expect(model.channels).toEqual([
            { id: 'web', label: 'Website', kind: 'digital' }, { id: 'app', label: 'Mobile app', kind: 'digital' },
            { id: 'branch', label: 'Branch', kind: 'physical' }, { id: 'phone', label: 'Phone', kind: 'physical' }
        ]);
        expect(model.touchpoints.find(t => t.id === 'reviews')).toEqual({ id: 'reviews', label: 'Review sites', channel: 'web', indirect: true });
        expect(model.touchpoints.find(t => t.id === 'kyc')).toEqual({ id: 'kyc', label: 'Video identity check', channel: 'app', owner: 'compliance', indirect: false });
        expect(model.teams.map(t => t.id)).toEqual(['sales', 'compliance', 'service']);
        expect(model.metrics).toEqual([
            { id: 'dropoff', label: 'Form drop-off', unit: '%', target: { op: '<=', value: 20 }, actual: 41, met: false },
            { id: 'csat', label: 'Satisfaction after onboarding', unit: 'pts', target: { op: '>=', value: 4.2 }, actual: 4.4, met: true }
        ]);
    });

    it('keeps stages and steps in file order', () => {
        expect(model.stages.map(s => [s.id, s.label, s.steps.map(step => step.id)])).toEqual([
            ['discover', 'Discover', ['search', 'ask']],
            ['apply', 'Apply', ['fill', 'call', 'abandon', 'verify', 'sign']],
            ['use', 'First month', ['welcome']]
        ]);
    });

    it('exports every successor of the flow rules, in their order, with label, share and who takes it', () => {
        const next = Object.fromEntries(model.stages.flatMap(s => s.steps).map(step => [step.id, step.next]));
        expect(next).toEqual({
            search: [{ step: 'fill', personas: ['anna'] }],
            ask: [{ step: 'sign', personas: ['marek'] }],
            fill: [
                { step: 'verify', share: 62, personas: ['anna'] },
                { step: 'call', label: 'stuck on a field', share: 23, personas: ['anna'] },
                { step: 'abandon', label: 'gives up', share: 15, personas: ['anna'] }
            ],
            call: [{ step: 'fill', label: 'back to the form', personas: ['anna'] }],
            abandon: [],
            verify: [{ step: 'welcome', personas: ['anna'] }],
            sign: [{ step: 'welcome', personas: ['marek'] }],
            welcome: []
        });
        expect(stepOf(model, 'abandon').end).toBe(true);
    });

    it('exports pains with their severity and opportunities with their impact and effort', () => {
        expect(stepOf(model, 'search')).toMatchObject({
            pains: [{ text: 'Fees hidden in the small print', severity: 2 }],
            opportunities: [{ text: 'Fee calculator on the landing page', impact: 3, effort: 2 }]
        });
        expect(stepOf(model, 'ask')).toMatchObject({ pains: [], opportunities: [], needs: ['Someone to explain the fees'] });
    });

    it('exports a step field by field', () => {
        expect(stepOf(model, 'fill')).toEqual({
            id: 'fill', label: 'Fills in the application', actors: ['anna'], touchpoints: ['form'], channels: ['web'],
            emotions: [{ persona: 'anna', value: -2, label: 'annoyed' }],
            needs: [], thinks: [], pains: [{ text: 'Asked for the address twice', severity: 4 }],
            opportunities: [{ text: 'Prefill the address from the ID', impact: 4, effort: 1 }],
            frontstage: [], backstage: ['Credit scoring runs'], support: [], evidence: [],
            metrics: ['dropoff'], owner: 'sales', momentOfTruth: true, end: false,
            next: [
                { step: 'verify', share: 62, personas: ['anna'] },
                { step: 'call', label: 'stuck on a field', share: 23, personas: ['anna'] },
                { step: 'abandon', label: 'gives up', share: 15, personas: ['anna'] }
            ]
        });
        expect(stepOf(model, 'search')).toMatchObject({ touchpoints: ['ad', 'reviews'], channels: ['web'], thinks: ['Which offer is honest?'] });
        expect(stepOf(model, 'abandon')).toMatchObject({ touchpoints: [], channels: ['web'], emotions: [{ persona: 'anna', value: -3, label: 'fed up' }] });
        expect(stepOf(model, 'verify')).toMatchObject({ emotions: [{ persona: 'anna', value: 0 }], owner: 'compliance', support: ['Identity provider'] });
        expect(stepOf(model, 'sign')).toMatchObject({ actors: ['marek'], evidence: ['Signed contract'] });
    });

    it('fills in the actors of a step without by from for, each with their own emotion', () => {
        expect(stepOf(model, 'welcome')).toMatchObject({
            actors: ['anna', 'marek'], channels: ['app'], metrics: ['csat'],
            emotions: [{ persona: 'anna', value: 2, label: 'relieved' }, { persona: 'marek', value: -1, label: 'confused by the app' }]
        });
    });
});

describe('the exported model of clinic-paths: each persona its own way', async () => {
    const model = await exampleModel('clinic-paths.journey');
    const next = Object.fromEntries(model.stages.flatMap(s => s.steps).map(step => [step.id, step.next]));

    it('sends each persona along the arrows that name it', () => {
        expect(next.choose).toEqual([
            { step: 'book-online', personas: ['ola'] },
            { step: 'call-desk', share: 80, personas: ['jan'] },
            { step: 'give-up', label: 'line busy', share: 30, personas: ['jan'] }
        ]);
    });

    it('leaves an arrow for a persona who does not act out, and sends the actor to its default next step', () => {
        expect(next['book-online']).toEqual([{ step: 'confirm', personas: ['ola'] }]);
    });

    it('sends every actor along an arrow without for', () => {
        expect(next['call-desk']).toEqual([{ step: 'confirm', personas: ['jan'] }]);
        expect(next.remind).toEqual([{ step: 'arrive', personas: ['ola', 'jan'] }]);
    });

    it('lets paths meet where personas act together and leaves them together by default', () => {
        expect(next.confirm).toEqual([{ step: 'remind', personas: ['ola', 'jan'] }]);
        expect(next['give-up']).toEqual([]);
        expect(next.arrive).toEqual([]);
    });

    it('applies a per-persona emotion over the general one, for that persona only', () => {
        expect(stepOf(model, 'confirm').emotions).toEqual([{ persona: 'ola', value: 2, label: 'relieved' }, { persona: 'jan', value: 1 }]);
    });

    it('leaves a scale out of range out of the model, and keeps the rest of the opportunity', () => {
        expect(stepOf(model, 'call-desk')).toMatchObject({
            pains: [{ text: 'Waits twelve minutes on hold', severity: 4 }],
            opportunities: [{ text: 'Offer a call-back instead of holding', effort: 2 }]
        });
    });
});

describe('the exported model of bank-future', async () => {
    const model = await exampleModel('bank-future.journey');

    it('names its baseline, the journey of the imported current-state map', () => {
        expect(model.journey).toMatchObject({ id: 'onboarding-future', kind: 'future', baseline: 'onboarding', personas: ['anna', 'marek'] });
    });

    it('overrides the general emotion for one persona', () => {
        expect(stepOf(model, 'welcome').emotions).toEqual([{ persona: 'anna', value: 2, label: 'relieved' }, { persona: 'marek', value: 1, label: 'guided' }]);
    });

    it('sees the declarations of its direct imports only once each', () => {
        expect(model.personas.map(p => p.id)).toEqual(['anna', 'marek']);
    });
});

describe('the exported models of the other examples', () => {
    it('car-claim: a blueprint with its lanes and a loop back', async () => {
        const model = await exampleModel('car-claim.journey');
        expect(model.journey).toMatchObject({ id: 'claim', kind: 'blueprint', personas: ['ola'] });
        expect(edges(model)).toEqual(['photos->call', 'call->repair', 'call->dispute "disagrees with the estimate"', 'dispute->call "new estimate"']);
        expect(stepOf(model, 'photos')).toMatchObject({
            actors: ['ola'], emotions: [{ persona: 'ola', value: -1, label: 'shaken' }], momentOfTruth: true,
            frontstage: ['App guides through the photos'], backstage: ['Claim file opened'], support: ['Claims system'], evidence: ['Claim number by SMS']
        });
        expect(stepOf(model, 'repair')).toMatchObject({ end: true, next: [], channels: ['workshop'] });
        expect(model.metrics).toEqual([{ id: 'cycle', label: 'Days from report to decision', unit: 'days', target: { op: '<=', value: 5 }, actual: 4, met: true }]);
    });

    it('day-commuter: a day map whose steps follow each other across stages', async () => {
        const model = await exampleModel('day-commuter.journey');
        expect(model.journey).toMatchObject({ kind: 'day', goals: [] });
        expect(model.stages.map(s => s.label)).toEqual(['07:00–09:00', '17:00–18:30']);
        expect(edges(model)).toEqual(['plan->buy', 'buy->wait', 'wait->home']);
        expect(stepOf(model, 'wait')).toMatchObject({ thinks: ['Is the board right?'], channels: ['stop'] });
        expect(model.personas).toEqual([{ id: 'tomek', label: 'Tomek, 41, commutes by tram', segment: 'daily commuter', needs: [], expects: ['Real departure times'] }]);
    });

    it('sklep-pl: Polish names and labels come through unchanged', async () => {
        const model = await exampleModel('sklep-pl.journey');
        expect(model.journey).toMatchObject({ id: 'zakup', title: 'Zakup sofy', kind: 'future' });
        expect(model.stages.map(s => s.id)).toEqual(['wybór', 'zakup']);
        expect(edges(model)).toEqual(['oględziny->płatność']);
        expect(stepOf(model, 'płatność')).toMatchObject({ emotions: [{ persona: 'zofia', value: -1, label: 'niepewność' }], touchpoints: ['koszyk'], channels: ['strona'] });
    });

    it('bank-people: a file of declarations has no journey to export', async () => {
        const workspace = await buildWorkspace(texts);
        expect(workspace.services.model.JourneyModelExporter.exportModel(workspace.documents.get('bank-people.journey')!)).toBeUndefined();
    });
});

describe('the text lines of an exported step', () => {
    it('keep file order within each kind, whatever kinds come between', async () => {
        const workspace = await buildWorkspace({
            'lines.journey': [
                'persona ana "Ana"',
                'journey lines "Lines" {',
                '  kind blueprint',
                '  for ana',
                '  stage one "One" {',
                '    step a "A" { emotion 0 need "n1" thinks "t1" need "n2" evidence "e1" support "s1" need "n3" backstage "b1" frontstage "f1" evidence "e2" }',
                '    step b "B" { emotion 0 }',
                '  }',
                '}'
            ].join('\n')
        });
        const model = workspace.services.model.JourneyModelExporter.exportModel(workspace.documents.get('lines.journey')!)!;
        expect(stepOf(model, 'a')).toMatchObject({
            needs: ['n1', 'n2', 'n3'], thinks: ['t1'], frontstage: ['f1'], backstage: ['b1'], support: ['s1'], evidence: ['e1', 'e2']
        });
        expect(stepOf(model, 'b')).toMatchObject({ needs: [], thinks: [], frontstage: [], backstage: [], support: [], evidence: [] });
    });
});
