import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWorkspace } from '../src/testing/index.js';

const examplesDir = join(import.meta.dirname, '../../../examples');

const repositoryRoot = join(import.meta.dirname, '../../..');

/** The shared spec lies beside the repository, or beside a folder that holds it (a worktree); JOURNEY_SPEC_DIR overrides. */
function findSpecDir(): string {
    if (process.env.JOURNEY_SPEC_DIR) {
        return process.env.JOURNEY_SPEC_DIR;
    }
    for (let folder = dirname(repositoryRoot); ; folder = dirname(folder)) {
        const candidate = join(folder, 'shared/spec/examples');
        if (existsSync(candidate) || dirname(folder) === folder) {
            return candidate;
        }
    }
}

const specDir = findSpecDir();
const files = readdirSync(examplesDir).filter(name => name.endsWith('.journey')).sort();
const texts = Object.fromEntries(files.map(name => [name, readFileSync(join(examplesDir, name), 'utf8')]));

/**
 * The header lines are the spec: the comment lines at the top of the file, each `// expect: none`
 * or `// expect: SEVERITY CODE line N`. A header line of another shape fails the test rather than
 * being skipped, and so does an `expect` line below the header.
 */
function expectedDiagnostics(text: string): string[] {
    const lines = text.split('\n');
    const header = lines.slice(0, Math.max(0, lines.findIndex(line => !line.startsWith('// expect: '))));
    for (const line of lines.slice(header.length)) {
        expect(line, 'an expect line below the header').not.toMatch(/^\s*\/\/ expect:/);
    }
    if (header.length === 1 && header[0] === '// expect: none') {
        return [];
    }
    return header.map(line => {
        const expectation = line.slice('// expect: '.length);
        expect(expectation, 'a header line').toMatch(/^(error|warning|info|hint) [a-z-]+ line [1-9][0-9]*$/);
        return expectation;
    });
}

describe('the normative examples, checked as one workspace', async () => {
    const workspace = await buildWorkspace(texts);

    it('are all here, unchanged from the spec', () => {
        // The spec beside the repository is the authority: without it this test cannot tell, so it fails.
        expect(existsSync(specDir), `the spec's examples are not at ${specDir}`).toBe(true);
        const specFiles = readdirSync(specDir).filter(name => name.endsWith('.journey')).sort();
        expect(specFiles.length).toBeGreaterThanOrEqual(8);
        expect(files).toEqual(specFiles);
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

    it('places the diagnostics of clinic-paths on the values the reference names', () => {
        const found = workspace.diagnostics('clinic-paths.journey').map(d => `${d.code} ${d.line}:${d.column}-${d.endColumn}`);
        expect(found).toEqual([
            'share-total 22:18-21',          // the last share of jan's arrows: 80% + 30%
            'arrow-for-non-actor 26:22-25',  // `for jan` where only ola acts
            'scale-range 31:65-66',          // impact 7
            'path-to-non-actor 44:10-16'     // `-> arrive` takes jan where only ola acts
        ]);
    });

    it('words an unknown reference as the spec does', () => {
        const unknown = workspace.diagnostics('broken.journey').find(d => d.code === 'unknown-reference');
        expect(unknown?.message).toBe("Unknown channel 'wbe'.");
        expect([unknown?.line, unknown?.column, unknown?.endColumn]).toEqual([20, 11, 14]);
    });
});
