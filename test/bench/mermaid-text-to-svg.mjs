// Text → SVG on both sides, in one headless Chromium page: Mermaid's `journey` and this project's
// parser + validator + exporter + renderer (bundled for the browser), for the same tasks.
// The Journey text gives each task's actors as `by`, so every persona follows its own path: a task
// list with an occasional second actor becomes a branching flow that ELK lays out.
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';
import { makeTasks, mermaidSource } from '../../packages/renderer/bench/mermaid-compare.mjs';

const repo = join(import.meta.dirname, '../..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SIZES = [10, 100, 1000];

function journeySource(tasks) {
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
        lines.push(`    step t${i} "${t.name}" { by ${t.actors.map(id).join(', ')} emotion ${t.score - 3} }`);
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
        const result = await page.evaluate(async ({ mermaidText, journeyText, runs }) => {
            const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
            await globalThis.mermaid.render('warm', mermaidText);
            const svg = await globalThis.journeyTextToSvg(journeyText);
            const mermaid = [];
            const ours = [];
            for (let k = 0; k < runs; k++) {
                let t = performance.now();
                await globalThis.mermaid.render(`m${k}`, mermaidText);
                mermaid.push(performance.now() - t);
                t = performance.now();
                await globalThis.journeyTextToSvg(journeyText);
                ours.push(performance.now() - t);
            }
            return { mermaid: median(mermaid), ours: median(ours), steps: (svg.match(/data-ref="step:/g) ?? []).length };
        }, { mermaidText: mermaidSource(tasks), journeyText: journeySource(tasks), runs: n >= 1000 ? 3 : 9 });
        rows.push({ n, ...result });
    }
} finally {
    await browser.close();
}
console.log('\n## Mermaid journey vs Journey Maps, text → SVG, same headless Chromium page (median ms)\n');
console.log('| tasks | Mermaid | ours (parse, validate, export, lay out, draw) | ratio |');
console.log('|---|---|---|---|');
for (const row of rows) {
    console.log(`| ${row.n} | ${row.mermaid.toFixed(1)} | ${row.ours.toFixed(1)} | ${(row.mermaid / row.ours).toFixed(2)}× ${row.n >= 100 ? (row.mermaid / row.ours >= 2 ? '(goal ≥ 2× met)' : '(goal ≥ 2× missed)') : ''} |`);
}
