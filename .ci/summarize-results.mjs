// Prints the closing line CI reads, `N passed, N failed[, N skipped]`, from the results the
// suites wrote: vitest's JSON report and the editor suite's summary. A suite that should have
// run but left no results counts as one failure, so a broken run can never look green.
import { existsSync, readFileSync } from 'node:fs';
import { vitestCounts } from './vitest-counts.mjs';

const results = [
    { name: 'unit and integration (vitest)', file: 'test-results/vitest.json', read: vitestCounts },
    { name: 'editor end-to-end (code-server)', file: 'test-results/e2e/summary.json', read: json => json }
];
let passed = 0;
let failed = 0;
let skipped = 0;
for (const result of results) {
    if (!existsSync(result.file)) {
        console.log(`${result.name}: no results at ${result.file} (the run stopped before it)`);
        failed++;
        continue;
    }
    const counts = result.read(JSON.parse(readFileSync(result.file, 'utf8')));
    console.log(`${result.name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped ?? 0} skipped`);
    passed += counts.passed;
    failed += counts.failed;
    skipped += counts.skipped ?? 0;
}
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
