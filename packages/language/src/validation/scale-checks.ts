import type { ValidationAcceptor } from 'langium';
import type { Opportunity, Pain } from '../generated/ast.js';
import { DiagnosticCode } from '../diagnostic-codes.js';
import { isScaleValue } from '../flow/scales.js';
import { reportRepeated } from './repeated-property.js';

/** A pain's severity, an opportunity's impact and effort: whole numbers from 1 to 5, each given at most once. */
export class ScaleChecks {
    checkPain(pain: Pain, accept: ValidationAcceptor): void {
        reportRepeated(pain, 'severities', 'severity', accept);
        pain.severities.forEach((value, index) => checkScale(pain, 'severities', index, value, 'Severity', '1 (minor) to 5 (blocks the customer)', accept));
    }

    checkOpportunity(opportunity: Opportunity, accept: ValidationAcceptor): void {
        reportRepeated(opportunity, 'impacts', 'impact', accept);
        reportRepeated(opportunity, 'efforts', 'effort', accept);
        opportunity.impacts.forEach((value, index) => checkScale(opportunity, 'impacts', index, value, 'Impact', '1 (small) to 5 (large)', accept));
        opportunity.efforts.forEach((value, index) => checkScale(opportunity, 'efforts', index, value, 'Effort', '1 (cheap) to 5 (costly)', accept));
    }
}

function checkScale<N extends Pain | Opportunity>(node: N, property: 'severities' | 'impacts' | 'efforts', index: number, value: number,
    what: string, range: string, accept: ValidationAcceptor): void {
    if (value !== undefined && !isScaleValue(value)) {
        accept('error', `${what} ${value} is out of range: use a whole number from ${range}.`, {
            node, property: property as never, index, code: DiagnosticCode.ScaleRange
        });
    }
}
