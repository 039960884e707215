// Bundles the webview script (browser IIFE) and copies its stylesheet into dist/.
import { build } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';

const here = new URL('.', import.meta.url);
const watch = process.argv.includes('--watch');
const dev = watch || process.argv.includes('--dev');

await mkdir(new URL('dist/', here), { recursive: true });
const options = {
    entryPoints: [new URL('src/main.ts', here).pathname],
    outfile: new URL('dist/preview.js', here).pathname,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['chrome114'],
    minify: !dev,
    sourcemap: dev ? 'inline' : false,
    legalComments: 'none',
    logLevel: 'warning'
};
await copyFile(new URL('src/preview.css', here), new URL('dist/preview.css', here));
if (watch) {
    const { context } = await import('esbuild');
    const ctx = await context(options);
    await ctx.watch();
} else {
    await build(options);
}
