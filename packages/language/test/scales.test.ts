import { describe, expect, it } from 'vitest';
import { codes, diagnose } from '../src/testing/index.js';

function map(props: string): string {
    return `persona anna
channel web
journey j {
  for anna
  stage s {
    step a { via web emotion 1 ${props} }
  }
}`;
}

describe('scale-range: severity, impact and effort are whole numbers from 1 to 5', () => {
    it.each(['1', '3', '5', '+2'])('accepts severity %s', async value => {
        expect(await codes(map(`pain "slow" severity ${value} opportunity "fast"`))).toEqual([]);
    });

    it.each(['0', '6', '-1', '2.5'])('rejects severity %s at the value', async value => {
        const result = await diagnose(map(`pain "slow" severity ${value} opportunity "fast"`));
        expect(result.map(d => `${d.severity} ${d.code}`)).toEqual(['error scale-range']);
        expect(result[0].endColumn - result[0].column).toBe(value.length);
        expect(result[0].message).toMatch(/^Severity .* is out of range: use a whole number from 1/);
    });

    it.each([['impact 1 effort 5'], ['effort 5 impact 1'], ['impact 3'], ['effort 2'], ['']])('accepts an opportunity with %s, either order', async scales => {
        expect(await codes(map(`pain "slow" opportunity "fast" ${scales}`))).toEqual([]);
    });

    it.each([['impact 0', 'Impact 0'], ['impact 6', 'Impact 6'], ['effort 0', 'Effort 0'], ['effort 6', 'Effort 6'], ['impact 7 effort 2', 'Impact 7']])(
        'rejects an opportunity with %s', async (scales, start) => {
            const result = await diagnose(map(`opportunity "fast" ${scales}`));
            expect(result.map(d => d.code)).toEqual(['scale-range']);
            expect(result[0].message.startsWith(`${start} is out of range`)).toBe(true);
        });

    it('reports each value out of range: two independent problems, two diagnostics', async () => {
        expect(await codes(map('opportunity "fast" impact 0 effort 9'))).toEqual(['scale-range', 'scale-range']);
    });

    it('still counts a pain whose severity is rejected (no pain-without-opportunity hint is lost or added)', async () => {
        expect(await codes(map('pain "slow" severity 9'))).toEqual(['pain-without-opportunity', 'scale-range']);
        expect(await codes(map('pain "slow" severity 9 opportunity "fast" impact 9'))).toEqual(['scale-range', 'scale-range']);
    });

    it('reports a scale given twice as a repeated property', async () => {
        expect(await codes(map('pain "slow" severity 2 severity 3 opportunity "fast"'))).toEqual(['duplicate-property']);
        expect(await codes(map('pain "slow" opportunity "fast" impact 2 effort 1 impact 3'))).toEqual(['duplicate-property']);
    });
});
