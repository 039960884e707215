import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

await build({
    entryPoints: { cli: 'src/main.ts' },
    outdir: 'dist',
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    sourcemap: true,
    // A native addon and the font it reads stay in node_modules.
    external: ['@resvg/resvg-js', 'dejavu-fonts-ttf'],
    define: { JOURNEY_VERSION: JSON.stringify(version) },
    logLevel: 'warning'
});
