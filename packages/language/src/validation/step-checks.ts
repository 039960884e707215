import type { ValidationAcceptor } from 'langium';
import type { Emotion, Persona, Step } from '../generated/ast.js';
import { DiagnosticCode } from '../diagnostic-codes.js';
import { stepFeelings } from '../flow/journey-flow.js';
import type { JourneyFlowProvider } from '../flow/journey-flow-provider.js';
import { journeyKind, stepProperties } from '../flow/step-properties.js';
import type { JourneyServices } from '../journey-module.js';
import { reportRepeatedClauses, reportRepeatedNames } from './repeated-property.js';

/** Checks on one step: who acts, how they feel, where it happens (its arrows: see arrow-checks.ts). */
export class StepChecks {
    private readonly flows: JourneyFlowProvider;

    constructor(services: JourneyServices) {
        this.flows = services.flow.JourneyFlowProvider;
    }

    checkStep(step: Step, accept: ValidationAcceptor): void {
        const journey = step.$container?.$container;
        if (!journey) {
            return;
        }
        const flow = this.flows.flowOf(journey);
        const properties = stepProperties(step);
        const inJourney = flow.inJourney;
        reportRepeatedClauses(properties.by, 'by', accept);
        reportRepeatedClauses(properties.at, 'at', accept);
        reportRepeatedClauses(properties.via, 'via', accept);
        reportRepeatedClauses(properties.metrics, 'metric', accept);
        reportRepeatedClauses(properties.owners, 'owner', accept);
        properties.by.forEach(clause => reportRepeatedNames(clause.personas, clause, 'personas', 'by', accept));
        properties.at.forEach(clause => reportRepeatedNames(clause.touchpoints, clause, 'touchpoints', 'at', accept));
        properties.via.forEach(clause => reportRepeatedNames(clause.channels, clause, 'channels', 'via', accept));
        properties.metrics.forEach(clause => reportRepeatedNames(clause.metrics, clause, 'metrics', 'metric', accept));
        properties.transitions.forEach(arrow => reportRepeatedNames(arrow.personas, arrow, 'personas', 'for', accept));

        for (const clause of properties.by) {
            clause.personas.forEach((reference, index) => {
                const persona = reference.ref;
                if (persona && !inJourney.has(persona)) {
                    accept('error', notInJourney(persona), { node: clause, property: 'personas', index, code: DiagnosticCode.PersonaNotInJourney });
                }
            });
        }

        for (const arrow of properties.transitions) {
            arrow.personas.forEach((reference, index) => {
                const persona = reference.ref;
                if (persona && !inJourney.has(persona)) {
                    accept('error', notInJourney(persona), { node: arrow, property: 'personas', index, code: DiagnosticCode.PersonaNotInJourney });
                }
            });
        }

        const actors = flow.actors.get(step) ?? [];
        this.checkEmotions(step, properties.emotions, actors, inJourney, flow.invalidActors.has(step), accept);

        const kind = journeyKind(journey);
        if ((kind === 'current' || kind === 'future') && properties.at.length === 0 && properties.via.length === 0 && step.name) {
            accept('hint', `Step '${step.name}' has no touchpoint: add 'at <touchpoint>' or 'via <channel>'.`, {
                node: step, property: 'name', code: DiagnosticCode.NoTouchpoint
            });
        }
        const feelings = stepFeelings(flow, step);
        if (!flow.invalidActors.has(step) && !feelings.uncertain && step.name && feelings.missing.length > 0) {
            accept('hint', `Step '${step.name}' records no emotion for ${feelings.missing.map(p => p.name).join(', ')}: add 'emotion <-3..+3>'.`, {
                node: step, property: 'name', code: DiagnosticCode.NoEmotion
            });
        }
    }

    /**
     * Range, repeat and persona problems of a step's emotions. A per-persona emotion beside the
     * step's general one overrides it for that persona; only a second general emotion, or a second
     * one for the same persona, is a duplicate.
     */
    private checkEmotions(step: Step, emotions: readonly Emotion[], actors: readonly Persona[], inJourney: ReadonlySet<Persona>,
        actorsInvalid: boolean, accept: ValidationAcceptor): void {
        const own = new Set<Persona>();
        let generalSeen = false;
        for (const emotion of emotions) {
            if (emotion.value !== undefined && !(Number.isInteger(emotion.value) && emotion.value >= -3 && emotion.value <= 3)) {
                accept('error', `Emotion ${emotion.value} is out of range: use a whole number from -3 to +3.`, {
                    node: emotion, property: 'value', code: DiagnosticCode.EmotionRange
                });
            }
            if (!emotion.persona) {
                if (generalSeen) {
                    accept('error', `A second emotion for the actors of step '${step.name}': an emotion without a persona counts for every actor. Keep one.`, {
                        node: emotion, property: 'value', code: DiagnosticCode.DuplicateEmotion
                    });
                }
                generalSeen = true;
                continue;
            }
            const persona = emotion.persona.ref;
            if (!persona) {
                continue;
            }
            if (!inJourney.has(persona)) {
                accept('error', notInJourney(persona), { node: emotion, property: 'persona', code: DiagnosticCode.PersonaNotInJourney });
            } else if (!actors.includes(persona)) {
                if (!actorsInvalid) {
                    accept('warning', `Persona '${persona.name}' does not act in step '${step.name}': add it to the step's 'by', or remove this emotion.`, {
                        node: emotion, property: 'persona', code: DiagnosticCode.EmotionForNonActor
                    });
                }
            } else if (own.has(persona)) {
                accept('error', `A second emotion for '${persona.name}' on step '${step.name}': keep one.`, {
                    node: emotion, property: 'persona', code: DiagnosticCode.DuplicateEmotion
                });
            } else {
                own.add(persona);
            }
        }
    }
}

function notInJourney(persona: Persona): string {
    return `Persona '${persona.name}' is not in this journey's 'for': add it there, or name another persona.`;
}
