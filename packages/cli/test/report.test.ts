import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scoringRules } from '@journey-maps/language';
import { JourneyReportSchema } from '@journey-maps/model';
import { describe, expect, it } from 'vitest';
import { generateJourney } from '../../language/bench/generate-journey.js';
import { commentLimit, markdownStageRows } from '../src/report/comment-size.js';
import { repo, runCli, tempFolder } from './run-cli.js';

describe('journey report, text', () => {
    it('prints the top hotspots with their reasons and where each is written, the quick wins, a stage table', async () => {
        const { code, out, err } = await runCli(['report', 'car-claim.journey']);
        expect(code).toBe(0);
        expect(err).toBe('');
        const lines = out.split('\n');
        expect(lines[0]).toBe('Journey claim "Report and settle a car damage claim" (blueprint): 2 hotspots, 1 opportunity.');
        expect(out).toContain([
            '  #1  9  dispute "Disputes the estimate" in stage assess, car-claim.journey:53:10',
            '         - ola feels -3 "angry"',
            '         - pain, severity 3 (default): "The estimate ignores the hidden damage"',
            '         - a moment of truth, and ola feels -3',
            '  #2  2  photos "Reports the damage with photos" in stage report, car-claim.journey:31:10'
        ].join('\n'));
        expect(out).toContain('  #1  1  "Offer an on-site inspection" at dispute\n         addresses "The estimate ignores the hidden damage"');
        expect(out).toContain([
            '  stage   score  pains  unaddressed  missed metrics  ola',
            '  report      2      0            0               0   -1',
            '  assess      9      1            0               0   -1',
            '  settle      0      0            0               0   +2'
        ].join('\n'));
        expect(out).toContain('  ola  average -0.25  lowest -3 at dispute');
    });

    it('reports a future-state map\'s hotspots, with Polish names intact', async () => {
        const { code, out } = await runCli(['report', 'sklep-pl.journey']);
        expect(code).toBe(0);
        expect(out).toContain('#1  4  płatność "Płaci w koszyku" in stage zakup, sklep-pl.journey:24:10');
    });
});

describe('journey report, markdown', () => {
    it('writes a pull-request comment: a summary line, then tables', async () => {
        const { code, out } = await runCli(['report', 'day-commuter.journey', '--format', 'markdown']);
        expect(code).toBe(0);
        expect(out.startsWith('## Journey report: A weekday of a tram commuter\n\n`commute` (day) · **2 hotspots** · top: **buy**, score 5 · 1 opportunity\n')).toBe(true);
        expect(out).toContain('| 1 | **buy** Buys a ticket at the stop<br>`day-commuter.journey:23` | morning | 5 | tomek feels -2 "rushed"<br>pain, severity 3 (default): "The app logs him out" |');
        expect(out).toContain('| 1 | Keep the session for a month | buy | – | – | 1 | The app logs him out |');
        expect(out).toContain('| **morning** 07:00–09:00 | 6 | 1 | 0 | 0 | -0.67 |');
        expect(out).toContain('| tomek | 0 | -2 at buy |');
    });
});

describe('journey report, json', () => {
    it('writes the report schema\'s JSON, positions 1-based at each step\'s name, the file relative to the current folder', async () => {
        const { code, out } = await runCli(['report', 'examples/car-claim.journey', '--format', 'json'], repo);
        expect(code).toBe(0);
        const report = JourneyReportSchema.parse(JSON.parse(out));
        expect(report).toMatchObject({ version: 1, journey: 'claim', kind: 'blueprint' });
        expect(report.hotspots.map(h => [h.rank, h.step, h.stage, h.score, h.file, h.line, h.column])).toEqual([
            [1, 'dispute', 'assess', 9, join('examples', 'car-claim.journey'), 53, 10],
            [2, 'photos', 'report', 2, join('examples', 'car-claim.journey'), 31, 10]
        ]);
        const text = readFileSync(join(repo, 'examples/car-claim.journey'), 'utf8').split('\n');
        expect(text[52].slice(9, 16)).toBe('dispute');
        expect(report.comparison).toBeUndefined();
    });

    it('keeps the N highest hotspots and quick wins with --top N, and all of them without', async () => {
        const all = JourneyReportSchema.parse(JSON.parse((await runCli(['report', 'car-claim.journey', '-f', 'json'])).out));
        const top = JourneyReportSchema.parse(JSON.parse((await runCli(['report', 'car-claim.journey', '-f', 'json', '--top', '1'])).out));
        expect(all.hotspots).toHaveLength(2);
        expect(top.hotspots).toEqual(all.hotspots.slice(0, 1));
        expect(top.stages).toEqual(all.stages);
    });
});

