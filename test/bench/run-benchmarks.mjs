// `npm run bench`: bundles each package's benchmark with esbuild and runs them one after another,
// each in its own process so one's memory does not weigh on the next. Every bench prints its table.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { join } from 'node:path';
import { build } from 'esbuild';

const repo = join(import.meta.dirname, '../..');
const benches = [
    'packages/language/bench/core-bench.ts',
    'packages/cli/bench/report-bench.ts',
    'packages/language-server/bench/lsp-bench.ts',
    'packages/language-server/bench/soak-bench.ts',
    'packages/renderer/bench/run-render-bench.mjs',
    'test/bench/mermaid-text-to-svg.mjs',
    'test/e2e/bench-preview.mjs',
    'packages/preview/bench/webview-frame-bench.ts'
];
const only = process.argv.slice(2);
// Bundled scripts still find the repository through where each of their modules was written.
const ownDirname = {
    name: 'own-dirname',
    setup(context) {
        context.onLoad({ filter: /\.ts$/ }, async args => args.path.includes('node_modules') ? undefined : {
            contents: (await readFile(args.path, 'utf8')).replaceAll('import.meta.dirname', JSON.stringify(dirname(args.path))),
            loader: 'ts'
        });
    }
};
// Inside the repository, so that what stays external still resolves from node_modules.
const outDir = join(repo, 'node_modules/.cache/journey-bench');
mkdirSync(outDir, { recursive: true });
let failed = 0;
for (const entry of benches) {
    if (only.length > 0 && !only.some(word => entry.includes(word))) {
        continue;
    }
    const source = join(repo, entry);
    if (!existsSync(source)) {
        console.log(`\n(${entry} is missing; skipped)`);
        continue;
    }
    let script = source;
    if (entry.endsWith('.ts')) {
        script = join(outDir, entry.replaceAll('/', '_').replace(/\.ts$/, '.mjs'));
        await build({
            entryPoints: [source], outfile: script, bundle: true, platform: 'node', format: 'esm', target: 'node20',
            external: ['@resvg/resvg-js', 'dejavu-fonts-ttf', 'playwright-core', 'esbuild', 'mermaid'], logLevel: 'warning',
            banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
            plugins: [ownDirname]
        });
    }
    const result = spawnSync(process.execPath, ['--expose-gc', script], { stdio: 'inherit', cwd: repo });
    if (result.status !== 0) {
        console.log(`\n${entry} failed with exit code ${result.status}`);
        failed++;
    }
}
process.exitCode = failed > 0 ? 1 : 0;
