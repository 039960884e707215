#!/usr/bin/env node
// The `journey` command. Everything it runs is bundled into one file by `npm run build`,
// so a cold start loads one module instead of hundreds.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let cli;
try {
    cli = require('../dist/cli.cjs');
} catch (error) {
    if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes('dist/cli.cjs')) {
        process.stderr.write('journey: not built yet. Run `npm run build` in the repository first.\n');
        process.exit(2);
    }
    throw error;
}
cli.main(process.argv.slice(2)).then(code => { process.exitCode = code; });
