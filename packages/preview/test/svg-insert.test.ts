import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { parseSvg } from '../src/svg-insert.js';

const parser = new DOMParser() as unknown as { parseFromString(s: string, t: string): Document };
const wrap = (inner: string) => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10">${inner}</svg>`;
const names = (root: Element) => Array.from(root.getElementsByTagName('*')).map((e) => e.localName);

describe('SVG sanitizing before insertion', () => {
    it('keeps ordinary drawing elements, data attributes, local references and the top-level style', () => {
        const { root, removed } = parseSvg(wrap('<style>.a{fill:red}</style><defs><marker id="m"/></defs><g data-ref="step:a" class="jm-step"><rect width="1" height="1" marker-end="url(#m)"/><text>&lt;script&gt;</text></g><use href="#m"/>'), parser);
        expect(removed).toBe(0);
        expect(names(root)).toEqual(['style', 'defs', 'marker', 'g', 'rect', 'text', 'use']);
        expect(root.getElementsByTagName('text')[0]?.textContent).toBe('<script>');
    });

    it('removes script, foreignObject, animation, links and nested styles', () => {
        const { root } = parseSvg(wrap('<script>alert(1)</script><foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject><g><style>*{}</style><set attributeName="x" to="1"/><animate onbegin="alert(1)"/><a href="javascript:alert(1)"><text>t</text></a><image href="http://x/y.png"/></g>'), parser);
        expect(names(root)).toEqual(['g']);
    });

    it('removes event handlers, external references and javascript: URLs, and moves inline styles out', () => {
        const { root, inlineStyles } = parseSvg(wrap('<g onclick="alert(1)" onload="x()"><rect style="fill:red" fill="url(http://evil/x)" xlink:href="javascript:alert(1)"/><use href="http://evil/#x"/></g>'), parser);
        const g = root.getElementsByTagName('g')[0]!;
        const rect = root.getElementsByTagName('rect')[0]!;
        const use = root.getElementsByTagName('use')[0]!;
        expect(g.attributes.length).toBe(0);
        expect(rect.attributes.length).toBe(0);
        expect(use.attributes.length).toBe(0);
        expect(inlineStyles).toHaveLength(1);
        expect(inlineStyles[0]!.css).toBe('fill:red');
    });

    it('rejects markup that is not a well-formed SVG document', () => {
        expect(() => parseSvg('<html><body>x</body></html>', parser)).toThrow(/not a well-formed SVG/);
        expect(() => parseSvg('<svg xmlns="http://www.w3.org/2000/svg"><g></svg>', parser)).toThrow();
    });
});
