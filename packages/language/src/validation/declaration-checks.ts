import type { AstNode, ValidationAcceptor } from 'langium';
import type { Channel, Declaration, Metric, Persona, Touchpoint } from '../generated/ast.js';
import { DiagnosticCode } from '../diagnostic-codes.js';
import type { JourneyServices } from '../journey-module.js';
import { meetsTarget } from '../model/metric-target.js';
import type { DeclarationUsage } from '../references/declaration-usage.js';
import { referenceKindName } from '../references/journey-linker.js';
import type { VisibleDeclarationsProvider } from '../references/visible-declarations.js';
import { reportRepeated } from './repeated-property.js';
import { isMistakenName } from '../parser/words.js';

/** Checks on the shared declarations: personas, channels, touchpoints, teams and metrics. */
export class DeclarationChecks {
    private readonly usage: DeclarationUsage;
    private readonly visible: VisibleDeclarationsProvider;

    constructor(services: JourneyServices) {
        this.usage = services.references.DeclarationUsage;
        this.visible = services.references.VisibleDeclarations;
    }

    checkPersona(persona: Persona, accept: ValidationAcceptor): void {
        reportRepeated(persona, 'segments', 'segment', accept);
    }

    checkChannel(channel: Channel, accept: ValidationAcceptor): void {
        reportRepeated(channel, 'kinds', 'digital or physical', accept);
    }

    checkTouchpoint(touchpoint: Touchpoint, accept: ValidationAcceptor): void {
        if (touchpoint.channels.length === 0) {
            accept('error', `Touchpoint '${touchpoint.name}' has no channel: add 'via <channel>' inside its braces.`, {
                node: touchpoint, property: 'name', code: DiagnosticCode.TouchpointWithoutChannel
            });
        }
        reportRepeated(touchpoint, 'channels', 'via', accept);
        reportRepeated(touchpoint, 'owners', 'owner', accept);
    }

    checkMetric(metric: Metric, accept: ValidationAcceptor): void {
        reportRepeated(metric, 'units', 'unit', accept);
        reportRepeated(metric, 'targets', 'target', accept);
        reportRepeated(metric, 'actuals', 'actual', accept);
        const target = metric.targets[0];
        const actual = metric.actuals[0];
        if (target && target.op && target.value !== undefined && actual !== undefined && !meetsTarget(actual, target.op, target.value)) {
            accept('warning', `Metric '${metric.name}' misses its target: ${actual}, target ${target.op} ${target.value}.`, {
                node: metric, property: 'actuals', index: 0, code: DiagnosticCode.MetricTargetMissed
            });
        }
    }

    checkUsed(declaration: Declaration, accept: ValidationAcceptor): void {
        if (!declaration.name || isMistakenName(declaration.name) || this.usage.isUsedOrUncertain(declaration) || this.isReportedDuplicate(declaration)) {
            return;
        }
        const kind = referenceKindName(declaration.$type);
        accept('hint', `${capitalize(kind)} '${declaration.name}' is never used in the workspace.`, {
            node: declaration, property: 'name', code: DiagnosticCode.UnusedDeclaration
        });
    }

    /** A clashing declaration already has its error; calling it unused as well would be a cascade. */
    private isReportedDuplicate(node: AstNode): boolean {
        return this.visible.forNode(node).duplicates.some(duplicate => duplicate.later.node === node);
    }
}

function capitalize(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
