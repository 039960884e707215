import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWorkspace } from './workspace-helper.js';

const examplesDir = join(import.meta.dirname, '../../../examples');
const specDir = join(import.meta.dirname, '../../../../shared/spec/examples');
const files = readdirSync(examplesDir).filter(name => name.endsWith('.journey')).sort();
const texts = Object.fromEntries(files.map(name => [name, readFileSync(join(examplesDir, name), 'utf8')]));

/** The header lines are the spec: `// expect: none` or `// expect: SEVERITY CODE line N`. */
function expectedDiagnostics(text: string): string[] {
    const expectations: string[] = [];
    for (const line of text.split('\n')) {
        const match = /^\/\/ expect: (.*)$/.exec(line.trim());
        if (!match) {
            continue;
        }
        if (match[1].trim() !== 'none') {
            expectations.push(match[1].trim());
        }
    }
    return expectations;
}

describe('the normative examples, checked as one workspace', async () => {
    const workspace = await buildWorkspace(texts);

    it('are all here, unchanged from the spec', () => {
        expect(files.length).toBeGreaterThanOrEqual(6);
        let specFiles: string[] = [];
        try {
            specFiles = readdirSync(specDir).filter(name => name.endsWith('.journey'));
        } catch {
            return; // the shared spec is beside the repo in development and CI, not in a packaged copy
        }
        for (const name of specFiles) {
            expect(texts[name], name).toBe(readFileSync(join(specDir, name), 'utf8'));
        }
    });

    it.each(files)('%s gives exactly the diagnostics its header states', name => {
        const expected = expectedDiagnostics(texts[name]);
        expect(texts[name]).toMatch(/^\/\/ expect: /);
        expect(workspace.summary(name).sort()).toEqual(expected.sort());
    });

    it('names the offending value in the metric message', () => {
        const [missed] = workspace.diagnostics('bank-people.journey');
        expect(missed.message).toBe("Metric 'dropoff' misses its target: 41, target <= 20.");
        expect([missed.line, missed.column, missed.endColumn]).toEqual([35, 10, 12]);
    });

    it('words an unknown reference as the spec does', () => {
        const unknown = workspace.diagnostics('broken.journey').find(d => d.code === 'unknown-reference');
        expect(unknown?.message).toBe("Unknown channel 'wbe'.");
        expect([unknown?.line, unknown?.column, unknown?.endColumn]).toEqual([20, 11, 14]);
    });
});
