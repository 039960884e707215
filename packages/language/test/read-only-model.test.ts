import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JourneyModel } from '@journey-maps/model';
import { describe, expect, it } from 'vitest';
import { analyzeJourney, baselineMap } from '../src/index.js';
import { buildWorkspace } from '../src/testing/index.js';

const examplesDir = join(import.meta.dirname, '../../../examples');
const texts = Object.fromEntries(readdirSync(examplesDir).filter(n => n.endsWith('.journey')).map(n => [n, readFileSync(join(examplesDir, n), 'utf8')]));

function deepFreeze<T>(value: T): T {
    if (value && typeof value === 'object' && !Object.isFrozen(value)) {
        Object.freeze(value);
        for (const child of Object.values(value)) {
            deepFreeze(child);
        }
    }
    return value;
}

describe('the exported model is read-only for its consumers', async () => {
    const workspace = await buildWorkspace(texts);
    const exporter = workspace.services.model.JourneyModelExporter;
    const models = Object.keys(texts).flatMap(name => {
        const document = workspace.documents.get(name)!;
        const model = exporter.exportModel(document);
        return model ? [{ name, document, model }] : [];
    });
    const steps = (model: JourneyModel) => model.stages.flatMap(stage => stage.steps);

    it('shares one frozen list among all the empty lists of the steps, so pushing into one fails instead of changing every step', () => {
        const { model } = models.find(entry => entry.name === 'bank-onboarding.journey')!;
        const empties = steps(model).flatMap(step => [step.frontstage, step.backstage, step.support, step.evidence, step.opportunities].filter(list => list.length === 0));
        expect(empties.length).toBeGreaterThan(1);
        expect(new Set(empties).size).toBe(1);
        expect(Object.isFrozen(empties[0])).toBe(true);
        expect(() => (empties[0] as string[]).push('x')).toThrow(TypeError);
    });

    it('gives every step non-empty lists of its own, at their exact length', () => {
        const { model } = models.find(entry => entry.name === 'bank-onboarding.journey')!;
        const actorLists = steps(model).map(step => step.actors).filter(actors => actors.length > 0);
        expect(new Set(actorLists).size).toBe(actorLists.length);
        expect(actorLists.every(actors => !Object.isFrozen(actors))).toBe(true);
        const touchpoints = steps(model).map(step => step.touchpoints).filter(list => list.length > 0);
        expect(new Set(touchpoints).size).toBe(touchpoints.length);
    });

    it('analyses every example deep-frozen exactly as it analyses it unfrozen, baseline comparison included: the analysis writes nothing into a model', () => {
        expect(models.length).toBeGreaterThan(3);
        for (const { document, model } of models) {
            const baseline = baselineMap(document, model, workspace.services)?.model;
            const expected = analyzeJourney(structuredClone(model), baseline && structuredClone(baseline));
            expect(analyzeJourney(deepFreeze(structuredClone(model)), baseline && deepFreeze(structuredClone(baseline)))).toEqual(expected);
        }
        expect(models.some(({ document, model }) => baselineMap(document, model, workspace.services))).toBe(true);
    });
});
