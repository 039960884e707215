// Bundles the renderer's benchmark for Node into dist/.
import { build } from 'esbuild';

const common = { bundle: true, logLevel: 'warning', legalComments: 'none', target: 'es2022' };
await build({ ...common, entryPoints: ['bench/render-bench.ts'], outfile: 'dist/render-bench.mjs', platform: 'node', format: 'esm' });
