import type { ValidationChecks } from 'langium';
import type { JourneyAstType } from '../generated/ast.js';
import type { JourneyServices } from '../journey-module.js';
import { ArrowChecks } from './arrow-checks.js';
import { DeclarationChecks } from './declaration-checks.js';
import { FileChecks } from './file-checks.js';
import { JourneyChecks } from './journey-checks.js';
import { ScaleChecks } from './scale-checks.js';
import { StepChecks } from './step-checks.js';

/** Wires every check to the node type it looks at. */
export function registerValidationChecks(services: JourneyServices): void {
    const files = new FileChecks(services);
    const declarations = new DeclarationChecks(services);
    const journeys = new JourneyChecks(services);
    const steps = new StepChecks(services);
    const arrows = new ArrowChecks(services);
    const scales = new ScaleChecks();
    const checks: ValidationChecks<JourneyAstType> = {
        JourneyFile: [
            (node, accept) => files.checkImports(node, accept),
            (node, accept) => files.checkOneJourney(node, accept),
            (node, accept) => files.checkVisibleNames(node, accept)
        ],
        Persona: (node, accept) => declarations.checkPersona(node, accept),
        Channel: (node, accept) => declarations.checkChannel(node, accept),
        Touchpoint: (node, accept) => declarations.checkTouchpoint(node, accept),
        Metric: (node, accept) => declarations.checkMetric(node, accept),
        Declaration: (node, accept) => declarations.checkUsed(node, accept),
        Journey: [
            (node, accept) => journeys.checkHeader(node, accept),
            (node, accept) => journeys.checkUniqueNames(node, accept),
            (node, accept) => journeys.checkFlow(node, accept)
        ],
        Stage: (node, accept) => journeys.checkStage(node, accept),
        Step: [
            (node, accept) => steps.checkStep(node, accept),
            (node, accept) => arrows.checkArrows(node, accept)
        ],
        Pain: (node, accept) => scales.checkPain(node, accept),
        Opportunity: (node, accept) => scales.checkOpportunity(node, accept)
    };
    services.validation.ValidationRegistry.register(checks);
}
