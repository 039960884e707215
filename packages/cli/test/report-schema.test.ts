import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HotspotReasonKindSchema, HotspotReasonSchema, JourneyModelSchema, JourneyReportSchema, type HotspotReasonKind } from '@journey-maps/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateWorkspace } from '../../language/bench/generate-journey.js';
import { generatedMapOptions } from '../../language/bench/generate-options-arbitrary.js';
import { runCli, tempFolder } from './run-cli.js';

/*
 * `journey report --format json` and `journey render --format json` write what this process built
 * from its own analysis and export, without a zod parse on every run (see buildReport and
 * JourneyModelExporter). These tests are where that JSON meets its schema: a field added on one
 * side only, or a value out of its range (a rank of 0, a line 0), fails here.
 */

/** The JSON a command writes, after checking that the schema accepts it as it is. */
async function acceptedJson(schema: typeof JourneyReportSchema | typeof JourneyModelSchema, argv: string[], cwd?: string): Promise<unknown> {
    const { code, out, err } = await runCli(argv, cwd);
    expect(code, err).toBe(0);
    const json: unknown = JSON.parse(out);
    expect(schema.parse(json)).toStrictEqual(json);
    return json;
}

const reportable = ['bank-onboarding.journey', 'bank-future.journey', 'car-claim.journey', 'day-commuter.journey', 'sklep-pl.journey'];

describe('the JSON the CLI writes matches its schema', () => {
    it.each(reportable)('journey report %s --format json, with --top 1 too', async file => {
        await acceptedJson(JourneyReportSchema, ['report', file, '--format', 'json']);
        await acceptedJson(JourneyReportSchema, ['report', file, '--format', 'json', '--top', '1']);
    });

    it('journey report of bank-future: the comparison with its baseline included', async () => {
        const report = JourneyReportSchema.parse(await acceptedJson(JourneyReportSchema, ['report', 'bank-future.journey', '--format', 'json']));
        expect(report.comparison?.old.journey).toBe('onboarding');
    });

    it.each(reportable)('journey render %s --format json', async file => {
        await acceptedJson(JourneyModelSchema, ['render', file, '--format', 'json']);
    });

    it('journey report and render on generated maps of any size and shape', async () => {
        const options = generatedMapOptions(60);
        await fc.assert(fc.asyncProperty(options, async generated => {
            const dir = tempFolder('journey-report-schema-');
            for (const [name, text] of Object.entries(generateWorkspace(generated).files)) {
                writeFileSync(join(dir, name), text);
            }
            await acceptedJson(JourneyReportSchema, ['report', 'map.journey', '--format', 'json'], dir);
            await acceptedJson(JourneyModelSchema, ['render', 'map.journey', '--format', 'json'], dir);
        }), { numRuns: 15 });
    });
});

describe('a hotspot reason names exactly the field of its kind', () => {
    const named = {
        emotion: { persona: 'anna' },
        'moment-of-truth': { persona: 'anna' },
        'metric-missed': { metric: 'wait' },
        pain: {},
        'unaddressed-pain': {},
        'drop-off': { share: 30 },
        rework: { share: 12.5 }
    } satisfies Record<HotspotReasonKind, object>;
    const others = [{ persona: 'anna' }, { metric: 'wait' }, { share: 30 }];

    it.each(HotspotReasonKindSchema.options)('accepts a %s reason with its own field, and refuses it without', kind => {
        const field = named[kind];
        expect(HotspotReasonSchema.safeParse({ kind, message: 'why', ...field }).success).toBe(true);
        if (Object.keys(field).length > 0) {
            expect(HotspotReasonSchema.safeParse({ kind, message: 'why' }).success).toBe(false);
        }
    });

    it.each(HotspotReasonKindSchema.options)('refuses a %s reason with the field of another kind', kind => {
        const foreign = others.filter(other => Object.keys(other)[0] !== Object.keys(named[kind])[0]);
        for (const other of foreign) {
            expect(HotspotReasonSchema.safeParse({ kind, message: 'why', ...named[kind], ...other }).success, JSON.stringify(other)).toBe(false);
        }
    });

    it('refuses a share out of 0–100 and an empty persona', () => {
        expect(HotspotReasonSchema.safeParse({ kind: 'rework', message: 'why', share: 101 }).success).toBe(false);
        expect(HotspotReasonSchema.safeParse({ kind: 'emotion', message: 'why', persona: '' }).success).toBe(false);
    });
});
