// Bundles the extension (CJS, `vscode` external) and the language server (CJS, from
// packages/language/src/server/main.ts) into dist/. Everything else is inlined, so the .vsix
// ships no node_modules.
import { build, context } from 'esbuild';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const watch = process.argv.includes('--watch');
const dev = watch || process.argv.includes('--dev');
const serverEntry = here('../language/src/server/main.ts');

const common = {
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    minify: !dev,
    sourcemap: dev ? 'linked' : false,
    legalComments: 'none',
    logLevel: 'warning',
    mainFields: ['module', 'main'],
    // import.meta.url does not exist in CJS; point it at the bundle file.
    define: { 'import.meta.url': 'importMetaUrl' },
    banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" }
};

const targets = [
    { ...common, entryPoints: [here('src/extension.ts')], outfile: here('dist/extension.cjs'), external: ['vscode'] }
];
if (existsSync(serverEntry)) {
    targets.push({ ...common, entryPoints: [serverEntry], outfile: here('dist/server.cjs') });
} else {
    console.warn(`[extension build] ${serverEntry} does not exist yet: dist/server.cjs not built.`);
}

await mkdir(here('dist'), { recursive: true });
if (watch) {
    for (const t of targets) await (await context(t)).watch();
} else {
    await Promise.all(targets.map((t) => build(t)));
}
