import { describe, expect, it } from 'vitest';
import { readSettings } from '../src/settings.js';

const config = (values: Record<string, unknown>) => ({ get: <T>(k: string) => values[k] as T | undefined });

describe('settings', () => {
    it('has defaults', () => {
        expect(readSettings(config({}))).toEqual({ scrollSync: true, clickToReveal: true, openToSidePreserveFocus: true, exportPngScale: 2, personaFilter: 'dim' });
    });

    it('reads valid values and falls back per field on invalid ones', () => {
        expect(readSettings(config({ 'preview.scrollSync': false, 'preview.exportPngScale': 3 }))).toMatchObject({ scrollSync: false, exportPngScale: 3 });
        expect(readSettings(config({ 'preview.scrollSync': 'no', 'preview.exportPngScale': 99, 'preview.clickToReveal': false })))
            .toEqual({ scrollSync: true, clickToReveal: false, openToSidePreserveFocus: true, exportPngScale: 2, personaFilter: 'dim' });
    });

    it('reads the persona filter mode, falling back to dim on anything else', () => {
        expect(readSettings(config({ 'preview.personaFilter': 'hide' })).personaFilter).toBe('hide');
        expect(readSettings(config({ 'preview.personaFilter': 'dim' })).personaFilter).toBe('dim');
        expect(readSettings(config({ 'preview.personaFilter': 'blur' })).personaFilter).toBe('dim');
        expect(readSettings(config({ 'preview.personaFilter': true })).personaFilter).toBe('dim');
    });
});
