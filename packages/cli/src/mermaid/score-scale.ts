/** Mermaid's task score (1 to 5, 3 neutral) and Journey's emotion (-3 to +3): the one mapping, both ways. */

export function roundHalfAwayFromZero(value: number): number {
    return Math.sign(value) * Math.round(Math.abs(value));
}

/** Score s → emotion round-half-away-from-zero((s − 3) × 1.5): 1..5 become -3, -2, 0, 2, 3; beyond the scale, clamped. */
export function emotionOfScore(score: number): number {
    return Math.max(-3, Math.min(3, roundHalfAwayFromZero((score - 3) * 1.5)));
}

/** Emotion e → score round(e / 1.5 + 3): the exact inverse on the five emotions that scores give. */
export function scoreOfEmotion(emotion: number): number {
    return Math.max(1, Math.min(5, roundHalfAwayFromZero(emotion / 1.5 + 3)));
}
