import type { RenderFenceParams, RenderFenceResult } from '@journey-maps/model';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { FenceRenders } from '../src/markdown/fence-renders.js';
import { journeyFencePlugin } from '../src/markdown/journey-fence-plugin.js';

const svg = '<svg xmlns="http://www.w3.org/2000/svg" class="jm jm-theme-auto" data-ref="journey:j"><style>.jm-bg { fill: red; }</style><g data-ref="step:a"><text>A</text></g></svg>';
const markdown = (fence: string) => `# Notes\n\nBefore.\n\n\`\`\`journey\n${fence}\n\`\`\`\n\n\`\`\`js\nconst x = 1 < 2;\n\`\`\`\n`;
const notesUri = 'file:///docs/notes.md';

/** The plugin in a real markdown-it, with a server that answers what `answer` says. */
function setup(answer: (params: RenderFenceParams) => RenderFenceResult | Promise<RenderFenceResult>) {
    const requests: RenderFenceParams[] = [];
    const logged: string[] = [];
    let rendered = 0;
    let landed: () => void = () => undefined;
    const renders = new FenceRenders({
        request: async params => { requests.push(params); return answer(params); },
        onRendered: () => { rendered++; landed(); },
        settleMs: 0,
        importsSettleMs: 0,
        size: 3,
        log: message => logged.push(message)
    });
    const md = journeyFencePlugin(new MarkdownIt(), renders);
    return {
        requests, logged, renders,
        get rendered() { return rendered; },
        render: (text: string, uri = notesUri) => md.render(text, { currentDocument: { toString: () => uri } }),
        landed: () => new Promise<void>(resolve => { landed = resolve; })
    };
}

