import { describe, expect, it } from 'vitest';
import { codes, diagnose } from '../src/testing/index.js';

/** Two personas on a small map where every check passes as written; `steps` go into one stage. */
function map(steps: string, header = 'for anna, marek'): string {
    return `persona anna "Anna"
persona marek "Marek"
persona zed "Zed, not in this journey"
channel web "Website" { digital }
journey j "J" {
  ${header}
  stage s {
    ${steps}
  }
}`;
}

const step = (name: string, props: string) => `step ${name} { via web emotion 1 ${props} }`;
/** Everything but the hint that `zed` is unused. */
const relevant = async (text: string) => (await codes(text)).filter(code => code !== 'unused-declaration');

describe('share-range', () => {
    it.each(['0%', '100%', '46%', '12.5%', '+5%'])('accepts %s', async share => {
        expect(await relevant(map(`${step('a', `-> b ${share}`)} ${step('b', '')}`))).toEqual([]);
    });

    it.each(['-5%', '101%', '100.5%'])('rejects %s at the share', async share => {
        const result = (await diagnose(map(`${step('a', `-> b ${share}`)} ${step('b', '')}`))).filter(d => d.code !== 'unused-declaration');
        expect(result.map(d => `${d.severity} ${d.code}`)).toEqual(['error share-range']);
        expect(result[0].endColumn - result[0].column).toBe(share.length);
        expect(result[0].message).toContain(share);
    });
});

describe('share-total', () => {
    it('accepts shares that add up to exactly 100%, also with decimals', async () => {
        expect(await relevant(map(`${step('a', '-> b 62% -> c 23% -> d 15%')} ${step('b', 'end')} ${step('c', 'end')} ${step('d', '')}`))).toEqual([]);
        expect(await relevant(map(`${step('a', '-> b 12.5% -> c 87.5%')} ${step('b', 'end')} ${step('c', '')}`))).toEqual([]);
    });

    it('warns once, on the last share, when one persona\'s arrows exceed 100%', async () => {
        const result = (await diagnose(map(`${step('a', '-> b 60% -> c 41% -> d')} ${step('b', 'end')} ${step('c', 'end')} ${step('d', '')}`)))
            .filter(d => d.code !== 'unused-declaration');
        expect(result.map(d => `${d.severity} ${d.code}`)).toEqual(['warning share-total']);
        expect(result[0].column).toBe(map('').split('\n')[7].length + `step a { via web emotion 1 -> b 60% -> c `.length + 1);
        expect(result[0].message).toContain('101%');
    });

    it('adds up the arrows each persona takes, not every arrow of the step', async () => {
        // 80% + 30% for marek exceed; anna's 90% alone does not; the two arrows for everyone are nobody's here.
        expect(await relevant(map(`${step('a', '-> b 90% for anna -> c 60% for marek -> d 50% for marek')} ${step('b', 'end')} ${step('c', 'end')} ${step('d', '')}`)))
            .toEqual(['share-total']);
        expect(await relevant(map(`${step('a', '-> b 90% for anna -> c 60% for marek')} ${step('b', 'end')} ${step('c', '')}`))).toEqual([]);
    });

    it('reports once per step however many personas exceed, on the last share concerned', async () => {
        const result = (await diagnose(map(`${step('a', '-> b 70% -> c 70%')} ${step('b', 'end')} ${step('c', '')}`))).filter(d => d.code === 'share-total');
        expect(result).toHaveLength(1);
    });

    it('leaves a share out of range out of the sum (its share-range is the one diagnostic)', async () => {
        expect(await relevant(map(`${step('a', '-> b 150% -> c 50%')} ${step('b', 'end')} ${step('c', '')}`))).toEqual(['share-range']);
    });
});

describe('path-to-non-actor', () => {
    it('warns on the arrow\'s target, once per arrow, naming who goes there and the fix', async () => {
        const result = (await diagnose(map(`${step('a', '-> b')} ${step('b', 'by anna')}`))).filter(d => d.code !== 'unused-declaration');
        expect(result.map(d => `${d.severity} ${d.code} ${d.line}`)).toEqual(['warning path-to-non-actor 8']);
        const text = map(`${step('a', '-> b')} ${step('b', 'by anna')}`).split('\n')[7];
        expect(result[0].column).toBe(text.indexOf('-> b') + 4);
        expect(result[0].endColumn - result[0].column).toBe(1);
        expect(result[0].message).toBe("marek's path goes to 'b', where marek does not act: add marek to its 'by', or write '-> b for anna'.");
    });

    it('does not warn when the arrow is only for the personas who act there', async () => {
        expect(await relevant(map(`${step('a', '-> b for anna -> c for marek')} ${step('b', 'by anna end')} ${step('c', '')}`))).toEqual([]);
    });

    it('leaves a step whose by is broken alone', async () => {
        expect(await relevant(map(`${step('a', '-> b')} ${step('b', 'by ana')}`))).toEqual(['unknown-reference']);
    });
});

describe('arrow-for-non-actor', () => {
    it('warns on the name in for of a persona that does not act in the step', async () => {
        const result = (await diagnose(map(`${step('a', 'by anna -> b for anna, marek')} ${step('b', '')}`))).filter(d => d.code !== 'unused-declaration');
        expect(result.map(d => `${d.severity} ${d.code}`)).toEqual(['warning arrow-for-non-actor']);
        expect(result[0].endColumn - result[0].column).toBe('marek'.length);
    });

    it('is persona-not-in-journey for a persona outside the journey\'s for', async () => {
        expect(await relevant(map(`${step('a', '-> b for anna, zed')} ${step('b', '')}`))).toEqual(['persona-not-in-journey']);
    });
});

describe('arrows that do not resolve: one mistake, one diagnostic', () => {
    it('gives a misspelt target one unknown-reference and no unreachable-step in the journey', async () => {
        const result = await relevant(map(`${step('a', '-> tow end')} ${step('two', 'end')} ${step('three', '')}`));
        expect(result).toEqual(['unknown-reference']);
    });

    it('reports unreachable steps again once the arrow is fixed', async () => {
        expect(await relevant(map(`${step('a', '-> two end')} ${step('two', 'end')} ${step('three', '')}`))).toEqual(['unreachable-step']);
    });

    it('gives a misspelt name in an arrow\'s for one unknown-reference', async () => {
        expect(await relevant(map(`${step('a', '-> c for ana')} ${step('b', 'end')} ${step('c', '')}`))).toEqual(['unknown-reference']);
    });
});
