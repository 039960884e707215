import { createContext, runInContext } from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import type { renderJourney } from '../src/index.js';

const text = `persona anna "Anna"
channel web "Website"
journey signup "Sign up" {
  for anna
  stage start "Start" {
    step visit "Visits the site" { via web emotion 1 }
    step form "Fills in the form" { via web emotion -2 pain "Too many fields" }
  }
}
`;

describe('renderJourney in a browser bundle', () => {
    it('bundles for the browser with no Node module, and draws a map where only browser globals exist', async () => {
        const result = await build({
            entryPoints: [new URL('../src/index.ts', import.meta.url).pathname],
            bundle: true, platform: 'browser', format: 'iife', globalName: 'JourneyApi', write: false, metafile: true, logLevel: 'silent'
        });
        const inputs = Object.keys(result.metafile.inputs);
        expect(inputs.filter(path => path.startsWith('node:') || /(^|\/)node_modules\/(fs|path|os|child_process)\//.test(path))).toEqual([]);
        // A page's globals and nothing of Node's: no process, require, Buffer or module.
        const page = createContext({
            setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask, performance, console,
            TextEncoder, TextDecoder, URL, URLSearchParams, structuredClone, AbortController, AbortSignal
        });
        runInContext(result.outputFiles[0]!.text, page);
        const api = runInContext('JourneyApi', page) as { renderJourney: typeof renderJourney };
        const rendered = await api.renderJourney(text, { theme: 'light' });
        expect(rendered.problems.filter(p => p.severity === 'error')).toEqual([]);
        expect(rendered.svg).toMatch(/^<svg /);
        expect(rendered.svg).toContain('data-ref="step:form"');
        expect(runInContext('typeof process + typeof require + typeof Buffer', page)).toBe('undefinedundefinedundefined');
    });
});
