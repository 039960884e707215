import { describe, expect, it } from 'vitest';
import { vitestCounts } from '../../.ci/vitest-counts.mjs';

const file = (status: string, tests: string[]) => ({ status, assertionResults: tests.map(test => ({ status: test })) });

describe('the closing line CI reads', () => {
    it('counts one failed test inside nested describe blocks as one failure', () => {
        const json = { numPassedTests: 4, numFailedTests: 1, numFailedTestSuites: 3, numPendingTests: 0, numTodoTests: 0, testResults: [file('failed', ['passed', 'failed']), file('passed', ['passed', 'passed', 'passed'])] };
        expect(vitestCounts(json)).toEqual({ passed: 4, failed: 1, skipped: 0 });
    });

    it('counts a test file that failed to load as a failure although no test of it failed', () => {
        const json = { numPassedTests: 2, numFailedTests: 0, numFailedTestSuites: 1, numPendingTests: 1, numTodoTests: 1, testResults: [file('failed', []), file('passed', ['passed', 'passed'])] };
        expect(vitestCounts(json)).toEqual({ passed: 2, failed: 1, skipped: 2 });
    });
});
