import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SETTING_KEYS, readSettings, type Settings } from '../src/settings.js';

const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '../../../package.json'), 'utf8')) as {
    contributes: { configuration: { properties: Record<string, { default: unknown }> } };
};
const contributed = manifest.contributes.configuration.properties;
/** Read by vscode-languageclient itself (trace) or by the language server (the insights lens), not by the extension. */
const readByTheClient = new Set(['journey.trace.server', 'journey.insights.codeLens']);

const config = (values: Record<string, unknown>) => ({ get: <T>(k: string) => values[k] as T | undefined });

describe('settings', () => {
    it('has defaults', () => {
        expect(readSettings(config({}))).toEqual({ scrollSync: true, clickToReveal: true, openToSidePreserveFocus: true, exportPngScale: 2, personaFilter: 'dim', heatTint: true });
    });

    it('reads valid values and falls back per field on invalid ones', () => {
        expect(readSettings(config({ 'preview.scrollSync': false, 'preview.exportPngScale': 3 }))).toMatchObject({ scrollSync: false, exportPngScale: 3 });
        expect(readSettings(config({ 'preview.scrollSync': 'no', 'preview.exportPngScale': 99, 'preview.clickToReveal': false })))
            .toEqual({ scrollSync: true, clickToReveal: false, openToSidePreserveFocus: true, exportPngScale: 2, personaFilter: 'dim', heatTint: true });
    });

    it('reads the persona filter mode, falling back to dim on anything else', () => {
        expect(readSettings(config({ 'preview.personaFilter': 'hide' })).personaFilter).toBe('hide');
        expect(readSettings(config({ 'preview.personaFilter': 'dim' })).personaFilter).toBe('dim');
        expect(readSettings(config({ 'preview.personaFilter': 'blur' })).personaFilter).toBe('dim');
        expect(readSettings(config({ 'preview.personaFilter': true })).personaFilter).toBe('dim');
    });

    it('reads the heat tint switch, falling back to on for anything but a boolean', () => {
        expect(readSettings(config({ 'preview.heatTint': false })).heatTint).toBe(false);
        expect(readSettings(config({ 'preview.heatTint': 'off' })).heatTint).toBe(true);
    });

    it('reads every setting that package.json contributes, with the same default', () => {
        const defaults = readSettings(config({}));
        const read = Object.values(SETTING_KEYS).map(key => `journey.${key}`).sort();
        expect(read).toEqual(Object.keys(contributed).filter(key => !readByTheClient.has(key)).sort());
        for (const [field, key] of Object.entries(SETTING_KEYS) as [keyof Settings, string][]) {
            expect({ key, default: defaults[field] }).toEqual({ key, default: contributed[`journey.${key}`]!.default });
        }
    });
});
