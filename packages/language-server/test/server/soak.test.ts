import { describe, expect, it } from 'vitest';
import { formatSoakReport, runSoak } from '../../bench/lsp/soak.js';

describe('the server under a soak of random edits, requests, cancellations and bad input', () => {
    it('takes 2,000 seeded edits over stdio without a crash, a hang, a range outside its document or a publication while idle', async () => {
        const report = await runSoak({ edits: 2_000, seed: 20261201, hangMs: 20_000 });
        // The figures, for whoever reads the test log; `npm run bench` runs 10,000 edits.
        console.log(formatSoakReport(report).join('\n'));
        expect(report.crashed).toBeUndefined();
        expect(report.hangs).toEqual([]);
        expect(report.outside).toEqual([]);
        expect(report.errorsAsResults).toEqual([]);
        expect(report.badInputWrong).toEqual([]);
        expect([...report.errors.keys()].filter(kind => kind.endsWith(' -32603'))).toEqual([]);
        expect(report.idlePublications.every(count => count === 0)).toBe(true);
        expect(report.badInputSent).toBeGreaterThanOrEqual(100);
        expect(report.answersAfterwards).toBe(true);
    }, 180_000);
});

describe('the soak\'s own check of published ranges', () => {
    it('knows every text it sent, the known texts of the end included (seed 7 once flagged a range of one it forgot)', async () => {
        const report = await runSoak({ edits: 400, seed: 7, hangMs: 20_000 });
        expect(report.outside).toEqual([]);
        expect(report.answersAfterwards).toBe(true);
    }, 120_000);
});
