/**
 * `data-ref` values: what a drawn element stands for ("step:fill", "persona:anna"). The preview
 * turns a click on one into a source selection through the server's source map, which is keyed by
 * the same values, so both sides build them here.
 */

export type RefKind = 'journey' | 'persona' | 'channel' | 'touchpoint' | 'team' | 'metric' | 'stage' | 'step' | 'edge';

export function ref(kind: RefKind, id: string): string {
    return `${kind}:${id}`;
}

/** The ref of the arrow from one step to another. */
export function edgeRef(from: string, to: string): string {
    return ref('edge', `${from}->${to}`);
}
