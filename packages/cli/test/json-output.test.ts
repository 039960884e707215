import { JourneyReportSchema } from '@journey-maps/model';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { jsonOutput } from '../src/json-output.js';

describe('the JSON a command writes', () => {
    it('is the value as its schema parses it, indented, with a final newline', () => {
        expect(jsonOutput(z.strictObject({ a: z.number() }), { a: 1 }, 'thing')).toBe('{\n  "a": 1\n}\n');
    });

    it('is refused, naming the field, when it does not match its published schema', () => {
        const report = { version: 1, journey: 'j', kind: 'current', hotspots: [{ rank: 0 }] };
        expect(() => jsonOutput(JourneyReportSchema, report as unknown as z.input<typeof JourneyReportSchema>, 'report'))
            .toThrow(/internal error: the report does not match its published schema \(.+\)\. Please report it/);
    });
});
