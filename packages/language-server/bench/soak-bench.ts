/**
 * `npm run bench`: the soak of issue 16 at full length, 10,000 seeded edits over stdio, then a
 * 5 MB map opened and closed (completion on a small file while it builds, RSS before and after).
 * The same driver runs 2,000 edits in `npm test` (test/server/soak.test.ts).
 */
import { formatSoakReport, runSoak } from './lsp/soak.js';

const report = await runSoak({ edits: 10_000, seed: 20261201, hangMs: 30_000, bigMap: true, progress: line => console.log(line) });
console.log(formatSoakReport(report).join('\n'));
const failed = report.crashed !== undefined || report.hangs.length > 0 || report.outsideCount > 0 || report.errorsAsResults.length > 0
    || report.badInputWrong.length > 0 || report.idlePublications.some(count => count > 0) || !report.answersAfterwards;
process.exitCode = failed ? 1 : 0;
