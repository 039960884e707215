import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, createNonce, escapeHtml, previewHtml } from '../src/preview/html.js';

const opts = {
    cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
    nonce: 'abc123',
    scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/packages/preview/dist/preview.js',
    styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/packages/preview/dist/preview.css',
    title: 'Preview <a "b">.journey'
};

describe('preview HTML and CSP', () => {
    it('starts from default-src none and allows only the nonce script', () => {
        const csp = contentSecurityPolicy(opts.cspSource, 'N');
        const directives = Object.fromEntries(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
        expect(directives['default-src']).toEqual(["'none'"]);
        expect(directives['script-src']).toEqual(["'nonce-N'"]);
        expect(directives['style-src']).toEqual([opts.cspSource, "'nonce-N'"]);
        expect(directives['img-src']).toEqual([opts.cspSource, 'data:', 'blob:']);
        expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    });

    it('has exactly one script, with the nonce, and no inline script or handlers', () => {
        const html = previewHtml(opts);
        const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)];
        expect(scripts).toHaveLength(1);
        expect(scripts[0]![0]).toContain('nonce="abc123"');
        expect(scripts[0]![1]).toBe('');
        expect(html).not.toMatch(/\son[a-z]+=/i);
        expect(html).not.toContain('command:');
        expect(html).toContain('<meta http-equiv="Content-Security-Policy"');
    });

    it('escapes the title', () => {
        const html = previewHtml(opts);
        expect(html).toContain('<title>Preview &lt;a &quot;b&quot;&gt;.journey</title>');
        expect(escapeHtml(`<>&"'`)).toBe('&lt;&gt;&amp;&quot;&#39;');
    });

    it('makes fresh, long, attribute-safe nonces', () => {
        const a = createNonce();
        expect(a).toMatch(/^[A-Za-z0-9_-]{24}$/);
        expect(createNonce()).not.toBe(a);
    });
});
