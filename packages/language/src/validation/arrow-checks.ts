import type { ValidationAcceptor } from 'langium';
import type { Persona, Step, Transition } from '../generated/ast.js';
import { DiagnosticCode } from '../diagnostic-codes.js';
import type { JourneyFlowProvider } from '../flow/journey-flow-provider.js';
import { isShareInRange, type JourneyFlow } from '../flow/journey-flow.js';
import { stepProperties } from '../flow/step-properties.js';
import type { JourneyServices } from '../journey-module.js';

/** Checks on a step's `->` arrows: their shares, the personas they name, and where they lead whom. */
export class ArrowChecks {
    private readonly flows: JourneyFlowProvider;

    constructor(services: JourneyServices) {
        this.flows = services.flow.JourneyFlowProvider;
    }

    checkArrows(step: Step, accept: ValidationAcceptor): void {
        const arrows = stepProperties(step).transitions;
        const journey = step.$container?.$container;
        if (arrows.length === 0 || !journey) {
            return;
        }
        const flow = this.flows.flowOf(journey);
        for (const arrow of arrows) {
            if (arrow.share !== undefined && !isShareInRange(arrow.share)) {
                accept('error', `Share ${arrow.share}% is out of range: a share of the customers at this step is from 0% to 100%.`, {
                    node: arrow, property: 'share', code: DiagnosticCode.ShareRange
                });
            }
        }
        if (flow.invalidActors.has(step)) {
            return; // who acts here is unknown, so who takes which arrow is too
        }
        this.checkNamedActors(step, arrows, flow, accept);
        this.checkPaths(arrows, flow, accept);
        this.checkShareTotal(arrows, flow, accept);
    }

    /** An arrow's `for` that names a persona of the journey who does not act in the step. */
    private checkNamedActors(step: Step, arrows: readonly Transition[], flow: JourneyFlow, accept: ValidationAcceptor): void {
        const actors = flow.actors.get(step) ?? [];
        const inJourney = flow.inJourney;
        for (const arrow of arrows) {
            arrow.personas.forEach((reference, index) => {
                const persona = reference.ref;
                if (persona && inJourney.has(persona) && !actors.includes(persona)) {
                    accept('warning', `Persona '${persona.name}' does not act in step '${step.name}', so this arrow leads it nowhere: add it to the step's 'by', or remove it from the arrow's 'for'.`, {
                        node: arrow, property: 'personas', index, code: DiagnosticCode.ArrowForNonActor
                    });
                }
            });
        }
    }

    /** Once per arrow, on its target: the personas it leads to a step where they do not act. */
    private checkPaths(arrows: readonly Transition[], flow: JourneyFlow, accept: ValidationAcceptor): void {
        for (const arrow of arrows) {
            const target = arrow.target?.ref;
            const takers = flow.takers.get(arrow) ?? [];
            if (!target || flow.invalidActors.has(target)) {
                continue;
            }
            const there = flow.actors.get(target) ?? [];
            const strangers = takers.filter(persona => !there.includes(persona));
            if (strangers.length === 0) {
                continue;
            }
            const others = takers.filter(persona => there.includes(persona));
            const alternative = others.length > 0 ? `, or write '-> ${target.name} for ${others.map(persona => persona.name).join(', ')}'` : '';
            const names = strangers.map(persona => persona.name);
            const message = names.length === 1
                ? `${names[0]}'s path goes to '${target.name}', where ${names[0]} does not act: add ${names[0]} to its 'by'${alternative}.`
                : `The paths of ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]} go to '${target.name}', where they do not act: add them to its 'by'${alternative}.`;
            accept('warning', message, {
                node: arrow, property: 'target', code: DiagnosticCode.PathToNonActor
            });
        }
    }

    /**
     * The shares of the arrows one persona takes from this step add up to at most 100%. Reported
     * once per step, on the last share of the arrows of the personas that exceed it.
     */
    private checkShareTotal(arrows: readonly Transition[], flow: JourneyFlow, accept: ValidationAcceptor): void {
        const byPersona = new Map<Persona, Transition[]>();
        for (const arrow of arrows) {
            if (arrow.share === undefined || !isShareInRange(arrow.share)) {
                continue;
            }
            for (const persona of flow.takers.get(arrow) ?? []) {
                byPersona.set(persona, [...(byPersona.get(persona) ?? []), arrow]);
            }
        }
        let last: { arrow: Transition; persona: Persona; total: number } | undefined;
        for (const [persona, taken] of byPersona) {
            const total = taken.reduce((sum, arrow) => sum + arrow.share!, 0);
            const arrow = taken[taken.length - 1];
            // The tolerance absorbs the rounding of decimal shares (12.5% + 87.5% is exactly 100%).
            if (total > 100 + 1e-9 && (!last || arrows.indexOf(arrow) > arrows.indexOf(last.arrow))) {
                last = { arrow, persona, total };
            }
        }
        if (last) {
            accept('warning', `The shares of the arrows that '${last.persona.name}' takes from this step add up to ${round(last.total)}%: at most 100% of the customers here can go on.`, {
                node: last.arrow, property: 'share', code: DiagnosticCode.ShareTotal
            });
        }
    }
}

function round(value: number): number {
    return Math.round(value * 100) / 100;
}
