import type { ComparisonOperator } from '../generated/ast.js';

/** Whether an actual value meets a target; equality meets `<=`, `>=` and `=` but not `<` or `>`. */
export function meetsTarget(actual: number, op: ComparisonOperator, target: number): boolean {
    switch (op) {
        case '<': return actual < target;
        case '<=': return actual <= target;
        case '>': return actual > target;
        case '>=': return actual >= target;
        case '=': return actual === target;
    }
}
