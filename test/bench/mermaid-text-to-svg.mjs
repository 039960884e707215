// Text → SVG on both sides, in one headless Chromium page: Mermaid's `journey` and this project's
// library API (renderJourney: parser + validator + exporter + renderer, bundled for the browser),
// for the same tasks (Mermaid's benchmark generator: sections of 10, 1–3 of 4 actors per task),
// written two ways in Journey text:
// - the headline, as a journey map is written: imported from the very Mermaid text (`journey
//   import mermaid`'s conversion, run in the page before timing): each task's actors as `by` and no
//   arrows, so every persona follows its own path and the task list becomes a branching flow ELK
//   lays out;
// - as one sequence, like Mermaid draws it: each task leads to the next with `->` (no ELK run).
// Both sides get the same warm-up rounds, each measured call starts on a task of its own, and
// every Journey call uses a fresh renderer. ROUNDS=n runs the whole comparison n times (default 3:
// the machine is noisy, so the ratios come with their range).
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';
import { makeTasks, mermaidSource } from '../../packages/renderer/bench/mermaid-compare.mjs';

const repo = join(import.meta.dirname, '../..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SIZES = [10, 100, 1000];
const ROUNDS = Math.max(1, Number(process.env.ROUNDS ?? 3));
const WARM_UPS = 5;

/** The tasks as one sequence of steps, each leading to the next (what Mermaid draws). */
function sequenceSource(tasks) {
    const personas = [...new Set(tasks.flatMap(t => t.actors))];
    const id = name => name.toLowerCase();
    const lines = personas.map(p => `persona ${id(p)} "${p}"`);
    lines.push('journey bench "Benchmark journey" {', `  for ${personas.map(id).join(', ')}`);
    let section = '';
    tasks.forEach((t, i) => {
        if (t.section !== section) {
            if (section) lines.push('  }');
            section = t.section;
            lines.push(`  stage s${i} "${t.section}" {`);
        }
        const next = i + 1 < tasks.length ? ` -> t${i + 1}` : '';
        lines.push(`    step t${i} "${t.name}" { by ${t.actors.map(id).join(', ')} emotion ${t.score - 3}${next} }`);
    });
    lines.push('  }', '}');
    return lines.join('\n');
}

if (!existsSync(CHROMIUM)) {
    console.log(`\nmermaid-text-to-svg: skipped, no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);
    process.exit(0);
}
const outDir = join(repo, 'node_modules/.cache/journey-bench');
mkdirSync(outDir, { recursive: true });
const bundle = join(outDir, 'journey-text-to-svg.browser.js');
await build({ entryPoints: [join(repo, 'test/bench/browser-text-to-svg.ts')], outfile: bundle, bundle: true, platform: 'browser', format: 'iife', minify: true, logLevel: 'warning' });

const require = createRequire(import.meta.url);
const { chromium } = await import('playwright-core');
const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
});
/** rounds[r][n] = { mermaid, paths, sequence, share } medians of round r. */
const rounds = [];
try {
    for (let r = 0; r < ROUNDS; r++) {
        // A fresh page each round: nothing compiled or cached carries over between rounds.
        const page = await browser.newPage();
        await page.setContent('<!doctype html><html><body></body></html>');
        await page.addScriptTag({ path: require.resolve('mermaid/dist/mermaid.min.js') });
        await page.addScriptTag({ path: bundle });
        await page.evaluate(() => globalThis.mermaid.initialize({ startOnLoad: false }));
        const round = {};
        for (const n of SIZES) {
            const tasks = makeTasks(n);
            const mermaidText = mermaidSource(tasks);
            const pathsText = await page.evaluate(text => globalThis.mermaidToJourney(text), mermaidText);
            round[n] = await page.evaluate(async ({ mermaidText, sequenceText, pathsText, runs, warmUps }) => {
                const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
                // Each side starts on a task of its own, so that neither pays for what the other left behind.
                const settle = () => new Promise(resolve => setTimeout(resolve, 0));
                for (let k = 0; k < warmUps; k++) {
                    await globalThis.mermaid.render(`warm${k}`, mermaidText);
                    await globalThis.journeyTextToSvg(pathsText);
                    await globalThis.journeyTextToSvg(sequenceText);
                }
                const times = { mermaid: [], paths: [], sequence: [], share: [], layout: [], floor: [] };
                const timed = async (key, call) => {
                    await settle();
                    const t = performance.now();
                    await call();
                    times[key].push(performance.now() - t);
                };
                for (let k = 0; k < runs; k++) {
                    await timed('mermaid', () => globalThis.mermaid.render(`m${k}`, mermaidText));
                    await timed('paths', () => globalThis.journeyTextToSvg(pathsText));
                    await timed('sequence', () => globalThis.journeyTextToSvg(sequenceText));
                    await settle();
                    const { draw, layout } = await globalThis.journeyDrawingTimes(pathsText);
                    times.share.push(layout / draw);
                    times.layout.push(layout);
                    await settle();
                    times.floor.push(await globalThis.elkFloorTime(pathsText));
                }
                return Object.fromEntries(Object.entries(times).map(([k, xs]) => [k, median(xs)]));
            }, { mermaidText, sequenceText: sequenceSource(tasks), pathsText, runs: n >= 1000 ? 5 : 11, warmUps: WARM_UPS });
        }
        rounds.push(round);
        await page.close();
    }
} finally {
    await browser.close();
}
// Goals of issue 14: per-persona paths 2× at 10 tasks, 5× at 100 and 1,000; the chain 2×.
const pathsGoal = n => (n <= 10 ? 2 : 5);
const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const figure = (n, pick) => {
    const xs = rounds.map(r => pick(r[n]));
    const m = median(xs);
    return { m, text: rounds.length > 1 ? `${m.toFixed(2)} (${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)})` : m.toFixed(2) };
};
const ms = (n, key) => figure(n, row => row[key]).m.toFixed(1);
const verdict = (ratio, goal) => `${ratio.text}× (goal ≥ ${goal}× ${ratio.m >= goal ? 'met' : 'MISSED'})`;
console.log('\n## Mermaid journey vs Journey Maps, text → SVG, same headless Chromium page (median ms)\n');
console.log("Tasks from Mermaid's journey benchmark generator (sections of 10, 1–3 of 4 actors per task). Ours = parse,");
console.log(`validate, export, lay out and draw the Journey text in the page, a fresh renderer each run; ${WARM_UPS} warm-up rounds of each side.`);
if (rounds.length > 1) console.log(`${rounds.length} rounds, each in a fresh page: the medians of the rounds' medians, ratios with their range.`);
console.log("\nHeadline: the Mermaid text imported the Journey way (each task's actors as `by`, no arrows): every persona takes its own path, a branching flow ELK lays out.\n");
console.log("| tasks | Mermaid | ours, per-persona paths | Mermaid ÷ ours | ELK's share of drawing the model | ELK's layout | ELK's cheapest layered run | bound: Mermaid ÷ (chain row + that run) |");
console.log('|---|---|---|---|---|---|---|---|');
for (const n of SIZES) {
    const bound = figure(n, r => r.mermaid / (r.sequence + r.floor));
    const reach = bound.m >= pathsGoal(n) ? `the ${pathsGoal(n)}× goal fits under it` : `under the ${pathsGoal(n)}× goal`;
    console.log(`| ${n} | ${ms(n, 'mermaid')} | ${ms(n, 'paths')} | ${verdict(figure(n, r => r.mermaid / r.paths), pathsGoal(n))} | ${Math.round(100 * figure(n, r => r.share).m)} % | ${ms(n, 'layout')} | ${ms(n, 'floor')} | ${bound.text}× (${reach}) |`);
}
console.log("\nELK's cheapest layered run: the flow the renderer hands ELK (straight runs collapsed), laid out without crossing");
console.log('minimisation and with polyline edges, a drawing no one would ship. The bound adds it to the chain row below (the same');
console.log('parse, validation, export and drawing with no ELK run): no drawing whose flow ELK lays out does better, so where the');
console.log('bound is under the goal, the goal cannot be met while ELK stays the layout engine.');
console.log('\nSecond row: the same tasks as one sequence, each task `->` the next (a straight chain: no ELK run).\n');
console.log('| tasks | Mermaid | ours, one `->` chain | Mermaid ÷ ours |');
console.log('|---|---|---|---|');
for (const n of SIZES) console.log(`| ${n} | ${ms(n, 'mermaid')} | ${ms(n, 'sequence')} | ${verdict(figure(n, r => r.mermaid / r.sequence), 2)} |`);
console.log('\nThe chain row is the ceiling for the headline: the same parse, validation, export and drawing with no ELK run at all.');
