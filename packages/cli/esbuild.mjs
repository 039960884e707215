import { rmSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

rmSync('dist', { recursive: true, force: true });
await build({
    entryPoints: { cli: 'src/main.ts' },
    outdir: 'dist',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    // ES modules with splitting: `check` loads the language alone; the renderer and its layout
    // engine (1.6 MB) are separate chunks that only `render` loads.
    format: 'esm',
    splitting: true,
    platform: 'node',
    target: 'node20',
    minify: true,
    sourcemap: true,
    // The rasteriser's WebAssembly and fonts stay in node_modules, found by require.resolve.
    // Some bundled CommonJS dependencies call require() for Node's own modules.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    define: { JOURNEY_VERSION: JSON.stringify(version) },
    logLevel: 'warning'
});
