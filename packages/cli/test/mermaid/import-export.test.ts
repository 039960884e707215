import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmptyFileSystem, URI } from 'langium';
import { createJourneyServices, identifierCheck, loadDocuments, type ReportedDiagnostic, reportDiagnostics } from '@journey-maps/language';
import { JourneyFormatter } from '@journey-maps/language-server/formatter';
import type { JourneyModel } from '@journey-maps/model';
import { describe, expect, it } from 'vitest';
import { journeyFromMermaid } from '../../src/mermaid/journey-from-mermaid.js';
import { mermaidFromModel } from '../../src/mermaid/mermaid-from-model.js';
import { parseMermaidJourney } from '../../src/mermaid/mermaid-journey.js';
import { emotionOfScore, scoreOfEmotion } from '../../src/mermaid/score-scale.js';
import { parseWithMermaid } from './mermaid-own-parser.js';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
const examples = join(import.meta.dirname, '../../../../examples');
const services = createJourneyServices(EmptyFileSystem).Journey;
const isIdentifier = identifierCheck(services);
const formatter = new JourneyFormatter(services);
let counter = 0;

function importMermaid(text: string, fallbackName = 'imported') {
    return journeyFromMermaid(parseMermaidJourney(text), { isIdentifier, source: 'test.mmd', fallbackName });
}

/** The model and the diagnostics of a Journey text (imports read from the examples folder). */
async function check(text: string): Promise<{ model: JourneyModel | undefined; diagnostics: ReportedDiagnostic[] }> {
    const uri = URI.file(join(examples, `in-memory-${counter++}.journey`));
    const read = (target: URI) => { try { return readFileSync(target.fsPath, 'utf8'); } catch { return undefined; } };
    const { requested, all } = await loadDocuments(services, [{ uri, text }], read);
    const document = requested[0]!;
    const result = { model: services.model.JourneyModelExporter.exportModel(document), diagnostics: reportDiagnostics(document, 'test') };
    await services.shared.workspace.DocumentBuilder.update([], all.map(d => d.uri));
    return result;
}

async function modelOfMermaid(text: string): Promise<JourneyModel> {
    const imported = importMermaid(text);
    const { model, diagnostics } = await check(imported.text);
    expect(diagnostics.filter(d => d.severity === 'error'), imported.text).toEqual([]);
    return model!;
}

const stepsOf = (model: JourneyModel) => model.stages.flatMap(stage => stage.steps);

describe('the score scale', () => {
    it('maps scores 1..5 to emotions -3, -2, 0, 2, 3 and back', () => {
        expect([1, 2, 3, 4, 5].map(emotionOfScore)).toEqual([-3, -2, 0, 2, 3]);
        expect([-3, -2, 0, 2, 3].map(scoreOfEmotion)).toEqual([1, 2, 3, 4, 5]);
        expect([-1, 1, -2.5, 0.75].map(scoreOfEmotion)).toEqual([2, 4, 1, 4]);
        // Beyond Mermaid's scale: clamped to the emotion range; halves away from zero.
        expect([0, 6, 100, -7, 2.5, 3.5].map(emotionOfScore)).toEqual([-3, 3, 3, -3, -1, 1]);
    });
});