describe('journey report on a generated map of 1,000 steps', () => {
    const dir = tempFolder('journey-report-');
    writeFileSync(join(dir, 'map.journey'), generateJourney({ steps: 1_000 }));
    // The generator gives step i the emotion (i mod 7) − 3, every persona acting in every third step,
    // and a pain with an opportunity every seventh: so every 21st step, four personas at −3 with a pain, scores 15.
    // Every 25th step (but the last) also sends a fifth of its customers back: a rework reason of its own.
    const negative = Array.from({ length: 1_000 }, (_, i) => i).filter(i => i % 7 < 3);
    const loops = new Set(Array.from({ length: 1_000 }, (_, i) => i).filter(i => i % 25 === 24 && i + 1 < 1_000));

    it('ranks every step that hurts, the heaviest first in file order', async () => {
        const { code, out } = await runCli(['report', 'map.journey', '--format', 'json'], dir);
        expect(code).toBe(0);
        const report = JourneyReportSchema.parse(JSON.parse(out));
        expect(report.hotspots).toHaveLength(new Set([...negative, ...loops]).size);
        const heaviest = negative.filter(i => i % 21 === 0);
        // Those that also loop back weigh more than 15 and come first.
        const order = [...heaviest.filter(i => loops.has(i)), ...heaviest.filter(i => !loops.has(i))].map(i => `s${i}`);
        expect(report.hotspots.slice(0, heaviest.length).map(h => h.step)).toEqual(order);
        for (const hotspot of report.hotspots.slice(0, heaviest.length)) {
            const looped = loops.has(Number(hotspot.step.slice(1)));
            expect(looped ? hotspot.score > 15 : hotspot.score === 15).toBe(true);
            expect(hotspot.reasons.some(reason => reason.kind === 'rework')).toBe(looped);
        }
        expect(report.hotspots[heaviest.length].score).toBeLessThan(15);
        expect(report.stages).toHaveLength(100);
        expect(report.opportunities).toHaveLength(Math.ceil(1_000 / 7));
    });

    it('shows the top five in text and markdown, counts all of them, and says how many more there are', async () => {
        const hotspots = new Set([...negative, ...loops]).size;
        const opportunities = Math.ceil(1_000 / 7);
        const text = await runCli(['report', 'map.journey'], dir);
        expect(text.code).toBe(0);
        expect(text.out).toContain(`: ${hotspots} hotspots, ${opportunities} opportunities.\n`);
        expect(text.out).toContain('Top 5 hotspots');
        expect(text.out).toContain(`  … and ${hotspots - 5} more (--top N shows more)`);
        expect(text.out).toContain(`  … and ${opportunities - 5} more (--top N shows more)`);
        const markdown = await runCli(['report', 'map.journey', '--format', 'markdown', '--top', '3'], dir);
        expect(markdown.out).toContain(`**${hotspots} hotspots**`);
        expect(markdown.out).toContain(`· ${opportunities} opportunities\n`);
        expect(markdown.out).toContain('### Top 3 hotspots');
        expect(markdown.out).toContain(`… and ${hotspots - 3} more`);
    });
});

