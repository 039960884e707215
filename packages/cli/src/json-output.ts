import type { z } from 'zod';

/**
 * The JSON a command writes (`render --format json`, `report`, `diff`): checked against its
 * published schema first, as the reference promises, so a reader can rely on the schema. The
 * value is built in this process; a mismatch is this program's fault, and says so.
 */
export function jsonOutput<S extends z.ZodType>(schema: S, value: z.input<S>, what: string): string {
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new Error(`internal error: the ${what} does not match its published schema (${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'unknown issue'}). Please report it with the file that caused it.`);
    }
    return `${JSON.stringify(parsed.data, null, 2)}\n`;
}
