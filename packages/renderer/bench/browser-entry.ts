import type { JourneyModel } from '@journey-maps/model';
import { createMapRenderer, renderMapSvg } from '../src/index.js';
import { step } from '../test/fixtures/build.js';

/**
 * The renderer as the webview would load it (esbuild, platform browser), plus an in-page model
 * builder for the Mermaid comparison: the same tasks Mermaid's `journey` gets, as a JourneyModel.
 */
export { createMapRenderer, renderMapSvg };

export interface Task {
    section: string;
    name: string;
    score: number;
    actors: string[];
}

/**
 * `loopBack`: the last task also leads back to the first (a loop Mermaid's journey cannot draw), so
 * the flow is no longer a straight chain and goes through ELK: the comparison's "with a loop" figure.
 */
export function modelFromTasks(title: string, tasks: Task[], opts: { loopBack?: boolean } = {}): JourneyModel {
    const personas = [...new Set(tasks.flatMap((t) => t.actors))];
    const stages: JourneyModel['stages'] = [];
    tasks.forEach((t, i) => {
        let stage = stages[stages.length - 1];
        if (!stage || stage.label !== t.section) stages.push((stage = { id: `sec${stages.length}`, label: t.section, steps: [] }));
        stage.steps.push(step({
            id: `t${i}`,
            label: t.name,
            actors: t.actors,
            emotions: t.actors.map((p) => ({ persona: p, value: Math.max(-3, Math.min(3, t.score - 3)) })),
            next: i + 1 < tasks.length ? [{ step: `t${i + 1}`, personas: t.actors }] : opts.loopBack && i > 0 ? [{ step: 't0', personas: t.actors }] : []
        }));
    });
    return {
        version: 2,
        journey: { id: 'tasks', title, kind: 'current', goals: [], personas },
        personas: personas.map((p) => ({ id: p, label: p, needs: [], expects: [] })),
        channels: [],
        touchpoints: [],
        teams: [],
        metrics: [],
        stages
    };
}
