import { createMapRenderer } from '@journey-maps/renderer';
import { DOMParser } from '@xmldom/xmldom';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { HOSTILE, hostileModel } from '../../renderer/test/fixtures/hostile.js';
import { parseSvgInert } from '../src/svg-insert.js';

// The webview's own insertion path (an HTML parser writing into a <template>), in jsdom.
const doc = new JSDOM('<!DOCTYPE html><body></body>').window.document;
const xml = new DOMParser();
const wrap = (inner: string) => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10">${inner}</svg>`;
const names = (root: { getElementsByTagName(n: string): ArrayLike<{ localName: string | null }> }) => Array.from(root.getElementsByTagName('*')).map((e) => e.localName);

describe('SVG sanitizing before insertion', () => {
    it('keeps ordinary drawing elements, data attributes, local references and the top-level style', () => {
        const { root, removed } = parseSvgInert(wrap('<style>.a{fill:red}</style><defs><marker id="m"/></defs><g data-ref="step:a" class="jm-step"><rect width="1" height="1" marker-end="url(#m)"/><text>&lt;script&gt;</text></g><use href="#m"/>'), doc);
        expect(removed).toBe(0);
        expect(names(root)).toEqual(['style', 'defs', 'marker', 'g', 'rect', 'text', 'use']);
        expect(root.getElementsByTagName('text')[0]?.textContent).toBe('<script>');
    });

    it('removes script, foreignObject, animation, links and nested styles', () => {
        const { root } = parseSvgInert(wrap('<script>alert(1)</script><foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject><g><style>*{}</style><set attributeName="x" to="1"/><animate onbegin="alert(1)"/><a href="javascript:alert(1)"><text>t</text></a><image href="http://x/y.png"/></g>'), doc);
        expect(names(root)).toEqual(['g']);
    });

    it('removes event handlers, external references and javascript: URLs, and moves inline styles out', () => {
        const { root, inlineStyles } = parseSvgInert(wrap('<g onclick="alert(1)" onload="x()"><rect style="fill:red" fill="url(http://evil/x)" xlink:href="javascript:alert(1)"/><use href="http://evil/#x"/></g>'), doc);
        const g = root.getElementsByTagName('g')[0]!;
        const rect = root.getElementsByTagName('rect')[0]!;
        const use = root.getElementsByTagName('use')[0]!;
        expect(g.attributes.length).toBe(0);
        expect(rect.attributes.length).toBe(0);
        expect(use.attributes.length).toBe(0);
        expect(inlineStyles).toHaveLength(1);
        expect(inlineStyles[0]!.css).toBe('fill:red');
    });
});

describe('the webview inserting a map (parseSvgInert: the HTML parser in an inert <template>)', () => {
    it('takes the renderer\'s map whole: every element in the SVG namespace, nothing removed, labels verbatim', async () => {
        const model = hostileModel();
        const svg = (await createMapRenderer().render(model)).svg;
        const { root, removed, inlineStyles } = parseSvgInert(svg, doc);
        expect(removed).toBe(0);
        expect(inlineStyles).toEqual([]);
        expect(names(root)).toEqual(names(xml.parseFromString(svg, 'image/svg+xml').documentElement!));
        expect(Array.from(root.getElementsByTagName('*')).every((el) => el.namespaceURI === 'http://www.w3.org/2000/svg')).toBe(true);
        const titles = Array.from(root.getElementsByTagName('title')).map((t) => t.textContent);
        for (const hostile of HOSTILE.slice(0, 12)) expect(titles.some((t) => t?.includes(hostile)), hostile).toBe(true);
    });

    it('rejects markup the HTML parser would lift out of the SVG, or that is not one SVG root', () => {
        for (const markup of [
            wrap('<p>breaks out of the svg</p>'),
            `${wrap('')}<img src="x" onerror="alert(1)">`,
            '<div><svg xmlns="http://www.w3.org/2000/svg"></svg></div>',
            '<html><body>x</body></html>',
            '<math></math>',
            ''
        ]) {
            expect(() => parseSvgInert(markup, doc), markup).toThrow(/not a well-formed SVG/);
        }
    });

    it('removes HTML inside foreignObject, scripts, handlers and external references', () => {
        const { root, removed } = parseSvgInert(wrap('<foreignObject><div>x</div></foreignObject><script>alert(1)</script><g onclick="alert(1)"><rect fill="url(http://evil/x)"/></g><use href="http://evil/#x"/>'), doc);
        expect(names(root)).toEqual(['g', 'rect', 'use']);
        expect(root.querySelector('g')!.attributes.length).toBe(0);
        expect(root.querySelector('rect')!.attributes.length).toBe(0);
        expect(root.querySelector('use')!.attributes.length).toBe(0);
        expect(removed).toBe(5);
    });
});
