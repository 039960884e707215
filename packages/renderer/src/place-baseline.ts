import type { ColumnGeom, Point } from './geometry.js';

/**
 * The baseline's emotion curves on this map, from the language core's comparison: for each
 * persona, its baseline emotion on each kept step, at that step's column, in the map's column
 * order (so the dashed curve runs beside the current one). Placed with the emotion lane, so the
 * lane's texts keep clear of them too.
 */

export interface BaselineStep {
    step: string;
    status: 'added' | 'removed' | 'kept';
    emotions: readonly { persona: string; before?: number }[];
}

export interface BaselineOption {
    steps: readonly BaselineStep[];
}

export interface BaselineCurve {
    persona: string;
    points: Point[];
}

export function placeBaselineCurves(columns: readonly ColumnGeom[], valueY: readonly number[], baseline: BaselineOption | undefined): BaselineCurve[] {
    if (!baseline) return [];
    const column = new Map<string, { col: ColumnGeom; i: number }>();
    columns.forEach((col, i) => {
        if (col.stepId !== undefined && !column.has(col.stepId)) column.set(col.stepId, { col, i });
    });
    const kept = baseline.steps.filter((s) => s.status === 'kept' && column.has(s.step)).sort((a, b) => column.get(a.step)!.i - column.get(b.step)!.i);
    const curves = new Map<string, Point[]>();
    for (const s of kept) {
        const { col } = column.get(s.step)!;
        for (const e of s.emotions) {
            if (e.before === undefined) continue;
            const y = valueY[e.before + 3];
            if (y === undefined) continue;
            let points = curves.get(e.persona);
            if (!points) curves.set(e.persona, (points = []));
            points.push({ x: col.x + col.width / 2, y });
        }
    }
    // A baseline emotion on one kept step only: a short stroke at its value.
    return [...curves].map(([persona, points]) => ({
        persona,
        points: points.length > 1 ? points : [{ x: points[0]!.x - 6, y: points[0]!.y }, { x: points[0]!.x + 6, y: points[0]!.y }]
    }));
}
