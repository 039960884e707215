import type { HotspotReasonKind } from '@journey-maps/model';

/**
 * The hotspot score: the sum of the points of a step's reasons. Every reason adds a positive
 * amount, and each grows with what makes it stronger, so more reasons or stronger ones always
 * rank a step higher. The unit is one point of emotion below zero, the map's own measure of how
 * much a step hurts; every other weight is set against it.
 */

/** A pain without a `severity` counts as the middle of the 1–5 scale. */
export const defaultSeverity = 3;

export const reasonPoints = {
    /** Per acting persona below zero: its emotion, made positive (−3 → 3). */
    emotion: (value: number): number => -value,
    /** The lowest emotion of the step once more, made positive. */
    momentOfTruth: (lowest: number): number => -lowest,
    /** Per pain: its severity, 1 to 5. */
    pain: (severity: number = defaultSeverity): number => severity,
    /** Per pain on a step with no opportunity. */
    unaddressedPain: (): number => 1,
    /** Per missed metric: 2, plus 2 for every doubling of the relative gap. */
    metricMissed: (gap: number): number => 2 + 2 * Math.log2(1 + gap),
    /** Per arrow with a share into a step marked `end` that is not the last: 1, plus 1 per 10 % who go that way. */
    dropOff: (share: number): number => 1 + share / 10,
    /** Per arrow with a share back to an earlier step (or the same one): 1, plus 1 per 20 % who go round again. */
    rework: (share: number): number => 1 + share / 20
} as const;

/**
 * The relative gap between a metric's actual value and its target: |actual − target| / |target|,
 * or |actual − target| for a target of 0 (nothing to be relative to).
 */
export function metricGap(actual: number, target: number): number {
    const gap = Math.abs(actual - target);
    return target === 0 ? gap : gap / Math.abs(target);
}

/** The formula and the reason for each weight, in the order of the reference's table: for the docs and `--help`. */
export const scoringRules: ReadonlyArray<{ kind: HotspotReasonKind; points: string; why: string }> = [
    {
        kind: 'emotion',
        points: '−emotion, for each acting persona below 0 (−3 → 3)',
        why: 'the unit of the score: the map\'s own measure of how much a step hurts; counted per persona, since each stands for a group of customers'
    },
    {
        kind: 'metric-missed',
        points: '2 + 2 × log2(1 + gap), gap = |actual − target| / |target| (|actual − target| when the target is 0)',
        why: 'a measured miss is evidence, not opinion, so it starts as high as a −2 feeling; each doubling of the gap adds 2, and the logarithm keeps a tiny target from drowning every other reason'
    },
    {
        kind: 'pain',
        points: `severity, 1 to 5 (${defaultSeverity} when not given), for each pain`,
        why: 'a named problem is the most concrete thing a map says; severity 5 blocks the customer, so it outweighs the worst feeling (3)'
    },
    {
        kind: 'unaddressed-pain',
        points: '1, for each pain on a step with no opportunity',
        why: 'nobody has proposed a fix yet; small, since the pain itself already counts, but enough to put an unowned problem above the same problem with a plan'
    },
    {
        kind: 'moment-of-truth',
        points: '−(lowest emotion of the step), when it is below 0',
        why: 'a bad feeling at a decisive moment is what customers remember and retell, so the worst one counts twice'
    },
    {
        kind: 'drop-off',
        points: '1 + share / 10, for each arrow with a share into a step marked end that is not the journey\'s last',
        why: 'customers lost for good: every 10% of a step\'s customers who give up weigh as one point of emotion (15% → 2.5, 50% → 6)'
    },
    {
        kind: 'rework',
        points: '1 + share / 20, for each arrow with a share back to an earlier step (or the same one)',
        why: 'going round again costs time and patience but keeps the customer: half the weight of a drop-off per share'
    }
];

/** Scores and values as they are shown and written: two decimals. Ranking uses the exact values. */
export function roundScore(value: number): number {
    return Math.round(value * 100) / 100;
}
