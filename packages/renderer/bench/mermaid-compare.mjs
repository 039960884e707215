// The workload of the Mermaid comparison (test/bench/mermaid-text-to-svg.mjs, run by `npm run bench`):
// the tasks of Mermaid's journey benchmark and their Mermaid text. The comparison itself is text →
// SVG on both sides in one Chromium page; it imports this text the Journey way (`journey import
// mermaid`) for its headline row.

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
