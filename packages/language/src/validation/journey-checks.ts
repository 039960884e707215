import type { ValidationAcceptor } from 'langium';
import type { Journey, Persona, Stage } from '../generated/ast.js';
import { DiagnosticCode } from '../diagnostic-codes.js';
import type { JourneyFlowProvider } from '../flow/journey-flow-provider.js';
import type { JourneyFlow } from '../flow/journey-flow.js';
import { stepProperties } from '../flow/step-properties.js';
import type { JourneyServices } from '../journey-module.js';
import { reportRepeated, reportRepeatedClauses, reportRepeatedNames } from './repeated-property.js';

/** Checks on a journey as a whole: its header, its stage and step names, and its flow. */
export class JourneyChecks {
    private readonly flows: JourneyFlowProvider;

    constructor(services: JourneyServices) {
        this.flows = services.flow.JourneyFlowProvider;
    }

    checkHeader(journey: Journey, accept: ValidationAcceptor): void {
        reportRepeated(journey, 'kinds', 'kind', accept);
        reportRepeated(journey, 'baselines', 'baseline', accept);
        reportRepeatedClauses(journey.forClauses, 'for', accept);
        journey.forClauses.forEach(clause => reportRepeatedNames(clause.personas, clause, 'personas', 'for', accept));
        if (journey.forClauses.length === 0) {
            accept('error', `Journey '${journey.name}' follows no persona: add 'for <persona>, ...' to it.`, {
                node: journey, property: 'name', code: DiagnosticCode.JourneyWithoutPersonas
            });
        }
    }

    checkUniqueNames(journey: Journey, accept: ValidationAcceptor): void {
        const stages = new Set<string>();
        const steps = new Set<string>();
        for (const stage of journey.stages) {
            if (stage.name && stages.has(stage.name)) {
                accept('error', `Duplicate stage '${stage.name}': stage names are unique within a journey. Rename this one.`, {
                    node: stage, property: 'name', code: DiagnosticCode.DuplicateName
                });
            }
            stages.add(stage.name);
            for (const step of stage.steps) {
                if (step.name && steps.has(step.name)) {
                    accept('error', `Duplicate step '${step.name}': step names are unique within a journey. Rename this one.`, {
                        node: step, property: 'name', code: DiagnosticCode.DuplicateName
                    });
                }
                steps.add(step.name);
            }
        }
    }

    checkStage(stage: Stage, accept: ValidationAcceptor): void {
        if (stage.steps.length === 0) {
            accept('warning', `Stage '${stage.name}' has no steps: add one or remove the stage.`, {
                node: stage, property: 'name', code: DiagnosticCode.EmptyStage
            });
        }
        const hasPain = stage.steps.some(step => stepProperties(step).pains.length > 0);
        const hasOpportunity = stage.steps.some(step => stepProperties(step).opportunities.length > 0);
        if (hasPain && !hasOpportunity) {
            accept('hint', `Stage '${stage.name}' has pains but no opportunity: add an 'opportunity' to one of its steps.`, {
                node: stage, property: 'name', code: DiagnosticCode.PainWithoutOpportunity
            });
        }
    }

    checkFlow(journey: Journey, accept: ValidationAcceptor): void {
        const flow = this.flows.flowOf(journey);
        if (flow.personas.length === 0) {
            return;
        }
        this.checkEveryPersonaActs(journey, flow, accept);
        if (flow.unresolvedArrows.length > 0) {
            return; // an arrow that does not resolve leaves its persona's path unknown: one mistake, one diagnostic
        }
        for (const step of flow.steps) {
            if (!flow.reachable.has(step) && !flow.invalidActors.has(step) && step.name) {
                accept('warning', `Step '${step.name}' is unreachable: no persona's path leads to it. Add a '->' to it from an earlier step, or check its 'by'.`, {
                    node: step, property: 'name', code: DiagnosticCode.UnreachableStep
                });
            }
        }
    }

    /** Skipped while some step's `by` is already in error: who acts there is unknown, so any verdict could be a cascade. */
    private checkEveryPersonaActs(journey: Journey, flow: JourneyFlow, accept: ValidationAcceptor): void {
        if (flow.invalidActors.size > 0) {
            return;
        }
        const acting = new Set<Persona>();
        for (const actors of flow.actors.values()) {
            actors.forEach(persona => acting.add(persona));
        }
        const reported = new Set<Persona>();
        for (const clause of journey.forClauses) {
            clause.personas.forEach((reference, index) => {
                const persona = reference.ref;
                if (persona && !acting.has(persona) && !reported.has(persona)) {
                    reported.add(persona);
                    accept('warning', `Persona '${persona.name}' acts in no step of this journey: name it in a step's 'by', or remove it from 'for'.`, {
                        node: clause, property: 'personas', index, code: DiagnosticCode.PersonaNeverActs
                    });
                }
            });
        }
    }
}
