// Side-by-side: Mermaid `journey` (text → SVG) vs our renderer (model → SVG) for the same tasks, in
// the same headless Chromium page. Run after `npm run build -w @journey-maps/renderer`:
//   node packages/renderer/bench/mermaid-compare.mjs
// Our in-page timing starts from the model (the parser does not ship to the browser; in VS Code the
// language server parses and renders). `ourTextToSvgInNode(parse)` measures text → SVG in Node once
// the language package exports a parse function (pass it in; not wired yet).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SIZES = [10, 100, 1000];

const ACTORS = ['Me', 'Cat', 'Dog', 'Friend'];

/**
 * The tasks of the comparison, as Mermaid's journey benchmark generates them: sections of ten tasks,
 * a score of 1–5, and 1–3 of 4 actors per task. Pseudo-random with a fixed seed, so every run and
 * both sides get the same tasks.
 */
export function makeTasks(n) {
    let seed = 0x2545f491;
    const next = () => {
        seed ^= seed << 13;
        seed ^= seed >>> 17;
        seed ^= seed << 5;
        return (seed >>> 0) / 0x100000000;
    };
    const tasks = [];
    for (let i = 0; i < n; i++) {
        const count = 1 + Math.floor(next() * 3);
        const pool = [...ACTORS];
        const actors = [];
        while (actors.length < count) actors.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
        actors.sort((a, b) => ACTORS.indexOf(a) - ACTORS.indexOf(b));
        tasks.push({ section: `Section ${Math.floor(i / 10) + 1}`, name: `Task ${i + 1} does something`, score: 1 + Math.floor(next() * 5), actors });
    }
    return tasks;
}

export function mermaidSource(tasks) {
    let src = 'journey\n  title Benchmark journey\n';
    let section = '';
    for (const t of tasks) {
        if (t.section !== section) src += `  section ${(section = t.section)}\n`;
        src += `    ${t.name}: ${t.score}: ${t.actors.join(', ')}\n`;
    }
    return src;
}

/**
 * Our text → SVG in Node, once the language package exports a parse function (text → JourneyModel):
 * pass it and a renderer function (`renderMapSvg` from @journey-maps/renderer). Not wired yet.
 */
export async function ourTextToSvgInNode(parse, renderMapSvg, journeyText, runs = 5) {
    const times = [];
    for (let k = 0; k < runs; k++) {
        const t = performance.now();
        await renderMapSvg(await parse(journeyText));
        times.push(performance.now() - t);
    }
    return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

export async function runMermaidCompare() {
    if (!existsSync(CHROMIUM)) {
        console.log(`mermaid-compare: skipped, no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);
        return undefined;
    }
    const bundle = join(here, '../dist/renderer.browser.js');
    if (!existsSync(bundle)) {
        console.log('mermaid-compare: skipped, dist/renderer.browser.js missing (npm run build -w @journey-maps/renderer)');
        return undefined;
    }
    const { chromium } = await import('playwright-core');
    const mermaidJs = require.resolve('mermaid/dist/mermaid.min.js');
    const browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
    });
    const results = {};
    try {
        const page = await browser.newPage();
        await page.setContent('<!doctype html><html><body><div id="out"></div></body></html>');
        await page.addScriptTag({ path: mermaidJs });
        await page.addScriptTag({ path: bundle });
        await page.evaluate(() => globalThis.mermaid.initialize({ startOnLoad: false }));
        for (const n of SIZES) {
            const tasks = makeTasks(n);
            const src = mermaidSource(tasks);
            const r = await page.evaluate(
                async ({ src, tasks, runs }) => {
                    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
                    const m = [];
                    const o = [];
                    const l = [];
                    const R = globalThis.JourneyRenderer;
                    // Warm-up of both.
                    await globalThis.mermaid.render('warm', src);
                    await R.renderMapSvg(R.modelFromTasks('Benchmark journey', tasks));
                    await R.renderMapSvg(R.modelFromTasks('Benchmark journey', tasks, { loopBack: true }));
                    for (let k = 0; k < runs; k++) {
                        let t = performance.now();
                        await globalThis.mermaid.render(`m${k}`, src);
                        m.push(performance.now() - t);
                        t = performance.now();
                        const model = R.modelFromTasks('Benchmark journey', tasks);
                        await R.renderMapSvg(model);
                        o.push(performance.now() - t);
                        // The same map plus one loop back: no longer a straight chain, so ELK lays it out.
                        t = performance.now();
                        await R.renderMapSvg(R.modelFromTasks('Benchmark journey', tasks, { loopBack: true }));
                        l.push(performance.now() - t);
                    }
                    return { mermaid: median(m), ours: median(o), loop: median(l) };
                },
                { src, tasks, runs: n >= 1000 ? 3 : 7 }
            );
            results[`${n} tasks mermaid`] = r.mermaid;
            results[`${n} tasks ours`] = r.ours;
            results[`${n} tasks ours with a loop (ELK)`] = r.loop;
        }
    } finally {
        await browser.close();
    }
    console.log('Mermaid journey (text → SVG) vs ours (model → SVG), same headless Chromium page, median ms');
    for (const n of SIZES) {
        const m = results[`${n} tasks mermaid`];
        const o = results[`${n} tasks ours`];
        console.log(`  ${String(n).padStart(5)} tasks   mermaid ${m.toFixed(1).padStart(8)}   ours ${o.toFixed(1).padStart(8)}   ${(m / o).toFixed(2)}× ${n >= 100 ? (m / o >= 2 ? '(goal ≥ 2× ok)' : '(goal ≥ 2× MISSED)') : ''}`);
    }
    // A straight chain of tasks (all Mermaid's journey can draw) needs no ELK run; with one loop back it does.
    console.log('Ours with one loop back (ELK lays out the flow; Mermaid cannot draw this), median ms');
    for (const n of SIZES) {
        const m = results[`${n} tasks mermaid`];
        const l = results[`${n} tasks ours with a loop (ELK)`];
        console.log(`  ${String(n).padStart(5)} tasks   ours ${l.toFixed(1).padStart(8)}   (${(m / l).toFixed(2)}× Mermaid's time for the chain)`);
    }
    return results;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await runMermaidCompare();
