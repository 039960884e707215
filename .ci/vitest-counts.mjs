// What CI's closing line counts from vitest's JSON report. Each failed test counts once; a test
// file that failed with no failed test in it (it did not load, or a hook threw) counts as one
// failure, since its tests never ran. vitest's numFailedTestSuites is not used: it also counts
// every describe block around a failed test, so one failed test read as three.
export function vitestCounts(json) {
    const files = json.testResults ?? [];
    const brokenFiles = files.filter(file => file.status === 'failed' && !(file.assertionResults ?? []).some(test => test.status === 'failed')).length;
    return {
        passed: json.numPassedTests ?? 0,
        failed: (json.numFailedTests ?? 0) + brokenFiles,
        skipped: (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0)
    };
}
