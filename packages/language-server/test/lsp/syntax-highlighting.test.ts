import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWASM, OnigScanner, OnigString } from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IGrammar } from 'vscode-textmate';
import { examplesDir } from './lsp-test-services.js';

const root = join(examplesDir, '..');
const require = createRequire(import.meta.url);

let grammar: IGrammar | undefined;

async function loadGrammar(): Promise<IGrammar> {
    if (!grammar) {
        const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
        await loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
        const registry = new Registry({
            onigLib: Promise.resolve({ createOnigScanner: patterns => new OnigScanner(patterns), createOnigString: text => new OnigString(text) }),
            loadGrammar: async scopeName => scopeName === 'source.journey'
                ? parseRawGrammar(readFileSync(join(root, 'syntaxes/journey.tmLanguage.json'), 'utf8'), 'journey.tmLanguage.json')
                : null
        });
        grammar = (await registry.loadGrammar('source.journey'))!;
    }
    return grammar;
}

/** Each token of the lines as `text=last scope`, whitespace tokens left out. */
async function tokens(text: string): Promise<string[]> {
    const g = await loadGrammar();
    let state = INITIAL;
    const result: string[] = [];
    for (const line of text.split('\n')) {
        const lineTokens = g.tokenizeLine(line, state);
        for (const token of lineTokens.tokens) {
            const image = line.slice(token.startIndex, token.endIndex);
            if (image.trim() !== '') {
                result.push(`${image}=${token.scopes[token.scopes.length - 1]}`);
            }
        }
        state = lineTokens.ruleStack;
    }
    return result;
}

describe('TextMate grammar', () => {
    it('has the scope name the extension registers', () => {
        const raw = JSON.parse(readFileSync(join(root, 'syntaxes/journey.tmLanguage.json'), 'utf8')) as { scopeName: string };
        expect(raw.scopeName).toBe('source.journey');
    });

    it('scopes declarations, keywords, strings with escapes, numbers, comments and arrows', async () => {
        expect(await tokens('persona anna "Anna \\"A\\" 34" { segment "x" } // note')).toEqual([
            'persona=storage.type.persona.journey', 'anna=entity.name.type.persona.journey',
            '"=punctuation.definition.string.begin.journey', 'Anna =string.quoted.double.journey', '\\"=constant.character.escape.journey',
            'A=string.quoted.double.journey', '\\"=constant.character.escape.journey', ' 34=string.quoted.double.journey',
            '"=punctuation.definition.string.end.journey',
            '{=punctuation.section.block.begin.journey', 'segment=keyword.other.property.journey',
            '"=punctuation.definition.string.begin.journey', 'x=string.quoted.double.journey', '"=punctuation.definition.string.end.journey',
            '}=punctuation.section.block.end.journey', '// note=comment.line.double-slash.journey'
        ]);
        expect(await tokens('  step fill { by anna, marek emotion -2 -> verify "back" moment-of-truth end }')).toEqual([
            'step=storage.type.step.journey', 'fill=entity.name.function.step.journey', '{=punctuation.section.block.begin.journey',
            'by=keyword.other.property.journey', 'anna=variable.other.journey', ',=punctuation.separator.comma.journey', 'marek=variable.other.journey',
            'emotion=keyword.other.property.journey', '-2=constant.numeric.journey', '->=keyword.operator.arrow.journey', 'verify=entity.name.function.step.journey',
            '"=punctuation.definition.string.begin.journey', 'back=string.quoted.double.journey', '"=punctuation.definition.string.end.journey',
            'moment-of-truth=constant.language.flag.journey', 'end=constant.language.flag.journey', '}=punctuation.section.block.end.journey'
        ]);
        expect(await tokens('metric m { target <= 4.2 actual +41 }')).toEqual([
            'metric=storage.type.metric.journey', 'm=entity.name.type.metric.journey', '{=punctuation.section.block.begin.journey',
            'target=keyword.other.property.journey', '<==keyword.operator.comparison.journey', '4.2=constant.numeric.journey',
            'actual=keyword.other.property.journey', '+41=constant.numeric.journey', '}=punctuation.section.block.end.journey'
        ]);
    });

    it('does not split identifiers that start with a keyword, or Unicode names', async () => {
        expect(await tokens('by format, stage2, end-user, forward, zażółć, анна, first-visit')).toEqual([
            'by=keyword.other.property.journey', 'format=variable.other.journey', ',=punctuation.separator.comma.journey',
            'stage2=variable.other.journey', ',=punctuation.separator.comma.journey', 'end-user=variable.other.journey', ',=punctuation.separator.comma.journey',
            'forward=variable.other.journey', ',=punctuation.separator.comma.journey', 'zażółć=variable.other.journey', ',=punctuation.separator.comma.journey',
            'анна=variable.other.journey', ',=punctuation.separator.comma.journey', 'first-visit=variable.other.journey'
        ]);
        expect(await tokens('stage wybór "Wybór" {')).toEqual([
            'stage=storage.type.stage.journey', 'wybór=entity.name.section.stage.journey',
            '"=punctuation.definition.string.begin.journey', 'Wybór=string.quoted.double.journey', '"=punctuation.definition.string.end.journey',
            '{=punctuation.section.block.begin.journey'
        ]);
    });

    it('keeps block comments across lines, and a metric list in a step is not a declaration', async () => {
        expect(await tokens('/* one\n   persona two */ team t')).toEqual([
            '/*=punctuation.definition.comment.begin.journey', ' one=comment.block.journey', '   persona two =comment.block.journey',
            '*/=punctuation.definition.comment.end.journey', 'team=storage.type.team.journey', 't=entity.name.type.team.journey'
        ]);
        expect(await tokens('step a { metric dropoff, csat }')).toContain('metric=storage.type.journey');
    });

    it('scopes shares, scales, per-persona arrows and baseline, and leaves the soft keywords names elsewhere', async () => {
        expect(await tokens('-> call-desk 80% "busy" for jan, ola')).toEqual([
            '->=keyword.operator.arrow.journey', 'call-desk=entity.name.function.step.journey', '80%=constant.numeric.share.journey',
            '"=punctuation.definition.string.begin.journey', 'busy=string.quoted.double.journey', '"=punctuation.definition.string.end.journey',
            'for=keyword.other.property.journey', 'jan=variable.other.journey', ',=punctuation.separator.comma.journey', 'ola=variable.other.journey'
        ]);
        expect(await tokens('pain "slow" severity 4 opportunity "fast" impact 3 effort 12.5%')).toEqual([
            'pain=keyword.other.property.journey', '"=punctuation.definition.string.begin.journey', 'slow=string.quoted.double.journey', '"=punctuation.definition.string.end.journey',
            'severity=keyword.other.property.journey', '4=constant.numeric.journey',
            'opportunity=keyword.other.property.journey', '"=punctuation.definition.string.begin.journey', 'fast=string.quoted.double.journey', '"=punctuation.definition.string.end.journey',
            'impact=keyword.other.property.journey', '3=constant.numeric.journey', 'effort=keyword.other.property.journey', '12.5%=constant.numeric.share.journey'
        ]);
        expect(await tokens('baseline onboarding')).toEqual(['baseline=keyword.other.property.journey', 'onboarding=variable.other.journey']);
        expect(await tokens('persona impact team effort by severity, baseline')).toEqual([
            'persona=storage.type.persona.journey', 'impact=entity.name.type.persona.journey', 'team=storage.type.team.journey', 'effort=entity.name.type.team.journey',
            'by=keyword.other.property.journey', 'severity=variable.other.journey', ',=punctuation.separator.comma.journey', 'baseline=variable.other.journey'
        ]);
    });

    it('tokenizes every example without unscoped text', async () => {
        for (const name of readdirSync(examplesDir).filter(file => file.endsWith('.journey'))) {
            const all = await tokens(readFileSync(join(examplesDir, name), 'utf8'));
            expect(all.filter(token => token.endsWith('=source.journey')), name).toEqual([]);
        }
    });
});

