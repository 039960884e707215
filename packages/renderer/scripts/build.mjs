// Bundles the benchmark for Node and the renderer for the browser (Mermaid comparison) into dist/.
import { build } from 'esbuild';

const common = { bundle: true, logLevel: 'warning', legalComments: 'none', target: 'es2022' };
await build({ ...common, entryPoints: ['bench/render-bench.ts'], outfile: 'dist/render-bench.mjs', platform: 'node', format: 'esm' });
await build({ ...common, entryPoints: ['bench/browser-entry.ts'], outfile: 'dist/renderer.browser.js', platform: 'browser', format: 'iife', globalName: 'JourneyRenderer', minify: true });
