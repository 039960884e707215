import type { Opportunity, Pain } from '../generated/ast.js';

/** A severity, impact or effort: a whole number from 1 to 5. */
export function isScaleValue(value: number): boolean {
    return Number.isInteger(value) && value >= 1 && value <= 5;
}

/** A pain's severity as it counts: the first one written, when it is in range. */
export function severityOf(pain: Pain): number | undefined {
    return validScale(pain.severities[0]);
}

export function impactOf(opportunity: Opportunity): number | undefined {
    return validScale(opportunity.impacts[0]);
}

export function effortOf(opportunity: Opportunity): number | undefined {
    return validScale(opportunity.efforts[0]);
}

function validScale(value: number | undefined): number | undefined {
    return value !== undefined && isScaleValue(value) ? value : undefined;
}
