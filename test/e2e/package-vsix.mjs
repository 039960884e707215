// Packages the extension into a .vsix with @vscode/vsce (everything is bundled: --no-dependencies).
// Usage: node test/e2e/package-vsix.mjs [--out file.vsix]   (run `npm run build` first)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_VSIX, ROOT, SETUP, VSCE } from './lib/paths.mjs';

export function packageVsix(out = DEFAULT_VSIX) {
    const needed = ['packages/extension/dist/extension.cjs', 'packages/language-server/dist/server.cjs',
        'packages/language-server/dist/layout-worker.cjs',
        'packages/language-server/dist/png/index_bg.wasm', 'packages/language-server/dist/png/DejaVuSans.ttf',
        'packages/preview/dist/preview.js', 'packages/preview/dist/preview.css'];
    const missing = needed.filter((f) => !existsSync(path.join(ROOT, f)));
    if (missing.length) throw new Error(`missing build output (run npm run build): ${missing.join(', ')}`);
    if (!existsSync(VSCE)) execFileSync('bash', [SETUP, '--drive-only'], { stdio: 'inherit' });
    // vsce does not create the folder (the bench writes into .e2e-run/, which a fresh checkout lacks).
    mkdirSync(path.dirname(out), { recursive: true });
    execFileSync(VSCE, ['package', '--no-dependencies', '--no-rewrite-relative-links', '--allow-missing-repository', '-o', out], {
        cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit']
    });
    return { file: out, bytes: statSync(out).size };
}

if (import.meta.url === `file://${process.argv[1]}`) {
    const i = process.argv.indexOf('--out');
    const { file, bytes } = packageVsix(i > 0 ? path.resolve(process.argv[i + 1]) : undefined);
    console.log(`${path.relative(process.cwd(), file)}: ${(bytes / 1024).toFixed(0)} KiB`);
}
