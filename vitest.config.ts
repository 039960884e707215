import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['packages/*/test/**/*.test.ts', 'packages/*/src/**/*.test.ts', 'test/**/*.test.ts'],
        exclude: ['**/node_modules/**', '**/dist/**', 'test/e2e/**'],
        testTimeout: 60_000,
        hookTimeout: 120_000,
        // The JSON results are what .ci/run counts for its closing `N passed, N failed` line.
        reporters: ['default', 'json'],
        outputFile: { json: 'test-results/vitest.json' }
    }
});
