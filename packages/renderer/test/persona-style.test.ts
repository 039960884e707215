import type { JourneyModel } from '@journey-maps/model';
import type { Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { createMapRenderer } from '../src/index.js';
import { DASHES, MARKERS, PERSONA_COLOURS, styleAt } from '../src/persona-style.js';
import { THEMES } from '../src/theme.css.js';
import { parseSvg } from './check-map.js';
import { generateModel } from './fixtures/generate.js';

// Colour vision deficiency simulation (Machado, Oliveira & Fernandes 2009, severity 1), on linear RGB.
const SIMULATIONS: Record<string, number[][]> = {
    protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
    deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
    tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
    'full colour vision': [[1, 0, 0], [0, 1, 0], [0, 0, 1]]
};

const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const rgb = (hex: string) => [1, 3, 5].map((i) => linear(parseInt(hex.slice(i, i + 2), 16) / 255));

/** CIELAB of a linear RGB colour (D65). */
function lab([r, g, b]: number[]): number[] {
    const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
    const x = f((0.4124 * r! + 0.3576 * g! + 0.1805 * b!) / 0.95047);
    const y = f(0.2126 * r! + 0.7152 * g! + 0.0722 * b!);
    const z = f((0.0193 * r! + 0.1192 * g! + 0.9505 * b!) / 1.08883);
    return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

const seenAs = (hex: string, m: number[][]) => lab(m.map((row) => Math.min(1, Math.max(0, row.reduce((s, k, j) => s + k * rgb(hex)[j]!, 0)))));

describe('personas told apart without colour alone', () => {
    for (const theme of ['light', 'dark'] as const) {
        it(`keeps every two of the ${PERSONA_COLOURS} ${theme} persona colours apart for colour-blind readers (ΔE ≥ 12)`, () => {
            const palette = Array.from({ length: PERSONA_COLOURS }, (_, i) => THEMES[theme][`persona-${i}`]!);
            for (const [vision, m] of Object.entries(SIMULATIONS)) {
                for (let i = 0; i < palette.length; i++) {
                    for (let j = i + 1; j < palette.length; j++) {
                        const d = Math.hypot(...seenAs(palette[i]!, m).map((v, k) => v - seenAs(palette[j]!, m)[k]!));
                        expect(d, `${vision}: persona-${i} ${palette[i]} and persona-${j} ${palette[j]}`).toBeGreaterThanOrEqual(12);
                    }
                }
            }
        });
    }

    it('gives each of the first personas its own dash and marker, and no two personas all three alike', () => {
        const firsts = Array.from({ length: DASHES.length }, (_, i) => styleAt(i));
        expect(new Set(firsts.map((s) => s.dash)).size).toBe(DASHES.length);
        expect(new Set(firsts.map((s) => s.marker)).size).toBe(DASHES.length);
        const all = Array.from({ length: PERSONA_COLOURS * DASHES.length }, (_, i) => styleAt(i)).map((s) => `${s.colour}|${s.dash}|${s.marker}`);
        expect(new Set(all).size).toBe(all.length);
        expect(MARKERS.length).toBeGreaterThanOrEqual(DASHES.length);
    });

    it('draws each persona’s curve, dots, chips and legend key in the same colour, dash and marker', async () => {
        const model: JourneyModel = generateModel({ steps: 12, seed: 4, personas: 5 });
        const r = await createMapRenderer().render(model);
        const doc = parseSvg(r.svg);
        const byKey = (prefix: string) => Array.from(doc.getElementsByTagName('*')).filter((e) => (e.getAttribute('data-key') ?? '').startsWith(prefix));
        for (const [i, { id }] of r.personas.entries()) {
            const st = styleAt(i);
            const shapeOf = (el: Element) => {
                const m = Array.from(el.getElementsByTagName('*')).find((c) => (c.getAttribute('class') ?? '').includes('jm-marker'))!;
                return m.tagName === 'circle' ? 'circle' : (m.getAttribute('d') ?? '').split('L').length;
            };
            const expected = st.marker === 'circle' ? 'circle' : shapeOf(byKey(`emotion:`).find((e) => e.getAttribute('data-persona') === id)!);
            const legend = byKey(`legend:${id}`)[0]!;
            expect(shapeOf(legend)).toBe(expected);
            expect(legend.getElementsByTagName('path')[0]!.getAttribute('class')).toContain(`jm-ps${st.colour} jm-pd${st.dash}`);
            for (const dot of byKey('emotion:').filter((e) => e.getAttribute('data-persona') === id)) {
                expect(shapeOf(dot)).toBe(expected);
                expect(Array.from(dot.getElementsByTagName('*')).some((c) => (c.getAttribute('class') ?? '').includes(`jm-pf${st.colour}`))).toBe(true);
            }
            const line = byKey(`emotion-line:${id}`)[0];
            if (line) expect(line.getAttribute('class')).toContain(`jm-ps${st.colour} jm-pd${st.dash}`);
            const chip = byKey('item:actors:').find((e) => e.getAttribute('data-persona') === id);
            if (chip) expect(shapeOf(chip)).toBe(expected);
        }
    });
});
