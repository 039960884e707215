import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { mapOfDocument } from '@journey-maps/language';
import { loadJourneyWorkspace } from '@journey-maps/language/node';
import type { JourneyModel } from '@journey-maps/model';
import { insightLayers, type RenderOptions } from '../../src/index.js';
import { EXAMPLES, FIXTURES } from '../fixtures/index.js';
import { generateModel } from '../fixtures/generate.js';

/**
 * The maps the overlap test measures: the examples and the realistic multi-persona maps in
 * maps/, both through the real exporter and with the insight layers (as `journey render` draws them), the renderer's
 * hand-built fixtures, and generated maps up to 120 steps and six personas.
 */

export interface OverlapMap {
    name: string;
    model: JourneyModel;
    /** The layers the CLI and the preview draw over a file's map (rank badges, heat tint, the baseline). */
    layers?: Pick<RenderOptions, 'insights' | 'baseline'>;
}

const examplesDir = join(import.meta.dirname, '../../../../examples');
const mapsDir = join(import.meta.dirname, 'maps');

const journeyFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.journey')).sort().map((f) => join(dir, f));

/** Every file of the folder with a journey and no errors, exported; a file with errors is the examples test's business. */
async function exported(dir: string, prefix: string): Promise<OverlapMap[]> {
    const workspace = await loadJourneyWorkspace(journeyFiles(dir));
    const maps: OverlapMap[] = [];
    for (const document of workspace.requested) {
        const map = mapOfDocument(document, workspace.services);
        if (map.status !== 'ok') continue;
        const layers = insightLayers(workspace.services.analysis.JourneyInsights.insightsOf(document), { compare: true });
        maps.push({ name: `${prefix}/${basename(document.uri.fsPath, '.journey')}`, model: map.model, layers });
    }
    return maps;
}

const GENERATED: Record<string, Parameters<typeof generateModel>[0]> = {
    'generated/40-steps-6-personas': { steps: 40, seed: 12, personas: 6 },
    'generated/120-steps-4-personas': { steps: 120, seed: 5, personas: 4 },
    'generated/blueprint-30-steps-3-personas': { steps: 30, seed: 9, personas: 3, kind: 'blueprint' },
    'generated/day-16-steps-1-persona': { steps: 16, seed: 2, personas: 1, kind: 'day', stageSize: [1, 4] }
};

export async function overlapMaps(): Promise<OverlapMap[]> {
    const fixtures = Object.entries(FIXTURES)
        .filter(([name]) => !(name in EXAMPLES)) // the examples come through the exporter above
        .map(([name, model]) => ({ name: `fixtures/${name}`, model }));
    const generated = Object.entries(GENERATED).map(([name, options]) => ({ name, model: generateModel(options) }));
    return [...await exported(examplesDir, 'examples'), ...await exported(mapsDir, 'maps'), ...fixtures, ...generated];
}
