import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_DIMMED_OPACITY } from '@journey-maps/renderer/map-filters';
import { DIMMED } from '../src/filters.js';

describe('the persona filter in the preview and in the PNG export', () => {
    it('dims the other personas as much in the exported image as the preview does', () => {
        const css = readFileSync(join(import.meta.dirname, '../src/preview.css'), 'utf8');
        const rule = new RegExp(`\\.${DIMMED}\\s*\\{\\s*opacity:\\s*([\\d.]+)`).exec(css);
        expect(rule, `a .${DIMMED} rule with an opacity in preview.css`).not.toBeNull();
        expect(Number(rule![1])).toBe(EXPORT_DIMMED_OPACITY);
    });
});
