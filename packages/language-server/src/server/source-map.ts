import type { SourceRange } from '@journey-maps/model';
import type { AstNode } from 'langium';
import { isJourneyFile, type JourneyFile } from '@journey-maps/language';
import { ref, type RefKind } from '@journey-maps/renderer';

const DECLARATION_REF: Record<JourneyFile['declarations'][number]['$type'], RefKind> = {
    Persona: 'persona',
    Channel: 'channel',
    Touchpoint: 'touchpoint',
    Team: 'team',
    Metric: 'metric'
};

/**
 * Where each drawn thing of a map is written, keyed by the renderer's `data-ref` (`ref('step', 'fill')`):
 * what the preview needs to turn a click into a selection and a cursor into a highlight.
 * Only things written in this document are listed; imported declarations open in their own file.
 */
export function buildSourceMap(root: AstNode): Record<string, SourceRange> {
    const map: Record<string, SourceRange> = {};
    if (!isJourneyFile(root)) {
        return map;
    }
    const add = (drawn: string, node: AstNode): void => {
        const range = node.$cstNode?.range;
        if (range && !(drawn in map)) {
            map[drawn] = { start: { ...range.start }, end: { ...range.end } };
        }
    };
    for (const declaration of (root as JourneyFile).declarations) {
        add(ref(DECLARATION_REF[declaration.$type], declaration.name), declaration);
    }
    const journey = root.journeys[0];
    if (journey) {
        add(ref('journey', journey.name), journey);
        for (const stage of journey.stages) {
            add(ref('stage', stage.name), stage);
            for (const step of stage.steps) {
                add(ref('step', step.name), step);
            }
        }
    }
    return map;
}
