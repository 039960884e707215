import { expectFormatting } from 'langium/test';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JourneyFormatter } from '../../src/lsp/journey-formatter.js';
import { exampleTexts, TestWorkspace } from './lsp-test-services.js';

const two = { insertSpaces: true, tabSize: 2 };

let ws: TestWorkspace;
let formatter: JourneyFormatter;

beforeAll(async () => {
    ws = await TestWorkspace.of(exampleTexts());
    formatter = ws.services.lsp.Formatter as JourneyFormatter;
});

function comments(text: string): string[] {
    return text.match(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g) ?? [];
}

describe('formatter', () => {
    it('indents by brace depth, spaces tokens and keeps comments and line structure', async () => {
        await expectFormatting(ws.services)({
            before: [
                '// header',
                'persona   anna "Anna"{segment "x"   need "y"}',
                '',
                '',
                '',
                'channel web{digital}   // trailing comment',
                'journey j {',
                '        for anna ,marek',
                '/* block',
                '   kept as written */',
                '  stage s {',
                '',
                '      step a { by anna',
                '          emotion -2 "annoyed"',
                '  }',
                '',
                '   }',
                '}   '
            ].join('\n'),
            after: [
                '// header',
                'persona anna "Anna" { segment "x" need "y" }',
                '',
                'channel web { digital } // trailing comment',
                'journey j {',
                '  for anna, marek',
                '  /* block',
                '   kept as written */',
                '  stage s {',
                '    step a { by anna',
                '      emotion -2 "annoyed"',
                '    }',
                '  }',
                '}',
                ''
            ].join('\n'),
            options: two
        });
    });

    it('spaces arrows with shares and for lists, and scales, like the rest', async () => {
        await expectFormatting(ws.services)({
            before: 'persona a\npersona b\njourney j { for a,b\nstage s {\nstep x {   ->   y   40%   "l"   for a ,b\npain "p"   severity   4   opportunity "o"  effort 2   impact 5 }\nstep y\n}\n}',
            after: 'persona a\npersona b\njourney j { for a, b\n  stage s {\n    step x { -> y 40% "l" for a, b\n      pain "p" severity 4 opportunity "o" effort 2 impact 5 }\n    step y\n  }\n}\n',
            options: two
        });
    });

    it('honours the tab settings', async () => {
        await expectFormatting(ws.services)({
            before: 'persona p\njourney j {\nfor p\n}',
            after: 'persona p\njourney j {\n\tfor p\n}\n',
            options: { insertSpaces: false, tabSize: 4 }
        });
    });

    it('leaves the examples as they are, and changes nothing but whitespace', () => {
        for (const [name, text] of exampleTexts()) {
            const formatted = formatter.formatText(text, two);
            expect(formatted, name).toBeDefined();
            expect(formatted!.replace(/\s+/g, ''), name).toBe(text.replace(/\s+/g, ''));
            expect(comments(formatted!), name).toEqual(comments(text));
            expect(formatted, name).toBe(text);
        }
    });

    it('is idempotent on messy text and keeps every comment', () => {
        const samples = [...exampleTexts().values()].map(text => text
            .replace(/\n {2}/g, '\n      ')
            .replace(/ \{/g, '{')
            .replace(/\n/g, '\n\n')
            .replace(/, /g, ' ,'));
        for (const sample of samples) {
            const once = formatter.formatText(sample, two)!;
            expect(formatter.formatText(once, two)).toBe(once);
            expect(comments(once)).toEqual(comments(sample));
            expect(once.replace(/\s+/g, '')).toBe(sample.replace(/\s+/g, ''));
        }
    });

    it('keeps CRLF line ends and refuses text that does not lex', () => {
        expect(formatter.formatText('persona p\r\njourney j {\r\nfor p\r\n}', two)).toBe('persona p\r\njourney j {\r\n  for p\r\n}\r\n');
        expect(formatter.formatText('persona p "unclosed\njourney j {}', two)).toBeUndefined();
    });

    it('formats only the lines of a range', async () => {
        const document = ws.doc('broken.journey');
        const text = 'persona   a\npersona   b\n';
        await ws.set(new Map([['range.journey', text]]));
        const edits = await ws.services.lsp.Formatter!.formatDocumentRange(ws.doc('range.journey'), {
            textDocument: { uri: document.uri.toString() }, options: two, range: { start: { line: 1, character: 0 }, end: { line: 1, character: 11 } }
        });
        expect(edits).toHaveLength(1);
        expect(edits[0].range.start.line).toBe(1);
    });
});
