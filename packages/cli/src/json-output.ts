import { z } from 'zod';

/**
 * Each schema compiled once per process (zod's generated validator): a report of 10,000 steps holds
 * tens of thousands of objects, and the interpreted parse, which also copies every one of them,
 * cost a quarter of the report's own time.
 */
const compiled = new WeakMap<z.ZodType, z.ZodType>();

function compiledSchema(schema: z.ZodType): z.ZodType {
    let fast = compiled.get(schema);
    if (!fast) {
        fast = z.compile(schema);
        compiled.set(schema, fast);
    }
    return fast;
}

/**
 * The JSON a command writes (`render --format json`, `report`, `diff`): checked against its
 * published schema first, as the reference promises, so a reader can rely on the schema. The
 * value is built in this process; a mismatch is this program's fault, and says so. A value the
 * validator accepts is written as it is (the schemas transform nothing); only a rejected one is
 * parsed again, for the issue to name.
 */
export function jsonOutput<S extends z.ZodType>(schema: S, value: z.input<S>, what: string): string {
    if (compiledSchema(schema).validate(value)) {
        return `${JSON.stringify(value, null, 2)}\n`;
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new Error(`internal error: the ${what} does not match its published schema (${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'unknown issue'}). Please report it with the file that caused it.`);
    }
    return `${JSON.stringify(parsed.data, null, 2)}\n`;
}
