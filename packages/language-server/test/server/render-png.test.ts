import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RenderMapResultSchema, joinSvgParts } from '@journey-maps/model';
import { RenderMapRequest, RenderPngRequest, RenderPngResultSchema, type RenderPngParams } from '@journey-maps/model/lsp';
import { main } from '@journey-maps/cli';
import { bakeFilters } from '@journey-maps/renderer/map-filters';
import { svgToPng } from '@journey-maps/renderer/png';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StdioLanguageClient } from '../../bench/lsp/stdio-client.js';
import { exampleTexts } from '../lsp/lsp-test-services.js';

// The editor's PNG export and `journey render --format png` must give the same image: the built
// server (as VS Code starts it) is asked for the PNG of the map it drew for the preview, and the CLI
// renders the same file.
let folder: string;
let client: StdioLanguageClient;
let svg: string;
const onboarding = (): string => `file://${folder}/bank-onboarding.journey`;

beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'journey-png-'));
    const texts = exampleTexts();
    for (const name of ['bank-people.journey', 'bank-onboarding.journey']) writeFileSync(join(folder, name), texts.get(name)!);
    client = await StdioLanguageClient.start(folder);
    const validated = client.waitForDiagnostics(onboarding());
    await client.open(onboarding(), texts.get('bank-onboarding.journey')!);
    await validated;
    const map = RenderMapResultSchema.parse(await client.connection.sendRequest(RenderMapRequest, { uri: onboarding() }));
    if (map.status !== 'ok') throw new Error(`expected a map, got ${map.status}`);
    svg = joinSvgParts(map.parts);
});

afterAll(async () => {
    if (client?.alive) await client.stop();
    rmSync(folder, { recursive: true, force: true });
});

async function serverPng(params: Omit<RenderPngParams, 'svg'>): Promise<Buffer> {
    const { png } = RenderPngResultSchema.parse(await client.connection.sendRequest(RenderPngRequest, { svg, ...params }));
    return Buffer.from(png, 'base64');
}

async function cliPng(args: string[]): Promise<Buffer> {
    const out = join(folder, 'cli.png');
    let err = '';
    const code = await main(['render', 'bank-onboarding.journey', '-o', out, ...args], {
        cwd: folder, out: () => {}, outBytes: () => {}, err: t => { err += t; }, stdoutIsTerminal: false, ownsProcess: false
    });
    expect(code, err).toBe(0);
    return readFileSync(out);
}

describe('the PNG export', () => {
    it('is byte for byte the CLI\'s image of the same map, at the same scale and theme', async () => {
        for (const [theme, scale] of [['dark', 2], ['light', 1]] as const) {
            const fromServer = await serverPng({ theme, scale, persona: null, hiddenLanes: [] });
            const fromCli = await cliPng(['--theme', theme, '--scale', String(scale)]);
            expect(fromServer.subarray(1, 4).toString('latin1')).toBe('PNG');
            expect(fromServer.equals(fromCli), `${theme} at scale ${scale}`).toBe(true);
        }
    });

    it('honours the preview\'s persona filter and hidden lanes', async () => {
        const plain = await serverPng({ theme: 'light', scale: 1, persona: null, hiddenLanes: [] });
        const dimmed = await serverPng({ theme: 'light', scale: 1, persona: 'anna', hiddenLanes: [] });
        const hidden = await serverPng({ theme: 'light', scale: 1, persona: null, hiddenLanes: ['pains'] });
        expect(dimmed.equals(plain)).toBe(false);
        expect(hidden.equals(plain)).toBe(false);
        // Hidden lanes keep their place (as in the preview), so the image keeps its size.
        expect([hidden.readUInt32BE(16), hidden.readUInt32BE(20)]).toEqual([plain.readUInt32BE(16), plain.readUInt32BE(20)]);
    });

    it('hides the other personas in the preview\'s hide mode rather than dimming them, by the preview\'s rule', async () => {
        const dimmed = await serverPng({ theme: 'light', scale: 1, persona: 'anna', hiddenLanes: [], personaFilter: 'dim' });
        const hidden = await serverPng({ theme: 'light', scale: 1, persona: 'anna', hiddenLanes: [], personaFilter: 'hide' });
        expect(hidden.equals(dimmed)).toBe(false);
        const expected = await svgToPng(bakeFilters(svg, { persona: 'anna', hiddenLanes: [], personaFilter: 'hide' }), { theme: 'light', scale: 1 });
        expect(hidden.equals(Buffer.from(expected))).toBe(true);
        // Without the mode (an older client), the export dims.
        expect((await serverPng({ theme: 'light', scale: 1, persona: 'anna', hiddenLanes: [] })).equals(dimmed)).toBe(true);
    });

    it('refuses parameters out of range with the reason', async () => {
        await expect(client.connection.sendRequest(RenderPngRequest, { svg, theme: 'light', scale: 40, persona: null, hiddenLanes: [] }))
            .rejects.toThrow(/journey\/renderPng: .*4/);
        await expect(client.connection.sendRequest(RenderPngRequest, { svg: '', theme: 'sepia', scale: 1, persona: null, hiddenLanes: [] } as unknown as RenderPngParams))
            .rejects.toThrow(/journey\/renderPng/);
        expect(client.alive).toBe(true);
    });
});
