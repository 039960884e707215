import type { Journey, Step } from '../generated/ast.js';

const tables = new WeakMap<Journey, ReadonlyMap<string, Step>>();

/**
 * The steps of a journey by name, whatever stage they are in; the first of a duplicated name wins,
 * as in the exported model. What a `->` target resolves among, and where the report finds a
 * hotspot's step: made once per parsed journey, since step names cannot change without a new AST;
 * the check makes it when it links the journey's first arrow, and the report then reuses it.
 */
export function stepsByName(journey: Journey): ReadonlyMap<string, Step> {
    let steps = tables.get(journey);
    if (!steps) {
        const table = new Map<string, Step>();
        for (const stage of journey.stages) {
            for (const step of stage.steps) {
                if (step.name && !table.has(step.name)) {
                    table.set(step.name, step);
                }
            }
        }
        tables.set(journey, table);
        steps = table;
    }
    return steps;
}
