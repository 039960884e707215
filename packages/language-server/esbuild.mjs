// Bundles the language server, once, into one CommonJS file: a cold start loads one file, not
// hundreds. VS Code starts this file (the .vsix ships it as it is) and so does `journey-language-server`.
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
    legalComments: 'none',
    mainFields: ['module', 'main'],
    // import.meta.url does not exist in CJS; point it at the bundle file.
    define: { 'import.meta.url': 'importMetaUrl' },
    banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
    logLevel: 'warning'
});
