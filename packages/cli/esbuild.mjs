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
    // Bundled as CommonJS, where import.meta is empty: modules that resolve files next to themselves
    // (the PNG fonts) get this bundle's own URL instead.
    banner: { js: "const __bundle_import_meta_url = require('url').pathToFileURL(__filename).href;" },
    define: { JOURNEY_VERSION: JSON.stringify(version), 'import.meta.url': '__bundle_import_meta_url' },
    logLevel: 'warning'
});
