/**
 * Langium awaits a cancellation check for every AST node while linking, indexing and validating:
 * a promise per node, which on a map of 50,000 steps is a large part of the build and of its
 * garbage. Checking every few hundred nodes keeps typing responsive at a fraction of the cost.
 */
export const nodesPerInterruptCheck = 256;

export function shouldCheckInterrupt(visited: number): boolean {
    return visited % nodesPerInterruptCheck === 0;
}
