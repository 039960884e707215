import { JourneyReportSchema } from '@journey-maps/model';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { jsonOutput } from '../src/json-output.js';

describe('the JSON a command writes', () => {
    it('is the value its schema accepts, indented, with a final newline', () => {
        expect(jsonOutput(z.strictObject({ a: z.number() }), { a: 1 }, 'thing')).toBe('{\n  "a": 1\n}\n');
    });

    it('is refused for a key its strict schema does not have, however deep', () => {
        const schema = z.strictObject({ items: z.array(z.strictObject({ a: z.number() })) });
        expect(() => jsonOutput(schema, { items: [{ a: 1 }, { a: 2, b: 3 } as { a: number }] }, 'thing'))
            .toThrow(/internal error: the thing does not match its published schema \(items\.1: .+\)/);
    });

    it('is refused, naming the field, when it does not match its published schema', () => {
        const report = { version: 1, journey: 'j', kind: 'current', hotspots: [{ rank: 0 }] };
        expect(() => jsonOutput(JourneyReportSchema, report as unknown as z.input<typeof JourneyReportSchema>, 'report'))
            .toThrow(/internal error: the report does not match its published schema \(.+\)\. Please report it/);
    });
});
