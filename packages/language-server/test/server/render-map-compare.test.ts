import { applyMapChanges, joinSvgParts, RenderMapResultSchema, type DrawnMap, type RenderMapResult } from '@journey-maps/model';
import { CancellationTokenSource } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { createMapAnswer } from '../../src/server/render-map-handler.js';
import { exampleTexts, TestWorkspace, uriOf } from '../lsp/lsp-test-services.js';

const texts = exampleTexts();
const FUTURE = 'bank-future.journey';
/** bank-future without its `baseline` line: the map that has nothing to compare with. */
const ALONE = 'bank-future-alone.journey';
/** The alone map with one emotion changed, against it: a comparison without removed steps, so the stage bands stay. */
const NEXT = 'bank-future-next.journey';

/** The server's map answer for bank-future (which has a baseline), asked as the extension asks: with the toggle and the map it holds. */
async function server() {
    const alone = texts.get(FUTURE)!.replace('  baseline onboarding\n', '').replace('journey onboarding-future', 'journey onboarding-alone');
    expect(alone).not.toContain('baseline onboarding');
    const workspace = await TestWorkspace.of({
        'bank-people.journey': texts.get('bank-people.journey')!,
        'bank-onboarding.journey': texts.get('bank-onboarding.journey')!,
        [FUTURE]: texts.get(FUTURE)!,
        [ALONE]: alone,
        [NEXT]: `import "${ALONE}"\n${alone.replace('journey onboarding-alone', 'journey onboarding-next').replace('  kind future\n', '  kind future\n  baseline onboarding-alone\n').replace('emotion 2 "confident"', 'emotion -1 "unsure"')}`
    });
    const answer = createMapAnswer(workspace.services);
    return {
        async map(options: { compare?: boolean; base?: string; name?: string } = {}): Promise<RenderMapResult> {
            const { name = FUTURE, ...rest } = options;
            return RenderMapResultSchema.parse(await answer({ uri: uriOf(name).toString(), ...rest }, new CancellationTokenSource().token));
        }
    };
}

function whole(result: RenderMapResult): DrawnMap {
    if (result.status !== 'ok') throw new Error(`expected the whole map, got ${result.status}`);
    return result;
}

/** The map a client holding `held` ends up with from `answer`. */
function received(held: DrawnMap, answer: RenderMapResult): DrawnMap {
    if (answer.status === 'ok') return answer;
    if (answer.status !== 'changes') throw new Error(`expected a map, got ${answer.status}`);
    expect(answer.base).toBe(held.mapId);
    const map = applyMapChanges(held, answer);
    if (!map) throw new Error('the changes do not fit the map they were made against');
    return map;
}

/** The stage band's height, as drawn (every band is as tall as the tallest). */
function stageBandHeight(map: DrawnMap): number {
    const match = /<rect class="jm-stage" [^>]*height="([\d.]+)"/.exec(joinSvgParts(map.parts));
    if (!match) throw new Error('no stage band in the map');
    return Number(match[1]);
}

describe('journey/renderMap of a map with a baseline, with the Compare toggle', () => {
    it('draws the map alone while the comparison is off, as if it had no baseline, and still sends the comparison in the insights', async () => {
        const s = await server();
        const off = whole(await s.map({ compare: false }));
        const unasked = whole(await s.map());
        const alone = whole(await s.map({ name: ALONE }));
        const svg = joinSvgParts(off.parts);
        expect(svg).not.toContain('jm-baseline');
        expect(joinSvgParts(unasked.parts)).toBe(svg);
        // No room kept for the removed notes: the stage bands are those of the map without a baseline.
        expect(stageBandHeight(off)).toBe(stageBandHeight(alone));
        expect(svg.replaceAll('onboarding-future', 'onboarding-alone')).toBe(joinSvgParts(alone.parts));
        // The Insights panel's "Against the baseline" is there either way.
        expect(off.insights?.comparison?.steps.some((c) => c.status === 'removed')).toBe(true);
    });

    it('draws the comparison when it is on: dashed curves, the removed step by its label at its stage, taller stage bands', async () => {
        const s = await server();
        const on = whole(await s.map({ compare: true }));
        const off = whole(await s.map({ compare: false }));
        const svg = joinSvgParts(on.parts);
        expect(svg.match(/class="jm-baseline jm-emo-baseline/g)?.length).toBe(2);
        expect(svg).toContain('class="jm-baseline jm-removed" data-ref="stage:apply" data-removed="abandon"');
        expect(svg).toContain('removed: Leaves the form unfinished');
        expect(stageBandHeight(on)).toBeGreaterThan(stageBandHeight(off));
        expect(on.insights).toEqual(off.insights);
    });

    // bank-future's removed note moves everything below the stage bands (the whole map is sent);
    // the next map's comparison only adds curves and marks (sent as changes).
    it.each([[FUTURE, 'ok'], [NEXT, 'changes']])('answers a toggle of %s to a client that holds the other drawing with exactly the drawing asked for, both ways', async (name, sent) => {
        const s = await server();
        const off = whole(await s.map({ name, compare: false }));
        const toOn = await s.map({ name, compare: true, base: off.mapId });
        expect(toOn.status).toBe(sent);
        const on = received(off, toOn);
        expect(joinSvgParts(on.parts)).toContain('jm-baseline jm-emo-baseline');
        expect(joinSvgParts(on.parts)).toBe(joinSvgParts(whole(await s.map({ name, compare: true })).parts));
        const offAgain = received(on, await s.map({ name, compare: false, base: on.mapId }));
        expect(joinSvgParts(offAgain.parts)).toBe(joinSvgParts(off.parts));
        expect(joinSvgParts(offAgain.parts)).not.toContain('jm-baseline');
    });
});
