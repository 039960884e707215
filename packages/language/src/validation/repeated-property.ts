import type { AstNode, Properties, ValidationAcceptor } from 'langium';
import { DiagnosticCode } from '../diagnostic-codes.js';

/**
 * Properties the spec allows once are parsed as lists so a repeat is not a syntax error; the
 * second and later ones are reported here, and the first one is what counts.
 */
export function reportRepeated<N extends AstNode>(node: N, property: Properties<N>, written: string, accept: ValidationAcceptor): void {
    const values = node[property as keyof N];
    if (!Array.isArray(values)) {
        return;
    }
    for (let index = 1; index < values.length; index++) {
        accept('error', `'${written}' is given more than once here; keep one.`, {
            node, property, index, code: DiagnosticCode.DuplicateProperty
        });
    }
}

/** The same rule for properties that are whole nodes (a second `by` clause, a second `owner`). */
export function reportRepeatedClauses(clauses: readonly AstNode[], written: string, accept: ValidationAcceptor): void {
    for (let index = 1; index < clauses.length; index++) {
        const clause = clauses[index];
        accept('error', `'${written}' is given more than once in this step; keep one list.`, {
            node: clause, keyword: written, code: DiagnosticCode.DuplicateProperty
        });
    }
}

/**
 * A name written twice in one list (`for a, a`, `at form, form`) means nothing more than once; it
 * is reported on the repeat rather than dropped silently.
 */
export function reportRepeatedNames<N extends AstNode>(references: ReadonlyArray<{ $refText: string }>, node: N, property: Properties<N>,
    written: string, accept: ValidationAcceptor): void {
    if (references.length < 2) {
        return; // nearly every list: nothing can repeat, and no set is made for it
    }
    const seen = new Set<string>();
    references.forEach((reference, index) => {
        const name = reference.$refText;
        if (!name) {
            return;
        }
        if (seen.has(name)) {
            accept('warning', `'${name}' is already listed in this '${written}': remove the repeat.`, {
                node, property, index, code: DiagnosticCode.RepeatedName
            });
        }
        seen.add(name);
    });
}
