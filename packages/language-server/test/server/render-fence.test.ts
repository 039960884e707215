import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RenderFenceMethod, RenderFenceResultSchema, type RenderFenceResult } from '@journey-maps/model';
import { NodeFileSystem } from 'langium/node';
import type { Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { createJourneyServices } from '@journey-maps/language';
import { registerRenderFenceHandler } from '../../src/server/render-fence-handler.js';

type Handler = (params: unknown) => Promise<RenderFenceResult>;

function server() {
    const { shared, Journey } = createJourneyServices(NodeFileSystem);
    let handler: Handler | undefined;
    const connection = { onRequest: (method: string, h: Handler) => { expect(method).toBe(RenderFenceMethod); handler = h; } } as unknown as Connection;
    registerRenderFenceHandler(connection, Journey);
    return {
        shared,
        render: async (text: string, uri: string) => RenderFenceResultSchema.parse(await handler!({ text, uri }))
    };
}

const fence = 'import "people.journey"\njourney j "J" { for anna stage s "S" { step a "A" { via web emotion 1 } } }\n';

describe("the Markdown preview's fence request", () => {
    it('draws a fence whose imports are read from beside the Markdown file', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'journey-fence-'));
        writeFileSync(join(dir, 'people.journey'), 'persona anna "Anna"\nchannel web "Web"\n');
        const result = await server().render(fence, pathToFileURL(join(dir, 'notes.md')).href);
        expect(result.problems.filter(p => p.severity === 'error')).toEqual([]);
        expect(result.svg).toMatch(/^<svg[^>]*class="jm jm-theme-auto/);
        expect(result.svg).toContain('data-ref="step:a"');
    });

    it('reads an import from the editor when it is open there, unsaved edits included', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'journey-fence-'));
        writeFileSync(join(dir, 'people.journey'), 'persona anna "Anna"\nchannel web "Web"\n');
        const s = server();
        const people = pathToFileURL(join(dir, 'people.journey')).href;
        s.shared.workspace.TextDocuments!.set(TextDocument.create(people, 'journey', 2, 'persona anna "Anna" {'));
        const result = await s.render(fence, pathToFileURL(join(dir, 'notes.md')).href);
        expect(result.svg).toBeUndefined();
        expect(result.problems.filter(p => p.severity === 'error').map(p => [p.uri, p.code])).toContainEqual([people, 'syntax-error']);
    });

    it("answers a fence with errors with its problems, naming the Markdown file", async () => {
        const result = await server().render('journey j { for ana stage s { step a } }', 'file:///nowhere/notes.md');
        expect(result.svg).toBeUndefined();
        expect(result.problems.filter(p => p.severity === 'error')).toEqual([expect.objectContaining({ code: 'unknown-reference', uri: 'file:///nowhere/notes.md', message: "Unknown persona 'ana'.", range: { start: { line: 0, character: 16 }, end: { line: 0, character: 19 } } })]);
    });

    it('draws a fence whose journey has warnings only, and answers its warnings with the map', async () => {
        const text = 'persona anna "Anna"\nmetric dropoff "Drop-off" { target <= 20 actual 41 }\n'
            + 'journey j "J" { for anna stage s "S" {\n step a "A" { by anna metric dropoff -> b 70% -> c 50% }\n step b "B" { by anna }\n step c "C" { by anna } } }\n';
        const result = await server().render(text, 'file:///nowhere/notes.md');
        expect(result.problems.filter(p => p.severity === 'error')).toEqual([]);
        expect(result.svg).toMatch(/^<svg[^>]*class="jm jm-theme-auto/);
        expect(result.problems.filter(p => p.severity === 'warning').map(p => [p.code, p.uri, p.range.start.line])).toEqual([
            ['metric-target-missed', 'file:///nowhere/notes.md', 1],
            ['share-total', 'file:///nowhere/notes.md', 3]
        ]);
    });
});
