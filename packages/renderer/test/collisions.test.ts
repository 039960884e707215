import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distanceTo, ObstacleGrid, type Obstacle } from '../src/collisions.js';
import type { Box } from '../src/geometry.js';

const coordinate = fc.integer({ min: -3_000, max: 3_000 });
const point = fc.record({ x: coordinate, y: coordinate });
const obstacle: fc.Arbitrary<Obstacle> = fc.oneof(
    fc.record({ kind: fc.constant('segment' as const), a: point, b: point, half: fc.integer({ min: 0, max: 6 }) }),
    fc.record({ kind: fc.constant('dot' as const), c: point, r: fc.integer({ min: 1, max: 8 }) }),
    fc.record({ kind: fc.constant('box' as const), box: fc.record({ x: coordinate, y: coordinate, width: fc.integer({ min: 0, max: 5_000 }), height: fc.integer({ min: 0, max: 400 }) }) })
);
const box: fc.Arbitrary<Box> = fc.record({ x: coordinate, y: coordinate, width: fc.integer({ min: 1, max: 300 }), height: fc.integer({ min: 1, max: 60 }) });

describe('the obstacle grid labels are placed against', () => {
    it('finds exactly what a test against every obstacle finds', () => {
        fc.assert(fc.property(fc.array(obstacle, { maxLength: 30 }), fc.array(box, { minLength: 1, maxLength: 10 }), fc.integer({ min: 0, max: 12 }), (obstacles, boxes, gap) => {
            const grid = new ObstacleGrid();
            for (const o of obstacles) grid.add(o);
            for (const b of boxes) {
                expect(grid.clear(b, gap)).toBe(obstacles.every(o => distanceTo(o, b) >= gap));
            }
        }), { numRuns: 400 });
    });

    it('sees a long diagonal stroke next to a label far along it, and not beside a label away from it', () => {
        const grid = new ObstacleGrid();
        grid.add({ kind: 'segment', a: { x: 0, y: 0 }, b: { x: 20_000, y: 2_000 }, half: 1.5 });
        // At x = 10,000 the stroke is at y = 1,000.
        expect(grid.clear({ x: 9_990, y: 1_003, width: 40, height: 12 }, 4)).toBe(false);
        expect(grid.clear({ x: 9_990, y: 1_040, width: 40, height: 12 }, 4)).toBe(true);
    });
});
