// Text → SVG on both sides, in one headless Chromium page: Mermaid's `journey` and this project's
// library API (renderJourney: parser + validator + exporter + renderer, bundled for the browser),
// for the same tasks, written two ways in Journey text:
// - as one sequence, like Mermaid draws it: each task leads to the next with `->`;
// - imported from the very Mermaid text (`journey import mermaid`'s conversion, run in the page
//   before timing): each task's actors as `by` and no arrows, so every persona follows its own
//   path, and a task list with an occasional second actor becomes a branching flow for ELK.
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';
import { makeTasks, mermaidSource } from '../../packages/renderer/bench/mermaid-compare.mjs';

const repo = join(import.meta.dirname, '../..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SIZES = [10, 100, 1000];

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
const rows = [];
try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ path: require.resolve('mermaid/dist/mermaid.min.js') });
    await page.addScriptTag({ path: bundle });
    await page.evaluate(() => globalThis.mermaid.initialize({ startOnLoad: false }));
    for (const n of SIZES) {
        const tasks = makeTasks(n);
        const mermaidText = mermaidSource(tasks);
        const pathsText = await page.evaluate(text => globalThis.mermaidToJourney(text), mermaidText);
        const result = await page.evaluate(async ({ mermaidText, sequenceText, pathsText, runs }) => {
            const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
            await globalThis.mermaid.render('warm', mermaidText);
            await globalThis.journeyTextToSvg(sequenceText);
            await globalThis.journeyTextToSvg(pathsText);
            const times = { mermaid: [], sequence: [], paths: [] };
            for (let k = 0; k < runs; k++) {
                let t = performance.now();
                await globalThis.mermaid.render(`m${k}`, mermaidText);
                times.mermaid.push(performance.now() - t);
                t = performance.now();
                await globalThis.journeyTextToSvg(sequenceText);
                times.sequence.push(performance.now() - t);
                t = performance.now();
                await globalThis.journeyTextToSvg(pathsText);
                times.paths.push(performance.now() - t);
            }
            return { mermaid: median(times.mermaid), sequence: median(times.sequence), paths: median(times.paths) };
        }, { mermaidText, sequenceText: sequenceSource(tasks), pathsText, runs: n >= 1000 ? 3 : 9 });
        rows.push({ n, ...result });
    }
} finally {
    await browser.close();
}
console.log('\n## Mermaid journey vs Journey Maps, text → SVG, same headless Chromium page (median ms)\n');
console.log('Ours = renderJourney in the page: parse, validate, export, lay out and draw the Journey text, with a fresh renderer each time.\n');
console.log('| tasks | Mermaid | ours, tasks as one sequence | ratio | ours, imported from the Mermaid text: per-persona paths (ELK) | ratio |');
console.log('|---|---|---|---|---|---|');
const goal = (n, ratio) => (n >= 100 ? (ratio >= 2 ? ' (goal ≥ 2× met)' : ' (goal ≥ 2× missed)') : '');
for (const row of rows) {
    const a = row.mermaid / row.sequence;
    const b = row.mermaid / row.paths;
    console.log(`| ${row.n} | ${row.mermaid.toFixed(1)} | ${row.sequence.toFixed(1)} | ${a.toFixed(2)}×${goal(row.n, a)} | ${row.paths.toFixed(1)} | ${b.toFixed(2)}×${goal(row.n, b)} |`);
}
