import { beforeAll, describe, expect, it } from 'vitest';
import { CodeLensRefreshRequest, type Connection, type DocumentSymbol } from 'vscode-languageserver';
import { refreshLensesOnSettingChange, showInsightsCommand } from '../../src/lsp/insights-code-lens.js';
import { exampleTexts, TestWorkspace, workspaceRoot } from './lsp-test-services.js';

let ws: TestWorkspace;

beforeAll(async () => {
    ws = await TestWorkspace.of(new Map([
        ...[...exampleTexts()].filter(([name]) => name === 'car-claim.journey' || name === 'day-commuter.journey'),
        ['calm.journey', 'persona p\nchannel web\njourney calm { for p stage s { step a { via web emotion 1 } } }\n'],
        ['broken.journey', 'persona p\nchannel web\njourney broken { for p stage s { step a { via web emotion -2 } step b { via wbe emotion 1 } } }\n']
    ]));
});

const params = (name: string) => ({ textDocument: { uri: ws.doc(name).uri.toString() } });

async function hoverText(name: string, needle: string): Promise<string> {
    const hover = await ws.services.lsp.HoverProvider!.getHoverContent(ws.doc(name), {
        ...params(name), position: ws.position(name, ws.offsetOf(name, needle, 0, needle.indexOf(' ') + 1))
    });
    return hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
}

describe('hover on a step', () => {
    it('shows its rank, score and every reason when it is a hotspot', async () => {
        const text = await hoverText('car-claim.journey', 'step dispute');
        expect(text).toContain('**step** `dispute`');
        expect(text).toContain([
            '**Hotspot #1** of 2 · score 9',
            '',
            '- ola feels -3 "angry"',
            '- pain, severity 3 (default): "The estimate ignores the hidden damage"',
            '- a moment of truth, and ola feels -3'
        ].join('\n'));
        expect(await hoverText('car-claim.journey', 'step photos')).toContain('**Hotspot #2** of 2 · score 2');
    });

    it('says nothing of hotspots on a step that is none, or while the map has errors', async () => {
        const calm = await hoverText('car-claim.journey', 'step call');
        expect(calm).toContain('**step** `call`');
        expect(calm).not.toContain('Hotspot');
        const broken = await hoverText('broken.journey', 'step a');
        expect(broken).toContain('**step** `a`');
        expect(broken).not.toContain('Hotspot');
    });
});

describe('the insights code lens', () => {
    const lenses = async (name: string) => (await ws.services.lsp.CodeLensProvider!.provideCodeLens(ws.doc(name), params(name))) ?? [];

    it('says how many hotspots the journey has and names the top one; a click opens the Insights panel', async () => {
        const found = await lenses('car-claim.journey');
        expect(found.map(lens => lens.command?.title)).toEqual(['Open preview', '2 hotspots · top: dispute (score 9)']);
        expect(found[1].command).toEqual({ title: '2 hotspots · top: dispute (score 9)', command: showInsightsCommand, arguments: [`${workspaceRoot}car-claim.journey`] });
        expect(found[1].range).toEqual(found[0].range);
        expect((await lenses('calm.journey')).map(lens => lens.command?.title)).toEqual(['Open preview', 'No hotspots']);
    });

    it('is left out while the map has errors', async () => {
        expect((await lenses('broken.journey')).map(lens => lens.command?.title)).toEqual(['Open preview']);
    });

    it('is turned off by journey.insights.codeLens, and on again', async () => {
        const configuration = ws.services.shared.workspace.ConfigurationProvider;
        const sent: unknown[] = [];
        const connection = { sendRequest: (type: unknown) => { sent.push(type); return Promise.resolve(); } } as unknown as Connection;
        refreshLensesOnSettingChange(connection, ws.services);
        configuration.updateConfiguration({ settings: { journey: { insights: { codeLens: false } } } });
        expect((await lenses('car-claim.journey')).map(lens => lens.command?.title)).toEqual(['Open preview']);
        expect(sent).toEqual([CodeLensRefreshRequest.type]);
        configuration.updateConfiguration({ settings: { journey: { insights: { codeLens: 'maybe' } } } });
        expect(await lenses('car-claim.journey')).toHaveLength(2);
        configuration.updateConfiguration({ settings: { journey: { insights: { codeLens: true } } } });
        expect(await lenses('car-claim.journey')).toHaveLength(2);
    });
});

describe('the outline', () => {
    const steps = async (name: string): Promise<DocumentSymbol[]> => {
        const symbols = await ws.services.lsp.DocumentSymbolProvider!.getSymbols(ws.doc(name), params(name));
        return symbols.flatMap(symbol => symbol.children ?? []).flatMap(stage => stage.children ?? []);
    };

    it('marks hotspots with their rank before the label', async () => {
        expect((await steps('car-claim.journey')).map(step => [step.name, step.detail])).toEqual([
            ['photos', 'hotspot #2 · Reports the damage with photos'],
            ['call', 'Talks to the adjuster'],
            ['dispute', 'hotspot #1 · Disputes the estimate'],
            ['repair', 'Leaves the car at a partner garage']
        ]);
        expect((await steps('day-commuter.journey')).map(step => step.detail)).toEqual([
            'Checks departures over breakfast', 'hotspot #1 · Buys a ticket at the stop', 'hotspot #2 · Waits at the stop', 'Rides home'
        ]);
    });

    it('marks nothing while the map has errors', async () => {
        expect((await steps('broken.journey')).map(step => step.detail)).toEqual([undefined, undefined]);
    });
});