describe('journey import mermaid: the mapping', () => {
    it('maps the documented example field by field', async () => {
        const imported = importMermaid(fixture('working-day.mmd'));
        expect(imported.notes).toEqual([]);
        const model = await modelOfMermaid(fixture('working-day.mmd'));
        expect(model.journey).toEqual({ id: 'my-working-day', title: 'My working day', kind: 'current', goals: [], personas: ['me', 'cat'] });
        expect(model.personas.map(p => [p.id, p.label])).toEqual([['me', 'Me'], ['cat', 'Cat']]);
        expect(model.stages.map(s => [s.id, s.label, s.steps.map(t => t.id)])).toEqual([
            ['go-to-work', 'Go to work', ['make-tea', 'go-upstairs', 'do-work']],
            ['go-home', 'Go home', ['go-downstairs', 'sit-down']]
        ]);
        expect(stepsOf(model).map(t => [t.label, t.actors, t.emotions.map(e => `${e.persona} ${e.value}`)])).toEqual([
            ['Make tea', ['me'], ['me 3']],
            ['Go upstairs', ['me'], ['me 0']],
            ['Do work', ['me', 'cat'], ['me -3', 'cat -3']],
            ['Go downstairs', ['me'], ['me 3']],
            ['Sit down', ['me'], ['me 3']]
        ]);
    });

    it('keeps Unicode in ids and labels', async () => {
        const model = await modelOfMermaid(fixture('zh-working-day.mmd'));
        expect(model.journey).toMatchObject({ id: '我工作一天', title: '我工作一天', personas: ['我', '张三'] });
        expect(model.stages.map(s => s.id)).toEqual(['去公司', '回家']);
        expect(stepsOf(model).map(t => [t.id, t.actors, t.emotions.map(e => e.value)])).toEqual([
            ['烧水', ['我'], [3]], ['上楼', ['我'], [0]], ['工作', ['我', '张三'], [-3, -3]], ['下楼', ['我'], [0]], ['坐下', ['我'], [3]]
        ]);
    });

    it("maps the grammar's edge cases, each with a note where Journey differs", async () => {
        const imported = importMermaid(fixture('edge-cases.mmd'));
        const model = await modelOfMermaid(fixture('edge-cases.mmd'));
        const everyone = ['guard', 'ana', 'bob', 'charlie', 'łukasz-żółć', '张三'];
        expect(model.journey).toEqual({
            id: "edge-cases-of-mermaid's-grammar".replace("'", ''), title: "Edge cases of Mermaid's grammar", kind: 'current',
            goals: ['First line of the description', 'second line of it'], personas: everyone
        });
        expect(imported.text).toContain('// accTitle: Accessible title\n');
        expect(model.personas.map(p => p.label)).toEqual(['Guard', 'Ana', 'Bob', 'Charlie', 'Łukasz Żółć', '张三']);
        expect(model.stages.map(s => [s.id, s.label])).toEqual([['arrive-at-the-desk', 'Arrive at the desk'], ['zażółć-gęślą-jaźń', 'Zażółć gęślą jaźń']]);
        const step = (label: string, n = 0) => stepsOf(model).filter(t => t.label === label)[n]!;
        // A task without actors, and one with only an empty actor, act for every persona.
        expect(step('Sign in')).toMatchObject({ id: 'sign-in', actors: everyone });
        expect(step('E task')).toMatchObject({ actors: everyone });
        expect(step('E task').emotions.map(e => e.value)).toEqual(everyone.map(() => 3));
        expect(step('Fill "form"')).toMatchObject({ id: 'fill-form', actors: ['bob', 'charlie'] });
        expect(step('Łukasz pays #42; done')).toMatchObject({ id: 'łukasz-pays-42-done', actors: ['łukasz-żółć', '张三'] });
        expect(step('Sign in', 1)).toMatchObject({ id: 'sign-in-2', actors: ['ana'] });
        expect([step('Rest'), step('Party'), step('Think'), step('Stare')].map(t => t.emotions.map(e => e.value))).toEqual([[-3], [3], [-1], []]);
        expect(imported.notes).toEqual([
            "line 13: task 'E task' names an empty actor: left out, so the step is for every persona.",
            "line 15: task 'Ask the way': 'ignored text' after the actors is ignored, as Mermaid ignores it.",
            "line 18: a second task 'Sign in' (the first is on line 11): step 'sign-in-2'.",
            "line 19: task 'Rest' has the score 0, outside Mermaid's 1 to 5: emotion -3.",
            "line 20: task 'Party' has the score 6, outside Mermaid's 1 to 5: emotion 3.",
            "line 21: task 'Think' has the score 2.5, outside Mermaid's 1 to 5: emotion -1.",
            "line 22: task 'Stare' has the score 'soon', not a number: the step has no emotion."
        ]);
        expect(imported.text).not.toContain('a comment line');
        for (const note of imported.notes) expect(imported.text).toContain(`// Note: ${note}\n`);
    });

    it('gives a diagram without actors one persona, and names made of reserved words or nothing usable valid ids', async () => {
        const text = 'journey\n  section Day\n    End: 3\n    for: 4\n    3rd party: 2\n    🐱: 5\n    Support: 1\n  section Stage\n    Step: 2\n';
        const imported = importMermaid(text, 'odd-names');
        const { model, diagnostics } = await check(imported.text);
        expect(diagnostics.filter(d => d.severity !== 'hint')).toEqual([]);
        expect(imported.notes).toContain("No task names an actor: every step is for one persona, 'customer'; rename it after who takes this journey.");
        expect(model!.journey).toMatchObject({ id: 'odd-names', title: 'odd-names', personas: ['customer'] });
        expect(model!.stages.map(s => s.id)).toEqual(['day-stage', 'stage-stage']);
        expect(stepsOf(model!).map(t => [t.id, t.label, t.actors])).toEqual([
            ['end-step', 'End', ['customer']], ['for-step', 'for', ['customer']], ['step-3rd-party', '3rd party', ['customer']],
            ['step-1', '🐱', ['customer']], ['support-step', 'Support', ['customer']], ['step-step', 'Step', ['customer']]
        ]);
    });

    it('writes text that the formatter leaves as it is', () => {
        for (const name of ['working-day.mmd', 'zh-working-day.mmd', 'edge-cases.mmd']) {
            const { text } = importMermaid(fixture(name));
            expect(formatter.formatText(text, { insertSpaces: true, tabSize: 2 }), name).toBe(text);
        }
    });
});

