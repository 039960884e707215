#!/usr/bin/env node
// The standalone Journey language server: `journey-language-server --stdio`. Built by `npm run build`.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
try {
    require('../dist/server.cjs');
} catch (error) {
    if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes('dist/server.cjs')) {
        process.stderr.write('journey-language-server: not built yet. Run `npm run build` in the repository first.\n');
        process.exit(2);
    }
    throw error;
}
