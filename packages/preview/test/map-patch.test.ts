import { diffSvgParts as diffParts, joinSvgParts, markupChange, type SvgParts } from '@journey-maps/model';
import { createMapRenderer } from '@journey-maps/renderer';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { exportJourneys, readJourneys } from '../../renderer/test/fixtures/examples.js';
import { PartIndex } from '../src/map-patch.js';
import type { PatchOp } from '../src/protocol.js';
import { parseSvgInert } from '../src/svg-insert.js';

// The webview's own insertion path (an HTML parser writing into a <template>), in jsdom.
const doc = new JSDOM('<!DOCTYPE html><body><div id="stage"></div></body>').window.document;
const examples = readJourneys();
const renderer = createMapRenderer();

async function drawn(edit: (text: string) => string = (t) => t): Promise<SvgParts> {
    const models = await exportJourneys({ ...examples, 'bank-onboarding.journey': edit(examples['bank-onboarding.journey']!) });
    return (await renderer.render(models['bank-onboarding']!)).parts;
}

/** The server's changes between two drawings, as the host hands them to the webview. */
function diffSvgParts(before: SvgParts, after: SvgParts): PatchOp[] | undefined {
    return diffParts(before, after)?.map(markupChange);
}

/** A map shown the way main.ts shows it: parsed inert, sanitized, adopted into the page. */
function show(parts: SvgParts): Element {
    const node = doc.adoptNode(parseSvgInert(joinSvgParts(parts), doc).root);
    doc.getElementById('stage')!.replaceChildren(node);
    return node;
}

describe('patching the shown map by key', () => {
    it('turns the shown map into the new one with the ops the host computes, for a label edit and a new item', async () => {
        const base = await drawn();
        for (const edit of [
            (t: string) => t.replace('"Calls the help line"', '"Calls the help desk"'),
            (t: string) => t.replace('need "Someone to explain the fees"', 'need "Someone to explain the fees"\n      thinks "Will they rush me?"'),
            (t: string) => t.replace(/ {6}pain "Asked for the address twice"[^\n]*\n/, '')
        ]) {
            const after = await drawn(edit);
            const ops = diffSvgParts(base, after)!;
            expect(ops.length).toBeGreaterThan(0);
            const shown = show(base);
            expect(PartIndex.of(shown)!.apply(ops, doc)).toBe(true);
            expect(shown.outerHTML).toBe(show(after).outerHTML);
        }
    });

    it('keeps patching after a patch: the parts that went in are indexed by their keys', async () => {
        const base = await drawn();
        const once = await drawn((t) => t.replace('"Calls the help line"', '"Calls the help desk"'));
        const twice = await drawn((t) => t.replace('"Calls the help line"', '"Calls the help desk, twice"'));
        const shown = show(base);
        const index = PartIndex.of(shown)!;
        expect(index.apply(diffSvgParts(base, once)!, doc)).toBe(true);
        expect(index.apply(diffSvgParts(once, twice)!, doc)).toBe(true);
        expect(shown.outerHTML).toBe(show(twice).outerHTML);
    });

    it('removes and inserts parts in their group, before the part that follows them', () => {
        const root = shownMarkup('<g data-key="g"><rect data-key="x"/><rect data-key="y"/></g><rect data-key="b"/>');
        const ops: PatchOp[] = [
            { op: 'remove', key: 'y' },
            { op: 'insert', key: 'v', svg: '<circle data-key="v"/>', parent: 'g', before: null },
            { op: 'insert', key: 'w', svg: '<circle data-key="w"/>', parent: 'g', before: 'x' },
            { op: 'insert', key: 'c', svg: '<line data-key="c"/>', parent: null, before: 'b' }
        ];
        expect(PartIndex.of(root)!.apply(ops, doc)).toBe(true);
        expect(keysOf(root)).toEqual(['g', 'w', 'x', 'v', 'c', 'b']);
    });

    it('refuses a patch that does not fit the shown map, and leaves the map as it was', () => {
        const markup = '<g data-key="g"><rect data-key="x"/></g><g data-key="h"><rect data-key="z"/></g>';
        for (const ops of [
            [{ op: 'replace', key: 'nope', svg: '<rect data-key="nope"/>' }],
            [{ op: 'remove', key: 'x' }, { op: 'remove', key: 'x' }],
            [{ op: 'replace', key: 'x', svg: '<rect data-key="other"/>' }],
            [{ op: 'replace', key: 'x', svg: '<rect data-key="x"/><rect data-key="x2"/>' }],
            [{ op: 'replace', key: 'x', svg: '<g data-key="x"><script>alert(1)</script></g>' }],
            [{ op: 'replace', key: 'x', svg: '<rect data-key="x" onclick="alert(1)"/>' }],
            [{ op: 'replace', key: 'x', svg: '<p data-key="x">html</p>' }],
            [{ op: 'insert', key: 'n', svg: '<rect data-key="n"/>', parent: 'g', before: 'z' }],
            [{ op: 'insert', key: 'z', svg: '<rect data-key="z"/>', parent: 'g', before: null }],
            [{ op: 'insert', key: 'n', svg: '<rect data-key="n"/>', parent: 'missing', before: null }],
            [{ op: 'replace', key: 'x', svg: '<rect data-key="x"/>' }, { op: 'remove', key: 'nope' }]
        ] as PatchOp[][]) {
            const root = shownMarkup(markup);
            const before = root.outerHTML;
            expect(PartIndex.of(root)!.apply(ops, doc), JSON.stringify(ops)).toBe(false);
            expect(root.outerHTML).toBe(before);
        }
    });

    it('will not index a map whose keys repeat or sit outside a keyed group', () => {
        expect(PartIndex.of(shownMarkup('<rect data-key="a"/><rect data-key="a"/>'))).toBeUndefined();
        expect(PartIndex.of(shownMarkup('<g><rect data-key="a"/></g>'))).toBeUndefined();
        expect(PartIndex.of(shownMarkup('<g data-key="g"><rect data-key="a"/></g>'))).toBeDefined();
    });
});

function shownMarkup(inner: string): Element {
    const node = doc.adoptNode(parseSvgInert(`<svg xmlns="http://www.w3.org/2000/svg">${inner}</svg>`, doc).root);
    doc.getElementById('stage')!.replaceChildren(node);
    return node;
}

function keysOf(root: Element): string[] {
    return Array.from(root.querySelectorAll('[data-key]')).map((el) => el.getAttribute('data-key') ?? '');
}