describe('language configuration', () => {
    const config = JSON.parse(readFileSync(join(root, 'language-configuration.json'), 'utf8')) as {
        wordPattern: { pattern: string; flags: string };
        comments: { lineComment: string; blockComment: [string, string] };
        autoClosingPairs: Array<{ open: string; close: string }>;
        indentationRules: { increaseIndentPattern: string; decreaseIndentPattern: string };
    };
    const words = (text: string): string[] => text.match(new RegExp(config.wordPattern.pattern, config.wordPattern.flags + 'g')) ?? [];

    it('keeps hyphenated and Unicode names whole in its word pattern', () => {
        expect(words('by first-visit, moment-of-truth zażółć анна stage2 "Wybór" -> a_b')).toEqual(['by', 'first-visit', 'moment-of-truth', 'zażółć', 'анна', 'stage2', 'Wybór', 'a_b']);
        expect(words('emotion -2 target <= 4.2')).toEqual(['emotion', '-2', 'target', '4.2']);
    });

    it('declares comments, auto-closing quotes and braces, and indentation', () => {
        expect(config.comments).toEqual({ lineComment: '//', blockComment: ['/*', '*/'] });
        expect(config.autoClosingPairs.map(pair => pair.open)).toEqual(expect.arrayContaining(['{', '"']));
        const increase = new RegExp(config.indentationRules.increaseIndentPattern);
        const decrease = new RegExp(config.indentationRules.decreaseIndentPattern);
        expect(increase.test('  step a "A" {')).toBe(true);
        expect(increase.test('  channel web { digital }')).toBe(false);
        expect(increase.test('  // not {')).toBe(false);
        expect(decrease.test('  }')).toBe(true);
    });
});
