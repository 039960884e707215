import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { JourneyDiffSchema, type JourneyDiff } from '@journey-maps/model';
import { afterEach, describe, expect, it } from 'vitest';
import { generateJourney } from '../../language/bench/generate-journey.js';
import { markdownIdsListed, markdownStepRows } from '../src/report/comment-size.js';
import { runCli, tempFolder } from './run-cli.js';

const people = (actual: number) => `persona anna "Anna"
persona marek "Marek"
channel web "Website" { digital }
channel branch "Branch" { physical }
metric dropoff "Form drop-off" { unit "%" target <= 20 actual ${actual} }
`;

const today = `import "people.journey"
journey onboarding "Open an account" {
  for anna, marek
  stage discover "Discover" {
    step search "Searches" { by anna via web emotion 1 pain "Hidden fees" }
    step ask "Asks at the branch" { by marek via branch emotion 2 }
  }
  stage apply "Apply" {
    step fill "Fills in the form" { by anna via web emotion -2 metric dropoff pain "Address twice" opportunity "Prefill the address" }
    step abandon "Gives up" { by anna via web emotion -3 end }
    step sign "Signs" { by marek via branch emotion 1 }
  }
}
`;

const tomorrow = `import "people.journey"
journey onboarding "Open an account" {
  for anna, marek
  stage discover "Discover" {
    step search "Compares with a calculator" { by anna via web emotion 2 opportunity "Fee calculator" }
    step ask "Asks at the branch" { by marek via branch emotion 2 }
    step sign "Signs" { by marek via branch emotion 1 }
  }
  stage apply "Apply" {
    step fill "Fills in a prefilled form" { by anna via web emotion 1 metric dropoff }
    step chat "Chats with an advisor" { by anna via web emotion -1 pain "Slow answers" }
  }
}
`;

function writeFiles(dir: string, files: Record<string, string>): void {
    for (const [name, text] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, name)), { recursive: true });
        writeFileSync(join(dir, name), text);
    }
}

const gitEnv = { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com' };

function git(dir: string, ...args: string[]): void {
    execFileSync('git', args, { cwd: dir, env: gitEnv, stdio: 'pipe' });
}

/** A repository with two commits: the second changes the map and, in the file it imports, the metric's actual value. */
function repository(): string {
    const dir = mkdtempSync(join(tmpdir(), 'journey-diff-git-'));
    git(dir, 'init', '-q', '-b', 'main');
    writeFiles(dir, { 'maps/people.journey': people(41), 'maps/onboarding.journey': today });
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'today');
    git(dir, 'tag', 'today');
    writeFiles(dir, { 'maps/people.journey': people(18), 'maps/onboarding.journey': tomorrow });
    git(dir, 'commit', '-q', '-am', 'tomorrow');
    return dir;
}

function parse(out: string): JourneyDiff {
    return JourneyDiffSchema.parse(JSON.parse(out));
}

