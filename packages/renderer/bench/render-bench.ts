import type { JourneyModel } from '@journey-maps/model';
import { createMapRenderer } from '../src/index.js';
import { generateModel } from '../test/fixtures/generate.js';

/**
 * Layout + SVG time for 20, 200 and 2,000 steps: cold (a fresh renderer, nothing cached) and after
 * a one-label edit (same renderer, a step label changed). Medians of a few runs, in ms.
 * Targets (issue 4): 200 steps < 150 ms cold and < 16 ms after an edit; 2,000 steps < 3 s cold.
 */

function median(xs: number[]): number {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.floor(s.length / 2)] ?? NaN;
}

function labelEdit(model: JourneyModel, i: number): JourneyModel {
    const copy = structuredClone(model);
    const stage = copy.stages[Math.floor(copy.stages.length / 2)]!;
    const step = stage.steps[0]!;
    step.pains = [...step.pains, { text: `edited pain ${i}` }];
    step.label = `${step.label.slice(0, -1)}${i % 2 ? 'x' : 'y'}`;
    return copy;
}

export async function runRenderBench(sizes: number[] = [20, 200, 2000]): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    // The first layout of the process pays for loading and JIT-compiling ELK; report it separately.
    const t = performance.now();
    await createMapRenderer().render(generateModel({ steps: 200, seed: 99 }));
    out['first render of the process (200 steps)'] = performance.now() - t;
    // Then warm up as a long-lived language server is: "cold" below = a new renderer, no cached layout.
    for (let k = 0; k < 4; k++) await createMapRenderer().render(generateModel({ steps: 200, seed: 100 + k }));
    for (const n of sizes) {
        const model = generateModel({ steps: n, seed: n, personas: 3 });
        const cold: number[] = [];
        const edit: number[] = [];
        const runs = n >= 2000 ? 3 : 7;
        for (let k = 0; k < runs; k++) {
            const r = createMapRenderer();
            const t0 = performance.now();
            await r.render(model);
            cold.push(performance.now() - t0);
            const edited = labelEdit(model, k);
            const t1 = performance.now();
            const res = await r.render(edited);
            edit.push(performance.now() - t1);
            if (!res.layoutReused) throw new Error('label edit should reuse the layout');
        }
        out[`${n} steps cold`] = median(cold);
        out[`${n} steps after label edit`] = median(edit);
    }
    return out;
}

export async function printRenderBench(): Promise<Record<string, number>> {
    const res = await runRenderBench();
    const targets: Record<string, number> = { '200 steps cold': 150, '200 steps after label edit': 16, '2000 steps cold': 3000 };
    console.log('renderer: layout + SVG (median ms)');
    for (const [k, v] of Object.entries(res)) {
        const t = targets[k];
        console.log(`  ${k.padEnd(42)} ${v.toFixed(1).padStart(9)} ms${t ? `   target < ${t} ms ${v < t ? 'ok' : 'MISSED'}` : ''}`);
    }
    return res;
}
