import type { SourceRange } from '@journey-maps/model';
import type { AstNode } from 'langium';
import { isJourneyFile, type JourneyFile } from '@journey-maps/language';

/**
 * Where each drawn thing of a map is written, keyed by the renderer's `data-ref` ("step:fill"):
 * what the preview needs to turn a click into a selection and a cursor into a highlight.
 * Only things written in this document are listed; imported declarations open in their own file.
 */
export function buildSourceMap(root: AstNode): Record<string, SourceRange> {
    const map: Record<string, SourceRange> = {};
    if (!isJourneyFile(root)) {
        return map;
    }
    const add = (ref: string, node: AstNode): void => {
        const range = node.$cstNode?.range;
        if (range && !(ref in map)) {
            map[ref] = { start: { ...range.start }, end: { ...range.end } };
        }
    };
    for (const declaration of (root as JourneyFile).declarations) {
        add(`${declaration.$type.toLowerCase()}:${declaration.name}`, declaration);
    }
    const journey = root.journeys[0];
    if (journey) {
        add(`journey:${journey.name}`, journey);
        for (const stage of journey.stages) {
            add(`stage:${stage.name}`, stage);
            for (const step of stage.steps) {
                add(`step:${step.name}`, step);
            }
        }
    }
    return map;
}