describe('journey diff of two files', () => {
    const dir = tempFolder('journey-diff-');
    writeFiles(dir, { 'people.journey': people(41), 'today.journey': today, 'tomorrow.journey': tomorrow });

    it('writes the comparison as JSON: every step\'s status, emotions before and after, pains, personas, hotspots', async () => {
        const { code, out, err } = await runCli(['diff', 'today.journey', 'tomorrow.journey', '--format', 'json'], dir);
        expect(err).toBe('');
        expect(code).toBe(0);
        const diff = parse(out);
        expect(diff.old).toEqual({ file: 'today.journey', journey: 'onboarding', kind: 'current' });
        expect(diff.new).toEqual({ file: 'tomorrow.journey', journey: 'onboarding', kind: 'current' });
        expect(diff.steps.map(s => [s.step, s.stage, s.status, s.movedFrom])).toEqual([
            ['search', 'discover', 'kept', undefined],
            ['ask', 'discover', 'kept', undefined],
            ['sign', 'discover', 'kept', 'apply'],
            ['fill', 'apply', 'kept', undefined],
            ['abandon', 'apply', 'removed', undefined],
            ['chat', 'apply', 'added', undefined]
        ]);
        expect(diff.steps.find(s => s.step === 'search')).toEqual({
            step: 'search', stage: 'discover', status: 'kept', emotions: [{ persona: 'anna', before: 1, after: 2 }],
            painsAdded: [], painsRemoved: ['Hidden fees'], opportunitiesAdded: ['Fee calculator'], opportunitiesRemoved: []
        });
        expect(diff.steps.find(s => s.step === 'abandon')!.emotions).toEqual([{ persona: 'anna', before: -3 }]);
        expect(diff.personas).toEqual([
            { id: 'anna', averageBefore: -1.33, averageAfter: 0.67, lowestBefore: { step: 'abandon', value: -3 }, lowestAfter: { step: 'chat', value: -1 } },
            { id: 'marek', averageBefore: 1.5, averageAfter: 1.5, lowestBefore: { step: 'sign', value: 1 }, lowestAfter: { step: 'sign', value: 1 } }
        ]);
        // fill still misses its metric (the same people.journey, actual 41): it stays a hotspot.
        expect(diff.hotspots.resolved).toEqual(['search', 'abandon']);
        expect(diff.hotspots.new).toEqual(['chat']);
        expect(diff.hotspots.scoreAfter).toBe(Math.round((2 + 2 * Math.log2(1 + 21 / 20) + 1 + 3 + 1) * 100) / 100);
    });

    it('prints text for a terminal: the changes, the personas, the metrics and the hotspots', async () => {
        const { code, out } = await runCli(['diff', 'today.journey', 'tomorrow.journey'], dir);
        expect(code).toBe(0);
        expect(out.split('\n')[0]).toBe('Journey onboarding (today.journey) → onboarding (tomorrow.journey)');
        expect(out).toContain('Steps: 1 added, 1 removed, 4 kept (1 moved, 3 changed)');
        expect(out).toMatch(/~ +sign +in discover, moved from apply\n/);
        expect(out).toMatch(/~ +search +in discover +anna \+1 → \+2; pains removed "Hidden fees"; opportunities added "Fee calculator"\n/);
        expect(out).toMatch(/- +abandon +in apply +anna was -3\n/);
        expect(out).toMatch(/\+ +chat +in apply +anna -1; pains added "Slow answers"\n/);
        expect(out).toMatch(/anna +average -1\.33 → \+0\.67 +lowest -3 at abandon → -1 at chat/);
        expect(out).toMatch(/Hotspots: 2 resolved, 1 new; total score [\d.]+ → 9\.07\n {2}resolved: search, abandon\n {2}new: chat\n/);
    });

    it('writes Markdown for a pull-request comment', async () => {
        const { code, out } = await runCli(['diff', 'today.journey', 'tomorrow.journey', '-f', 'markdown'], dir);
        expect(code).toBe(0);
        expect(out.startsWith('## Journey diff: `onboarding` → `onboarding`\n\ntoday.journey → tomorrow.journey\n\n**Hotspots:** 2 resolved, 1 new')).toBe(true);
        expect(out).toContain('| `sign` | discover | moved from apply |  |');
        expect(out).toContain('| `chat` | apply | added | anna -1<br>pains added "Slow answers" |');
        expect(out).toContain('1 more kept unchanged.');
        expect(out).toContain('| dropoff | 41, target \\<= 20 (missed) | 41, target \\<= 20 (missed) |');
    });

    it('exits 1 with the errors when either map has errors', async () => {
        writeFiles(dir, { 'broken.journey': 'import "people.journey"\njourney b { for anna stage s { step x { via wbe } } }\n' });
        const { code, out, err } = await runCli(['diff', 'today.journey', 'broken.journey'], dir);
        expect(code).toBe(1);
        expect(out).toBe('');
        expect(err).toContain("broken.journey:2:45: error unknown-reference: Unknown channel 'wbe'.");
        expect(err).toContain('broken.journey: no diff: it needs a map without errors');
    });

    it.each([
        [['diff', 'today.journey'], 'diff takes OLD and NEW'],
        [['diff', 'today.journey', 'missing.journey'], 'missing.journey: no such file or folder'],
        [['diff', 'today.journey', '.'], 'a folder; diff compares two files'],
        [['diff', 'today.journey', 'tomorrow.journey', '--top', '2'], "'diff' takes no --top"],
        [['diff', 'today.journey', 'tomorrow.journey', '--format', 'svg'], "--format takes 'text', 'markdown' or 'json'"]
    ])('exits 2 for %j', async (argv, message) => {
        const { code, err } = await runCli(argv, dir);
        expect(code).toBe(2);
        expect(err).toContain(message);
        expect(err.trim().split('\n')).toHaveLength(1);
    });
});

