import type { Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { createMapRenderer } from '../src/index.js';
import { themeCss } from '../src/theme.css.js';
import { escapeAttr, escapeText } from '../src/svg-writer.js';
import { checkMap, parseSvg } from './check-map.js';
import { HOSTILE, hostileModel } from './fixtures/hostile.js';

const ALLOWED_ELEMENTS = new Set(['svg', 'title', 'style', 'g', 'rect', 'circle', 'line', 'path', 'polygon', 'text', 'tspan']);

describe('hostile labels', () => {
    it('renders a hostile-label journey as inert SVG whose text comes back verbatim', async () => {
        const model = hostileModel();
        const r = await createMapRenderer().render(model);
        checkMap(model, r);
        const doc = parseSvg(r.svg);
        const titles: string[] = [];
        const texts: string[] = [];
        const walk = (el: Element) => {
            expect(ALLOWED_ELEMENTS.has(el.localName ?? ""), `element <${el.localName}>`).toBe(true);
            expect(el.namespaceURI).toBe('http://www.w3.org/2000/svg');
            for (let i = 0; i < el.attributes.length; i++) {
                const a = el.attributes[i]!;
                expect(a.name.toLowerCase().startsWith('on'), `attribute ${a.name}`).toBe(false);
                expect(a.name.toLowerCase()).not.toContain('href');
                if (!a.name.startsWith('data-') && a.name !== 'aria-label') {
                    expect(a.value).not.toMatch(/url\(|javascript:/i);
                }
            }
            if (el.localName === 'title') titles.push(el.textContent ?? '');
            if (el.localName === 'text') texts.push(el.textContent ?? '');
            if (el.localName === 'style') expect(el.textContent).toBe(themeCss());
            for (let c = el.firstChild; c; c = c.nextSibling) {
                if (c.nodeType === 1) walk(c as Element);
                else expect([3].includes(c.nodeType), `node type ${c.nodeType}`).toBe(true); // text only: no CDATA, comments, PIs
            }
        };
        walk(doc.documentElement!);
        // Every hostile string used as a label comes back verbatim in a tooltip.
        for (const h of HOSTILE.slice(0, 12)) expect(titles.some((t) => t.includes(h)), h).toBe(true);
        // And card text (wrapped into lines) joins back to the label.
        const card = r.geometry.cards.find((c) => c.stepId === 'a')!;
        expect(card.texts[0]!.lines.join(' ').replace(/\s+/g, '')).toBe(HOSTILE[0]!.replace(/\s+/g, ''));
        expect(texts.some((t) => t.replace(/\s+/g, '') === HOSTILE[0]!.replace(/\s+/g, ''))).toBe(true);
        // The theme CSS is the only style and has no url().
        expect(themeCss()).not.toMatch(/url\(|@import|expression/i);
    });

    it('escapes text and attribute values, and replaces characters XML cannot hold', () => {
        expect(escapeText('<a>&</a>')).toBe('&lt;a&gt;&amp;&lt;/a&gt;');
        expect(escapeAttr(`"' <>&`)).toBe('&quot;&apos; &lt;&gt;&amp;');
        expect(escapeText('a\u0000b\u001bc\uFFFE')).toBe('a\uFFFDb\uFFFDc\uFFFD');
        expect(escapeText('\uD800x')).toBe('\uFFFDx');
        expect(escapeText('😀')).toBe('😀');
    });
});
