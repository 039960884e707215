import { joinSvgParts } from '@journey-maps/model';
import { createMapRenderer } from '@journey-maps/renderer';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { exportJourneys, readJourneys } from '../../renderer/test/fixtures/examples.js';
import { dropHoverHasRules, focusClassesAt, HoverFocus } from '../src/hover-focus.js';
import { parseSvgInert } from '../src/svg-insert.js';

/** The bank map as the webview shows it (parsed inert, in the page), and its stage. */
async function shownBankMap() {
    const window = new JSDOM('<!DOCTYPE html><body><div id="stage"></div></body>').window;
    const doc = window.document;
    const models = await exportJourneys(readJourneys());
    const svg = joinSvgParts((await createMapRenderer().render(models['bank-onboarding']!)).parts);
    const root = doc.adoptNode(parseSvgInert(svg, doc).root);
    const stage = doc.getElementById('stage')!;
    stage.replaceChildren(root);
    return { window, stage, root };
}

const selectors = (root: Element) => Array.from(root.querySelector('style')!.sheet!.cssRules).map((r) => (r as CSSStyleRule).selectorText ?? '');

/** The map's own stylesheet in an HTML <style> (jsdom gives an SVG <style> no sheet; Chromium does). */
async function mapStylesheet(): Promise<Element> {
    const { window, root } = await shownBankMap();
    const box = window.document.createElement('div');
    const style = window.document.createElement('style');
    style.textContent = root.querySelector('style')!.textContent;
    box.append(style);
    window.document.body.append(box);
    return box;
}

describe('persona hover focus in the preview', () => {
    it('drops only the stylesheet\'s :has(:hover) rules, keeping the focus rules that draw the same colours', async () => {
        const root = await mapStylesheet();
        const before = selectors(root);
        const hoverRules = before.filter((s) => s.includes(':has(') && s.includes(':hover'));
        expect(hoverRules.length).toBeGreaterThan(0);
        expect(dropHoverHasRules(root)).toBe(hoverRules.length);
        const after = selectors(root);
        expect(after).toEqual(before.filter((s) => !hoverRules.includes(s)));
        expect(after.some((s) => s.includes('svg.jm.jm-focus-p1 .jm-takes-p1 > .jm-edge'))).toBe(true);
        // Every hover rule has a focus rule with the same declarations for the same persona.
        const sheet = Array.from(root.querySelector('style')!.sheet!.cssRules) as CSSStyleRule[];
        for (const n of [0, 1]) {
            const focus = sheet.find((r) => r.selectorText?.startsWith(`svg.jm.jm-focus-p${n} .jm-takes-p${n} > .jm-edge`));
            expect(focus?.style.getPropertyValue('stroke')).toBe(`var(--jm-persona-${n})`);
        }
    });

    it('puts the focus class of the persona under the pointer on the root, and takes it off when the pointer leaves it', async () => {
        const { window, stage, root } = await shownBankMap();
        new HoverFocus(stage, () => root);
        const legend = root.querySelector('[data-key="legend:marek"]')!;
        const inside = legend.querySelector('*')!;
        const card = root.querySelector('g.jm-step')!;
        const over = (el: Element) => el.dispatchEvent(new window.MouseEvent('mouseover', { bubbles: true }));
        expect(legend.classList.contains('jm-persona-p1')).toBe(true);
        over(inside);
        expect(root.classList.contains('jm-focus-p1')).toBe(true);
        over(card);
        expect(root.classList.contains('jm-focus-p1')).toBe(false);
        over(legend);
        expect(root.classList.contains('jm-focus-p1')).toBe(true);
        stage.dispatchEvent(new window.MouseEvent('mouseleave'));
        expect(root.getAttribute('class')).not.toContain('jm-focus');
    });

    it('leaves a focus class the root was drawn with when the pointer moves on', async () => {
        const { window, stage, root } = await shownBankMap();
        root.classList.add('jm-focus-p1');
        new HoverFocus(stage, () => root);
        root.querySelector('[data-key="legend:marek"]')!.dispatchEvent(new window.MouseEvent('mouseover', { bubbles: true }));
        stage.dispatchEvent(new window.MouseEvent('mouseleave'));
        expect(root.classList.contains('jm-focus-p1')).toBe(true);
    });

    it('focuses every persona of the elements under the pointer, as :hover matches all of them', () => {
        const doc = new JSDOM('<!DOCTYPE html><body><svg><g class="jm-persona-p2"><g class="x jm-persona-p0"><rect/></g></g></svg></body>').window.document;
        const root = doc.querySelector('svg')!;
        expect(focusClassesAt(root.querySelector('rect'), root)).toEqual(['jm-focus-p0', 'jm-focus-p2']);
        expect(focusClassesAt(root, root)).toEqual([]);
    });
});
