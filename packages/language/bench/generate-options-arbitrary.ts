import fc from 'fast-check';
import type { GenerateOptions } from './generate-journey.js';

/** Options of generated maps for property tests: every size up to `maxSteps`, personas, stage lengths, declarations inline or imported. */
export function generatedMapOptions(maxSteps: number): fc.Arbitrary<GenerateOptions> {
    return fc.record({
        steps: fc.integer({ min: 1, max: maxSteps }),
        personas: fc.integer({ min: 1, max: 5 }),
        stepsPerStage: fc.integer({ min: 1, max: 12 }),
        seed: fc.nat(),
        sharedFiles: fc.integer({ min: 0, max: 1 })
    });
}
