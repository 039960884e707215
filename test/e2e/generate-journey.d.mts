/** The benches' generated journey (generate-journey.mjs). */
export function generateJourney(steps: number): string;
