// Bundles the extension (CJS, `vscode` external) into dist/. Everything else is inlined, so the
// .vsix ships no node_modules. The language server is not bundled here: the .vsix ships the
// language-server package's own bundle (packages/language-server/dist/server.cjs).
import { build, context } from 'esbuild';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const watch = process.argv.includes('--watch');
const dev = watch || process.argv.includes('--dev');

const options = {
    entryPoints: [here('src/extension.ts')],
    outfile: here('dist/extension.cjs'),
    external: ['vscode'],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    minify: !dev,
    sourcemap: dev ? 'linked' : false,
    legalComments: 'none',
    logLevel: 'warning',
    mainFields: ['module', 'main'],
    define: { 'import.meta.url': 'importMetaUrl' },
    banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" }
};

await mkdir(here('dist'), { recursive: true });
if (watch) {
    await (await context(options)).watch();
} else {
    await build(options);
}
