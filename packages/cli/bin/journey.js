#!/usr/bin/env node
// The `journey` command. What it runs is bundled by `npm run build` into a few files,
// so a cold start loads those instead of hundreds of modules.
let cli;
try {
    cli = await import('../dist/cli.mjs');
} catch (error) {
    if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('cli.mjs')) {
        process.stderr.write('journey: not built yet. Run `npm run build` in the repository first.\n');
        process.exit(2);
    }
    throw error;
}
process.exitCode = await cli.main(process.argv.slice(2));
