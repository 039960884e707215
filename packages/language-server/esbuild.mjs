// Bundles the language server, once, into one CommonJS file: a cold start loads one file, not
// hundreds. VS Code starts this file (the .vsix ships it as it is) and so does `journey-language-server`.
// The layout worker (ELK in a worker thread) is a second file beside it, dist/layout-worker.cjs.
// Beside it, dist/png/ gets the PNG rasteriser's WebAssembly and fonts, which the bundle cannot inline
// without slowing every start; the renderer's png-assets.json says which files they are.
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { build } from 'esbuild';

await build({
    entryPoints: { server: 'src/server/main.ts', 'layout-worker': 'src/server/layout-worker.ts' },
    outdir: 'dist',
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    sourcemap: true,
    legalComments: 'none',
    mainFields: ['module', 'main'],
    // import.meta.url does not exist in CJS; point it at the bundle file.
    define: { 'import.meta.url': 'importMetaUrl' },
    banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
    logLevel: 'warning'
});

const require = createRequire(import.meta.url);
const assets = JSON.parse(readFileSync(require.resolve('@journey-maps/renderer/png-assets.json'), 'utf8'));
rmSync('dist/png', { recursive: true, force: true });
mkdirSync('dist/png', { recursive: true });
for (const spec of [assets.wasm, ...assets.fonts]) copyFileSync(require.resolve(spec), `dist/png/${basename(spec)}`);
