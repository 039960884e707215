import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['packages/*/test/**/*.test.ts', 'packages/*/src/**/*.test.ts', 'test/**/*.test.ts'],
        exclude: ['**/node_modules/**', '**/dist/**', 'test/e2e/**'],
        testTimeout: 60_000,
        hookTimeout: 120_000
    }
});
