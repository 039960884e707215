import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { CompareToggle } from '../src/compare-toggle.js';

const doc = new JSDOM('<!DOCTYPE html><body></body>').window.document;

/** A toggle on a button as the preview's page has it, with what its clicks asked for. */
function toggle(): { button: HTMLButtonElement; compare: CompareToggle; asked: string[] } {
    const button = doc.createElement('button');
    button.textContent = 'Compare with baseline';
    button.title = 'Draw the map against its baseline';
    button.hidden = true;
    const asked: string[] = [];
    const compare = new CompareToggle(button, { compare: on => asked.push(`compare ${on}`), stop: () => asked.push('stop') });
    return { button, compare, asked };
}

describe('the compare button', () => {
    it('shows only for a map compared with its baseline or with a previous version', () => {
        const { button, compare } = toggle();
        compare.offerBaseline(false);
        expect(button.hidden).toBe(true);
        compare.compareWith('HEAD');
        expect(button.hidden).toBe(false);
        compare.compareWith(null);
        compare.offerBaseline(true);
        expect(button.hidden).toBe(false);
    });

    it('turns Compare with baseline on and off from its pressed state', () => {
        const { button, compare, asked } = toggle();
        button.click();
        compare.press(true);
        expect(button.getAttribute('aria-pressed')).toBe('true');
        button.click();
        expect(asked).toEqual(['compare true', 'compare false']);
    });

    it('names the previous version it compares with, and a click stops that comparison', () => {
        const { button, compare, asked } = toggle();
        compare.compareWith('HEAD');
        expect(button.textContent).toBe('Compared with HEAD \u2715');
        expect(button.title).toMatch(/^The map against HEAD, its last committed version/);
        button.click();
        expect(asked).toEqual(['stop']);
        compare.compareWith(null);
        expect(button.textContent).toBe('Compare with baseline');
        expect(button.title).toBe('Draw the map against its baseline');
    });

    it('waits while the file has errors: a click asks for nothing, and its tooltip says why', () => {
        const { button, compare, asked } = toggle();
        compare.offerBaseline(true);
        compare.hold(true);
        expect(button.getAttribute('aria-disabled')).toBe('true');
        expect(button.title).toMatch(/^Fix the errors first/);
        button.click();
        compare.compareWith('HEAD');
        button.click();
        expect(asked).toEqual([]);
        expect(button.textContent).toBe('Compared with HEAD \u2715');
        compare.hold(false);
        expect(button.getAttribute('aria-disabled')).toBe('false');
        button.click();
        expect(asked).toEqual(['stop']);
    });
});