describe('```journey fences in the Markdown preview', () => {
    it('asks for the map once, shows a placeholder, and shows the map when the preview renders again', async () => {
        const s = setup(() => ({ svg, problems: [] }));
        const landed = s.landed();
        const first = s.render(markdown('journey j { for anna stage s { step a } }'));
        expect(first).toContain('data-journey-fence="pending"');
        expect(first).toContain('<pre><code class="language-js">const x = 1 &lt; 2;\n</code></pre>');
        await landed;
        expect(s.rendered).toBe(1);
        expect(s.requests).toEqual([{ text: 'journey j { for anna stage s { step a } }\n', uri: notesUri }]);
        const second = s.render(markdown('journey j { for anna stage s { step a } }'));
        expect(second).toMatch(/<div class="journey-fence" data-journey-fence="map"><svg [^>]*class="jm jm-theme-auto"[\s\S]*data-ref="step:a"[\s\S]*<\/svg><\/div>/);
        expect(s.requests).toHaveLength(1);
    });

    it("keeps the map's stylesheet and strips whatever could run or load, as the preview webview does", async () => {
        const hostile = svg.replace('<g data-ref="step:a">', '<script>alert(1)</script><foreignObject><div>x</div></foreignObject><g data-ref="step:a" onclick="alert(2)"><a href="javascript:alert(3)"><text>link</text></a><image href="https://example.com/x.png"/>');
        const s = setup(() => ({ svg: hostile, problems: [] }));
        const landed = s.landed();
        s.render(markdown('journey j {}'));
        await landed;
        const html = s.render(markdown('journey j {}'));
        expect(html).toContain('<style>.jm-bg { fill: red; }</style>');
        expect(html).toContain('data-ref="step:a"');
        expect(html).not.toMatch(/<script|foreignObject|onclick|javascript:|<image|<a /i);
    });

    it('shows the errors in place of the map, at the Markdown file\'s lines, escaped', async () => {
        const s = setup(({ uri }) => ({
            problems: [
                { message: "Unknown persona '<img src=x onerror=alert(1)>'.", code: 'unknown-reference', severity: 'error', uri, range: { start: { line: 1, character: 4 }, end: { line: 1, character: 7 } } },
                { message: 'Cannot import people.journey.', code: 'syntax-error', severity: 'error', uri: 'file:///docs/people%20list.journey', range: { start: { line: 2, character: 0 }, end: { line: 2, character: 1 } } },
                { message: 'A hint is not an error.', code: 'no-emotion', severity: 'hint', uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } }
            ]
        }));
        const landed = s.landed();
        const text = markdown('import "people list.journey"\n<script>alert(1)</script>');
        s.render(text);
        await landed;
        const html = s.render(text);
        expect(html).toContain('data-journey-fence="errors"');
        expect(html).toContain('Journey map not drawn: fix these 2 errors.');
        // The fence's text starts on line 6 of the Markdown file: its line 2 is line 7.
        expect(html).toContain("<li><span class=\"journey-fence-where\">Line 7</span> Unknown persona &#39;&lt;img src=x onerror=alert(1)&gt;&#39;.</li>");
        expect(html).toContain('<li><span class="journey-fence-where">people list.journey, line 3</span> Cannot import people.journey.</li>');
        expect(html).not.toContain('A hint');
        // The fence's text is shown under its errors, as text.
        expect(html).toContain('<pre class="journey-fence-source"><code>import &quot;people list.journey&quot;\n&lt;script&gt;alert(1)&lt;/script&gt;\n</code></pre>');
        expect(html).not.toMatch(/<script|<img/);
    });

    it('shows the warnings of a drawn map under it, like a caption, at the Markdown file\'s lines, escaped', async () => {
        const s = setup(({ uri }) => ({
            svg,
            problems: [
                { message: "Metric 'dropoff' misses its target: 41, target <= 20.", code: 'metric-target-missed', severity: 'warning', uri, range: { start: { line: 1, character: 4 }, end: { line: 1, character: 6 } } },
                { message: "The shares <of> the arrows add up to 120%.", code: 'share-total', severity: 'warning', uri: 'file:///docs/flows.journey', range: { start: { line: 4, character: 0 }, end: { line: 4, character: 3 } } },
                { message: 'A hint is not a warning.', code: 'unused-declaration', severity: 'hint', uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } }
            ]
        }));
        const landed = s.landed();
        s.render(markdown('journey j {}'));
        await landed;
        const html = s.render(markdown('journey j {}'));
        expect(html).toMatch(/<div class="journey-fence" data-journey-fence="map"><svg [\s\S]*<\/svg><div class="journey-fence-caption">/);
        expect(html).toContain('<span class="journey-fence-caption-title">2 warnings</span>');
        expect(html).toContain("<li><span class=\"journey-fence-where\">Line 7</span> Metric &#39;dropoff&#39; misses its target: 41, target &lt;= 20.</li>");
        expect(html).toContain('<li><span class="journey-fence-where">flows.journey, line 5</span> The shares &lt;of&gt; the arrows add up to 120%.</li>');
        expect(html).not.toContain('A hint');
    });

    it('draws a map without a caption when its journey has no warnings', async () => {
        const s = setup(({ uri }) => ({ svg, problems: [{ message: 'Unused.', code: 'unused-declaration', severity: 'hint', uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } }] }));
        const landed = s.landed();
        s.render(markdown('journey j {}'));
        await landed;
        expect(s.render(markdown('journey j {}'))).not.toContain('journey-fence-caption');
    });

    it('shows only the errors of a fence that has errors and warnings: they keep the map from being drawn', async () => {
        const s = setup(({ uri }) => ({
            problems: [
                { message: "Unknown persona 'ana'.", code: 'unknown-reference', severity: 'error', uri, range: { start: { line: 0, character: 16 }, end: { line: 0, character: 19 } } },
                { message: "Metric 'dropoff' misses its target: 41, target <= 20.", code: 'metric-target-missed', severity: 'warning', uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } }
            ]
        }));
        const landed = s.landed();
        s.render(markdown('journey j { for ana }'));
        await landed;
        const html = s.render(markdown('journey j { for ana }'));
        expect(html).toContain('Journey map not drawn: fix this error.');
        expect(html).toContain("Unknown persona &#39;ana&#39;.");
        expect(html).not.toContain('misses its target');
    });

    it('shows what the fence showed before while its edited text is drawn, then the new map', async () => {
        const s = setup(({ text }) => ({ svg: svg.replace('>A<', `>${text.includes('B') ? 'B' : 'A'}<`), problems: [] }));
        let landed = s.landed();
        s.render(markdown('step A'));
        await landed;
        expect(s.render(markdown('step A'))).toContain('<text>A</text>');
        landed = s.landed();
        const editing = s.render(markdown('step B'));
        expect(editing).toContain('<text>A</text>');
        await landed;
        expect(s.render(markdown('step B'))).toContain('<text>B</text>');
        expect(s.requests.map(r => r.text)).toEqual(['step A\n', 'step B\n']);
    });

    it('draws the same fence of another Markdown file on its own, since its imports resolve elsewhere', async () => {
        const s = setup(() => ({ svg, problems: [] }));
        const landed = s.landed();
        s.render(markdown('journey j {}'), 'file:///a/notes.md');
        s.render(markdown('journey j {}'), 'file:///b/notes.md');
        await landed;
        expect(s.requests.map(r => r.uri)).toEqual(['file:///a/notes.md', 'file:///b/notes.md']);
    });

    it('redraws the fences that import files when a .journey file changes, and only those', async () => {
        const s = setup(() => ({ svg, problems: [] }));
        let landed = s.landed();
        s.render(markdown('import "people.journey"\njourney j {}') + markdown('journey k {}'));
        await landed;
        landed = s.landed();
        s.renders.importsChanged();
        s.renders.importsChanged();
        await landed;
        expect(s.rendered).toBe(2);
        // Until its new map lands, the importing fence shows its last one.
        expect(s.render(markdown('import "people.journey"\njourney j {}') + markdown('journey k {}'))).not.toContain('data-journey-fence="pending"');
        expect(s.requests.map(r => r.text)).toEqual(['import "people.journey"\njourney j {}\n', 'journey k {}\n', 'import "people.journey"\njourney j {}\n']);
    });

    it('says so in place, and in the log, when the server cannot draw the fence', async () => {
        const s = setup(() => { throw new Error('the language server is not running'); });
        const landed = s.landed();
        s.render(markdown('journey j {}'));
        await landed;
        expect(s.render(markdown('journey j {}'))).toContain('The journey map could not be drawn: the language server is not running</p>');
        expect(s.logged).toEqual(['a journey fence of file:///docs/notes.md was not drawn: the language server is not running']);
    });

    it('keeps a bounded number of drawn fences', async () => {
        const s = setup(() => ({ svg, problems: [] }));
        const fences = ['a', 'b', 'c', 'd'].map(name => markdown(`journey ${name} {}`)).join('\n');
        const landed = s.landed();
        s.render(fences);
        await landed;
        s.render(markdown('journey a {}'));
        expect(s.requests.map(r => r.text)).toEqual(['journey a {}\n', 'journey b {}\n', 'journey c {}\n', 'journey d {}\n', 'journey a {}\n']);
    });
});
