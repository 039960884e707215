// Bundles the language server into one CommonJS file: a cold start loads one file, not hundreds.
import { build } from 'esbuild';

await build({
    entryPoints: { server: 'src/server/main.ts' },
    outdir: 'dist',
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    sourcemap: true,
    logLevel: 'warning'
});
