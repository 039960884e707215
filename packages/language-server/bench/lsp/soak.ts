/**
 * The soak test (issue 16): the built server driven over stdio as an editor drives it, seeded so
 * a failure replays. Random edits (deletions, language tokens, Unicode, truncations, pastes of
 * whole examples, undos) to a map and to the file it imports; every 20 edits two timed requests
 * whose answers are checked against the text; cancellations; bad input; idle checks (a server
 * with nothing to do publishes nothing); RSS over time; optionally a 5 MB map opened and closed.
 * `runSoak` returns the figures, `formatSoakReport` prints them.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { badInputs } from './bad-input.js';
import { serverPackage, StdioLanguageClient } from './stdio-client.js';
import { answersAsUsual } from './soak/answers-afterwards.js';
import { sendBadInput } from './soak/bad-input-answers.js';
import { openAndCloseBigMap } from './soak/big-map-round.js';
import { EditedFile, randomChange } from './soak/edits.js';
import { rssMb } from './soak/memory.js';
import { PublicationChecker } from './soak/publications.js';
import { askAndCancel, askChecked, Recorder } from './soak/requests.js';
import type { SoakReport } from './soak/report.js';
import { seededRandom } from './soak/seeded-random.js';

export { formatSoakReport } from './soak/report.js';
export type { BigMapFigures, SoakReport } from './soak/report.js';
export { seededRandom } from './soak/seeded-random.js';

export interface SoakOptions {
    readonly edits: number;
    readonly seed?: number;
    /** A request unanswered for this long is a hang. */
    readonly hangMs?: number;
    /** Open and close a 5 MB map at the end (memory and latency figures). */
    readonly bigMap?: boolean;
    /** Progress lines (the bench prints them; the test does not). */
    readonly progress?: (line: string) => void;
}

function exampleTexts(): string[] {
    const dir = join(serverPackage, '../../examples');
    return readdirSync(dir).filter(name => name.endsWith('.journey')).sort().map(name => readFileSync(join(dir, name), 'utf8'));
}

/** A fresh folder with the map, the file it imports and a file that is no journey. */
function soakFolder(): { folder: string; mapText: string; peopleText: string } {
    const folder = mkdtempSync(join(tmpdir(), 'journey-soak-'));
    const peopleText = readFileSync(join(serverPackage, '../../examples/bank-people.journey'), 'utf8');
    const mapText = readFileSync(join(serverPackage, '../../examples/bank-onboarding.journey'), 'utf8');
    writeFileSync(join(folder, 'bank-people.journey'), peopleText);
    writeFileSync(join(folder, 'bank-onboarding.journey'), mapText);
    writeFileSync(join(folder, 'notes.txt'), 'Not a journey.\n');
    return { folder, mapText, peopleText };
}

export async function runSoak(options: SoakOptions): Promise<SoakReport> {
    const random = seededRandom(options.seed ?? 20261201);
    const hangMs = options.hangMs ?? 15_000;
    const progress = options.progress ?? (() => undefined);
    const examples = exampleTexts();
    const { folder, mapText, peopleText } = soakFolder();
    const recorder = new Recorder();
    const publications = new PublicationChecker();
    const client = await StdioLanguageClient.start(folder);
    let exited: string | undefined;
    client.process.once('exit', (code, signal) => { exited = `exit code ${code ?? signal}`; });
    const started = performance.now();
    const map = new EditedFile(`file://${folder}/bank-onboarding.journey`, mapText);
    const people = new EditedFile(`file://${folder}/bank-people.journey`, peopleText);
    const files = new Map([[map.uri, map], [people.uri, people]]);
    client.publishListeners.push(params => publications.check(params.uri, params.diagnostics, recorder));
    const rss: Array<{ edits: number; mb: number }> = [{ edits: 0, mb: rssMb(client.process.pid) }];
    const idlePublications: number[] = [];
    const bad = badInputs(map.uri);
    const badInputWrong: string[] = [];
    let badInputSent = 0;

    const idleCheck = async (): Promise<void> => {
        idlePublications.push(await client.publicationsWhileIdle(1_000, 2_000, 20_000));
    };

    try {
        for (const file of files.values()) {
            publications.remember(file);
            await client.open(file.uri, file.text);
        }
        for (let edit = 1; edit <= options.edits && !exited; edit++) {
            // Most edits go to the map; some to the file it imports.
            const file = random() < 0.12 ? people : map;
            await client.change(file.uri, ...randomChange(file, random, examples));
            publications.remember(file);

            if (edit % 20 === 0) {
                for (let n = 0; n < 2; n++) await askChecked(client, file, files, random, hangMs, recorder);
            }
            if (edit % 50 === 25) {
                await askAndCancel(client, file, random, hangMs, recorder);
            }
            if (edit % 20 === 10) {
                const input = bad[badInputSent % bad.length];
                badInputSent++;
                const wrong = await sendBadInput(client, input, hangMs);
                if (wrong) {
                    badInputWrong.push(`${input.name}: ${wrong}`);
                }
            }
            if (edit % 500 === 0) {
                rss.push({ edits: edit, mb: rssMb(client.process.pid) });
                progress(`  ${edit} edits, ${((performance.now() - started) / 1000).toFixed(0)} s, RSS ${rss.at(-1)!.mb.toFixed(0)} MB`);
            }
            if (edit % 5_000 === 0 && edit < options.edits) {
                await idleCheck();
            }
        }
        if (!exited) {
            await idleCheck();
            rss.push({ edits: options.edits, mb: rssMb(client.process.pid) });
        }
        const answersAfterwards = !exited && await answersAsUsual(client, map, people, hangMs, publications);
        const big = options.bigMap && !exited ? await openAndCloseBigMap(client, hangMs) : undefined;
        const seconds = (performance.now() - started) / 1000;
        return {
            edits: options.edits, seconds, crashed: exited ? `${exited}: ${client.stderr.slice(-2_000)}` : undefined,
            hangs: recorder.hangs, errors: recorder.errors, errorsAsResults: recorder.errorsAsResults, outsideCount: recorder.outsideCount,
            outside: recorder.outside, publications: publications.publications, badInputSent, badInputWrong, cancellations: recorder.cancellations,
            idlePublications, rss, latency: recorder.latency, answersAfterwards, big
        };
    } finally {
        if (client.alive) {
            await client.stop();
        }
        rmSync(folder, { recursive: true, force: true });
    }
}