describe('journey report, markdown, on a map of 1,000 stages', () => {
    const dir = tempFolder('journey-report-stages-');
    writeFileSync(join(dir, 'map.journey'), generateJourney({ steps: 1_000, stepsPerStage: 1 }));

    it('fits one pull-request comment: the stages with the highest scores in file order, and how many more', async () => {
        const { code, out, err } = await runCli(['report', 'map.journey', '--format', 'markdown'], dir);
        expect(code).toBe(0);
        expect(err).toBe('');
        expect(out.length).toBeLessThan(commentLimit / 2);
        const json = JourneyReportSchema.parse(JSON.parse((await runCli(['report', 'map.journey', '--format', 'json'], dir)).out));
        const rows = [...out.matchAll(/^\| \*\*(g\d+)\*\* Stage \d+ \| ([\d.]+) \|/gm)].map(match => ({ id: match[1], score: Number(match[2]) }));
        expect(rows).toHaveLength(markdownStageRows);
        const order = json.stages.map(stage => stage.id);
        expect(rows.map(row => order.indexOf(row.id))).toEqual(rows.map(row => order.indexOf(row.id)).sort((a, b) => a - b));
        const lowestShown = Math.min(...rows.map(row => row.score));
        const hidden = json.stages.filter(stage => !rows.some(row => row.id === stage.id));
        expect(Math.max(...hidden.map(stage => stage.score))).toBeLessThanOrEqual(lowestShown);
        expect(json.stages.filter(stage => stage.score > lowestShown)).toHaveLength(rows.filter(row => row.score > lowestShown).length);
        expect(out).toContain(`The ${markdownStageRows} of 1000 stages with the highest scores, in file order.`);
        expect(out).toContain(`… and ${1_000 - markdownStageRows} more stages, none scoring more than ${lowestShown} (the text and JSON forms list every stage).`);
    });

    it('keeps every stage in the text form', async () => {
        const { out } = await runCli(['report', 'map.journey'], dir);
        expect(out.match(/^ {2}g\d+ /gm)).toHaveLength(1_000);
    });

    it('warns on stderr when a large --top makes it longer than a comment holds, and still writes it', async () => {
        const { code, out, err } = await runCli(['report', 'map.journey', '--format', 'markdown', '--top', '1000'], dir);
        expect(code).toBe(0);
        expect(out.length).toBeGreaterThan(commentLimit);
        expect(err).toBe(`journey report: this Markdown has ${out.length.toLocaleString('en')} characters, more than a GitHub comment holds (65,536); lower --top.\n`);
    });
});

describe('journey report refuses what it cannot report', () => {
    it('exits 1 with the errors when the map has errors: the report needs a valid map', async () => {
        const { code, out, err } = await runCli(['report', 'broken.journey']);
        expect(code).toBe(1);
        expect(out).toBe('');
        expect(err).toContain("broken.journey:20:11: error unknown-reference: Unknown channel 'wbe'.");
        expect(err).toContain('broken.journey: no report: it needs a map without errors; fix the 4 errors above first.');
    });

    it('exits 1 for a file of declarations only', async () => {
        const { code, err } = await runCli(['report', 'bank-people.journey']);
        expect(code).toBe(1);
        expect(err).toContain('no journey');
    });

    it.each([
        [['report'], 'report takes one FILE'],
        [['report', 'car-claim.journey', 'day-commuter.journey'], 'report takes one FILE'],
        [['report', '.'], 'report takes one FILE'],
        [['report', 'missing.journey'], 'missing.journey: no such file or folder'],
        [['report', 'car-claim.journey', '--format', 'svg'], "--format takes 'text', 'markdown' or 'json'"],
        [['report', 'car-claim.journey', '--top', '0'], '--top takes a whole number from 1'],
        [['report', 'car-claim.journey', '--top', 'many'], '--top takes a whole number from 1'],
        [['report', 'car-claim.journey', '--top', '-1'], "--top is followed by '-1', which reads as an option; if it is --top's value, write --top=-1"],
        [['report', 'car-claim.journey', '--top=-1'], '--top takes a whole number from 1'],
        [['report', 'car-claim.journey', '--top'], '--top needs a value, as in --top 3'],
        [['report', 'car-claim.journey', '-o', 'out.md'], "'report' takes no --output or --theme"],
        [['check', '.', '--top', '3'], "'check' takes no --top"]
    ])('exits 2 for %j', async (argv, message) => {
        const { code, out, err } = await runCli(argv);
        expect(code).toBe(2);
        expect(out).toBe('');
        expect(err).toContain(message);
        expect(err.trim().split('\n')).toHaveLength(1);
    });
});

describe('how the score is documented', () => {
    const docs = readFileSync(join(repo, 'packages/language/docs/REPORT.md'), 'utf8').replace(/\s+/g, ' ');

    it('journey report --help gives every reason\'s points and why, from the rules the analysis uses', async () => {
        const { code, out } = await runCli(['report', '--help']);
        expect(code).toBe(0);
        const flat = out.replace(/\s+/g, ' ');
        for (const rule of scoringRules) {
            expect(flat).toContain(`${rule.kind} ${rule.points}`);
            expect(flat).toContain(`why: ${rule.why}`);
        }
        expect((await runCli(['--help'])).out).toContain('journey report FILE [--format text|markdown|json] [--top N]');
    });

    it('docs/REPORT.md gives the same points and reasons', () => {
        for (const rule of scoringRules) {
            expect(docs).toContain(`| \`${rule.kind}\` | ${rule.points.replaceAll('|', '\\|')} | ${rule.why} |`);
        }
    });
});
