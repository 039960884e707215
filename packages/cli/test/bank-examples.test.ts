/**
 * NEEDS LANGUAGE 1.1 (severity, impact, effort, shares, `baseline`): enable at the merge with h2's
 * grammar by renaming this file to `bank-examples.test.ts`. `journey report` and `journey diff` end
 * to end on the spec's 1.1 examples in `examples/`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { JourneyDiffSchema, JourneyReportSchema } from '@journey-maps/model';
import { describe, expect, it } from 'vitest';
import { examples, runCli } from './run-cli.js';

if (!existsSync(join(examples, 'bank-future.journey'))) {
    throw new Error('examples/ lacks bank-future.journey: copy the spec\'s 1.1 examples into examples/ first.');
}

describe('journey report on bank-onboarding', () => {
    it('text: the top hotspot is filling in the form, and why', async () => {
        const { code, out } = await runCli(['report', 'bank-onboarding.journey']);
        expect(code).toBe(0);
        expect(out).toContain([
            '  #1  14.57  fill "Fills in the application" in stage apply, bank-onboarding.journey:30:10',
            '             - anna feels -2 "annoyed"',
            "             - metric 'dropoff' misses its target: 41, target <= 20 (off by 105%)",
            '             - pain, severity 4: "Asked for the address twice"',
            '             - a moment of truth, and anna feels -2',
            `             - 15% give up at 'abandon' ("gives up")`,
            '  #2      3  abandon "Leaves the form unfinished" in stage apply, bank-onboarding.journey:50:10'
        ].join('\n'));
        expect(out).toContain('  #1    4  "Prefill the address from the ID" at fill (impact 4, effort 1)');
        expect(out).toContain('  #2  1.5  "Fee calculator on the landing page" at search (impact 3, effort 2)');
        expect(out).toMatch(/apply +18\.57 +1 +0 +1 +-1\.5 +\+1/);
    });

    it('markdown: the hotspot table names the top one and its reasons', async () => {
        const { code, out } = await runCli(['report', 'bank-onboarding.journey', '--format', 'markdown']);
        expect(code).toBe(0);
        expect(out).toContain('**5 hotspots** · top: **fill**, score 14.57');
        expect(out).toContain("| 1 | **fill** Fills in the application<br>`bank-onboarding.journey:30` | apply | 14.57 | anna feels -2 \"annoyed\"<br>metric 'dropoff' misses its target: 41, target \\<= 20 (off by 105%)<br>");
        expect(out).toContain('| 1 | Prefill the address from the ID | fill | 4 | 1 | 4 | Asked for the address twice |');
    });

    it('json: valid against the schema, positions at each step\'s name', async () => {
        const { code, out } = await runCli(['report', 'bank-onboarding.journey', '--format', 'json']);
        expect(code).toBe(0);
        const report = JourneyReportSchema.parse(JSON.parse(out));
        expect(report.hotspots.map(h => [h.rank, h.step, h.score, h.line, h.column])).toEqual([
            [1, 'fill', 14.57, 30, 10], [2, 'abandon', 3, 50, 10], [3, 'search', 2, 13, 10], [4, 'call', 1, 44, 10], [5, 'welcome', 1, 72, 10]
        ]);
        expect(report.comparison).toBeUndefined();
    });
});

describe('journey report on bank-future: its baseline\'s hotspots resolved', () => {
    it('json: no hotspot, and the comparison with bank-onboarding', async () => {
        const { code, out } = await runCli(['report', 'bank-future.journey', '--format', 'json']);
        expect(code).toBe(0);
        const report = JourneyReportSchema.parse(JSON.parse(out));
        expect(report.hotspots).toEqual([]);
        expect(report.comparison).toMatchObject({
            version: 1,
            old: { file: 'bank-onboarding.journey', journey: 'onboarding', kind: 'current' },
            new: { file: 'bank-future.journey', journey: 'onboarding-future', kind: 'future' },
            hotspots: { resolved: ['search', 'fill', 'call', 'abandon', 'welcome'], new: [], scoreBefore: 21.57, scoreAfter: 0 }
        });
    });

    it('text and markdown: say that there are no hotspots and list the ones resolved', async () => {
        const text = await runCli(['report', 'bank-future.journey']);
        expect(text.out).toContain('No hotspots');
        expect(text.out).toContain('Compared with its baseline onboarding (bank-onboarding.journey)');
        expect(text.out).toContain('Hotspots: 5 resolved, 0 new; total score 21.57 → 0');
        const markdown = await runCli(['report', 'bank-future.journey', '-f', 'markdown']);
        expect(markdown.out).toContain('### Compared with its baseline `onboarding` (bank-onboarding.journey)');
        expect(markdown.out).toContain('Resolved: `search`, `fill`, `call`, `abandon`, `welcome`');
    });
});

describe('journey diff bank-onboarding.journey bank-future.journey', () => {
    it('json: every step\'s status and every persona\'s emotion before and after', async () => {
        const { code, out } = await runCli(['diff', 'bank-onboarding.journey', 'bank-future.journey', '--format', 'json']);
        expect(code).toBe(0);
        const diff = JourneyDiffSchema.parse(JSON.parse(out));
        expect(diff.steps.map(s => [s.step, s.status, s.emotions.map(e => `${e.persona} ${e.before ?? '–'} ${e.after ?? '–'}`)])).toEqual([
            ['search', 'kept', ['anna 1 2']], ['ask', 'kept', ['marek 2 2']], ['fill', 'kept', ['anna -2 1']], ['call', 'kept', ['anna -1 1']],
            ['abandon', 'removed', ['anna -3 –']], ['verify', 'kept', ['anna 0 1']], ['sign', 'kept', ['marek 1 1']], ['welcome', 'kept', ['anna 2 2', 'marek -1 1']]
        ]);
        expect(diff.hotspots.resolved).toEqual(['search', 'fill', 'call', 'abandon', 'welcome']);
    });

    it('text and markdown', async () => {
        const text = await runCli(['diff', 'bank-onboarding.journey', 'bank-future.journey']);
        expect(text.code).toBe(0);
        expect(text.out).toContain('Steps: 0 added, 1 removed, 7 kept (0 moved, 5 changed)');
        expect(text.out).toMatch(/~ +fill +in apply +anna -2 → \+1; pains removed "Asked for the address twice"; opportunities removed "Prefill the address from the ID"/);
        const markdown = await runCli(['diff', 'bank-onboarding.journey', 'bank-future.journey', '-f', 'markdown']);
        expect(markdown.out).toContain('## Journey diff: `onboarding` → `onboarding-future`');
        expect(markdown.out).toContain('| `abandon` | apply | removed | anna was -3 |');
    });

    it('reads the future state\'s metrics as goals with today\'s value, never as misses, and today\'s as measured', async () => {
        const text = await runCli(['diff', 'bank-onboarding.journey', 'bank-future.journey']);
        expect(text.out).toMatch(/dropoff +41, target <= 20 \(missed\) +→ +target <= 20 \(today 41\)\n/);
        expect(text.out).toMatch(/csat +4\.4, target >= 4\.2 \(met\) +→ +target >= 4\.2 \(today 4\.4\)\n/);
        // Either way round: the side decides, by its own kind.
        const markdown = await runCli(['diff', 'bank-future.journey', 'bank-onboarding.journey', '-f', 'markdown']);
        expect(markdown.out).toContain('| dropoff | target \\<= 20 (today 41) | 41, target \\<= 20 (missed) |');
        const json = JourneyDiffSchema.parse(JSON.parse((await runCli(['diff', 'bank-onboarding.journey', 'bank-future.journey', '-f', 'json'])).out));
        expect([json.old.kind, json.new.kind]).toEqual(['current', 'future']);
        // The JSON keeps the plain fact: today's 41 is not within the target.
        expect(json.metrics.find(m => m.id === 'dropoff')?.after?.met).toBe(false);
    });
});