/** What Mermaid's parser should read from the export of a model: sections, tasks, scores, actors. */
function expectedMermaid(model: JourneyModel) {
    const label = new Map(model.personas.map(p => [p.id, p.label]));
    return model.stages.filter(s => s.steps.length > 0).flatMap(stage => stage.steps.map(step => ({
        section: stage.label,
        task: step.label,
        score: scoreOfEmotion(step.emotions.length === 0 ? 0 : step.emotions.reduce((sum, e) => sum + e.value, 0) / step.emotions.length),
        people: step.actors.map(id => label.get(id)!)
    })));
}

describe('journey render --format mermaid: the export', () => {
    it("is read back by Mermaid's own parser with the same sections, tasks, scores and actors", async () => {
        for (const name of ['bank-onboarding.journey', 'car-claim.journey', 'day-commuter.journey', 'sklep-pl.journey']) {
            const { model } = await check(readFileSync(join(examples, name), 'utf8'));
            const parsed = parseWithMermaid(mermaidFromModel(model!).text);
            expect(parsed.title, name).toBe(model!.journey.title);
            expect(parsed.sections.map(s => s.trim()), name).toEqual(model!.stages.filter(s => s.steps.length > 0).map(s => s.label));
            expect(parsed.tasks.map(t => ({ ...t, section: t.section.trim(), task: t.task.trim() })), name).toEqual(expectedMermaid(model!));
            expect(parsed.accDescr, name).toBe(model!.journey.goals.join('\n    ') || undefined);
        }
    });

    it("keeps labels that hold Mermaid's own syntax, as entity codes Mermaid draws as written", async () => {
        const labels = ['Pay: now; or later', '#1 choice, % off', 'Journey planning', 'title deed', 'section 2', 'accDescr: x', 'accTitle', 'AccDescr', '%% not a comment', 'a}%%b', 'Über "quotes"'];
        const text = [
            'persona a "Anna: the #1, 50% sure; or not"', 'persona b "Journey man"',
            `journey j "Title; with # and %" { goal "Goal with } and ;" goal "a second goal" for a, b`,
            `  stage s "Stage: one # two" { ${labels.map((l, i) => `step s${i} "${l.replace(/"/g, '\\"')}" { by a, b emotion ${(i % 7) - 3} }`).join(' ')} }`,
            '}'
        ].join('\n');
        const { model, diagnostics } = await check(text);
        expect(diagnostics.filter(d => d.severity === 'error')).toEqual([]);
        const parsed = parseWithMermaid(mermaidFromModel(model!).text);
        expect(parsed.title).toBe('Title; with # and %');
        expect(parsed.accDescr).toBe('Goal with } and ;\n    a second goal');
        expect(parsed.tasks.map(t => [t.section.trim(), t.task.trim(), t.people])).toEqual(labels.map(l => ['Stage: one # two', l, ['Anna: the #1, 50% sure; or not', 'Journey man']]));
        expect(parsed.actors).toEqual(['Anna: the #1, 50% sure; or not', 'Journey man']);
    });

    it('names what Mermaid cannot show, and nothing for a map it shows whole', async () => {
        const { model } = await check(readFileSync(join(examples, 'bank-onboarding.journey'), 'utf8'));
        expect(mermaidFromModel(model!, 2).leftOut).toEqual(expect.arrayContaining(['2 arrows', expect.stringMatching(/^\d+ pains$/), expect.stringMatching(/^\d+ metrics$/), expect.stringMatching(/touchpoints and channels$/)]));
        expect(mermaidFromModel(await modelOfMermaid(fixture('working-day.mmd'))).leftOut).toEqual([]);
    });
});

describe('import → export → import', () => {
    it('is the identity on the imported model', async () => {
        // Scores outside 1..5 that clamp are kept too; a fractional score (emotion ±1) or none is not (see below).
        const edge = fixture('edge-cases.mmd').replace(/^ {4}(Think|Stare):.*\n/gm, '');
        for (const text of [fixture('working-day.mmd'), fixture('zh-working-day.mmd'), edge, 'journey\n  section Only\n    Alone: 2\n']) {
            const first = await modelOfMermaid(text);
            const again = await modelOfMermaid(mermaidFromModel(first).text);
            expect(again).toEqual(first);
        }
    });

    it('moves an emotion of ±1 to ±2, and gives a step without emotion the neutral score, as the scale must', async () => {
        const first = await modelOfMermaid('journey\n  section S\n    Think: 2.5: Me\n    Stare: soon: Me\n');
        const exported = mermaidFromModel(first);
        expect(exported.text).toContain('Think: 2: Me\n    Stare: 3: Me\n');
        expect(exported.leftOut).toEqual(['1 step without an emotion (score 3)']);
        const again = await modelOfMermaid(exported.text);
        expect(stepsOf(again).map(t => t.emotions.map(e => e.value))).toEqual([[-2], [0]]);
    });
});