describe('journey diff, markdown, of a large change', () => {
    // Every negative emotion of a 300-step map made positive: 129 steps change, and every hotspot
    // that hurt only by its feeling is resolved.
    const dir = tempFolder('journey-diff-large-');
    const before = generateJourney({ steps: 300 });
    writeFiles(dir, { 'before.journey': before, 'after.journey': before.replace(/emotion -/g, 'emotion ') });

    it('lists the first changed steps and hotspots, in file order, and says how many more', async () => {
        const json = JourneyDiffSchema.parse(JSON.parse((await runCli(['diff', 'before.journey', 'after.journey', '-f', 'json'], dir)).out));
        const changed = json.steps.filter(step => step.emotions.some(emotion => emotion.before !== emotion.after)).map(step => step.step);
        expect(changed).toHaveLength(129);
        expect(json.hotspots.resolved.length).toBeGreaterThan(markdownIdsListed);
        const { code, out, err } = await runCli(['diff', 'before.journey', 'after.journey', '-f', 'markdown'], dir);
        expect(code).toBe(0);
        expect(err).toBe('');
        const rows = [...out.matchAll(/^\| `(s\d+)` \| g\d+ \| changed \|/gm)].map(match => match[1]);
        expect(rows).toEqual(changed.slice(0, markdownStepRows));
        expect(out).toContain(`… and ${129 - markdownStepRows} more steps added, removed or changed (the text and JSON forms list every one).`);
        expect(out).toContain(`${300 - 129} more kept unchanged.`);
        const resolved = json.hotspots.resolved;
        expect(out).toContain(`\nResolved: ${resolved.slice(0, markdownIdsListed).map(id => `\`${id}\``).join(', ')} and ${resolved.length - markdownIdsListed} more\n`);
    });
});

describe('journey diff with REV:PATH, read from git', () => {
    const dir = repository();
    const savedPath = process.env.PATH;
    const savedCeiling = process.env.GIT_CEILING_DIRECTORIES;
    afterEach(() => {
        process.env.PATH = savedPath;
        if (savedCeiling === undefined) {
            delete process.env.GIT_CEILING_DIRECTORIES;
        } else {
            process.env.GIT_CEILING_DIRECTORIES = savedCeiling;
        }
    });

    it('reads both maps at their revisions, each with its imports as they were then', async () => {
        const { code, out, err } = await runCli(['diff', 'today:maps/onboarding.journey', 'main:maps/onboarding.journey', '--format', 'json'], dir);
        expect(err).toBe('');
        expect(code).toBe(0);
        const diff = parse(out);
        expect(diff.old).toEqual({ file: join('today:maps', 'onboarding.journey'), journey: 'onboarding', kind: 'current' });
        expect(diff.new.file).toBe(join('main:maps', 'onboarding.journey'));
        // The imported file differed between the revisions: the metric's actual went from 41 to 18.
        expect(diff.metrics).toEqual([{
            id: 'dropoff',
            before: { target: { op: '<=', value: 20 }, actual: 41, met: false },
            after: { target: { op: '<=', value: 20 }, actual: 18, met: true }
        }]);
        expect(diff.steps.map(s => s.status)).toEqual(['kept', 'kept', 'kept', 'kept', 'removed', 'added']);
    });

    it('reviews an uncommitted change: HEAD:PATH against the file in the working tree', async () => {
        writeFiles(dir, { 'maps/onboarding.journey': tomorrow.replace('step chat "Chats with an advisor" { by anna via web emotion -1', 'step chat "Chats with an advisor" { by anna via web emotion -3') });
        try {
            const { code, out } = await runCli(['diff', 'HEAD:maps/onboarding.journey', 'maps/onboarding.journey'], dir);
            expect(code).toBe(0);
            expect(out.split('\n')[0]).toBe(`Journey onboarding (${join('HEAD:maps', 'onboarding.journey')}) → onboarding (${join('maps', 'onboarding.journey')})`);
            expect(out).toContain('Steps: 0 added, 0 removed, 5 kept (0 moved, 1 changed)');
            expect(out).toMatch(/~ +chat +in apply +anna -1 → -3\n/);
        } finally {
            git(dir, 'checkout', '--', '.');
        }
    });

    it('takes PATH relative to the current folder, as for a file', async () => {
        const { code, out } = await runCli(['diff', 'today:onboarding.journey', 'HEAD:onboarding.journey', '-f', 'json'], join(dir, 'maps'));
        expect(code).toBe(0);
        expect(parse(out).old.file).toBe('today:onboarding.journey');
    });

    it('reports an import the revision lacks as the map\'s error, naming REV:PATH', async () => {
        writeFiles(dir, { 'maps/lonely.journey': 'import "nowhere.journey"\njourney l { for anna stage s { step a { via web emotion 1 } } }\n' });
        git(dir, 'add', '.');
        git(dir, 'commit', '-q', '-m', 'lonely');
        const { code, err } = await runCli(['diff', 'HEAD:maps/lonely.journey', 'maps/onboarding.journey'], dir);
        expect(code).toBe(1);
        expect(err).toContain(`${join('HEAD:maps', 'lonely.journey')}:1:8: error missing-import`);
    });

    it.each([
        [['diff', 'nope:maps/onboarding.journey', 'maps/onboarding.journey'], "unknown revision 'nope'"],
        [['diff', 'today:maps/missing.journey', 'maps/onboarding.journey'], "revision 'today' has no file maps/missing.journey"],
        [['diff', '--', '-x:maps/onboarding.journey', 'maps/onboarding.journey'], "'-x' is not a revision"]
    ])('exits 2 with a message when the revision or the path is missing: %j', async (argv, message) => {
        const { code, out, err } = await runCli(argv, dir);
        expect(code).toBe(2);
        expect(out).toBe('');
        expect(err).toContain(message);
        expect(err.trim().split('\n')).toHaveLength(1);
    });

    it('exits 2 outside a git repository', async () => {
        const outside = mkdtempSync(join(tmpdir(), 'journey-diff-nogit-'));
        writeFiles(outside, { 'people.journey': people(1) });
        process.env.GIT_CEILING_DIRECTORIES = dirname(outside);
        const { code, err } = await runCli(['diff', 'HEAD:people.journey', 'people.journey'], outside);
        expect(code).toBe(2);
        expect(err).toContain('is not inside a git repository');
    });

    it('exits 2 when git is not installed', async () => {
        process.env.PATH = mkdtempSync(join(tmpdir(), 'journey-diff-nopath-'));
        const { code, err } = await runCli(['diff', 'HEAD:maps/onboarding.journey', 'maps/onboarding.journey'], dir);
        expect(code).toBe(2);
        expect(err).toContain('git is not installed (or not on PATH)');
    });
});
