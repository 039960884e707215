import { describe, expect, it } from 'vitest';
import { EmptyFileSystem } from 'langium';
import { createJourneyServices, reservedWords, softKeywords } from '../src/index.js';
import { buildWorkspace, codes, diagnose } from '../src/testing/index.js';

/** A valid map with one step per line of `steps`, to break in one place. */
function map(steps: string): string {
    return `persona anna
channel web
journey j {
  for anna
  stage s {
${steps}
  }
}`;
}

describe('reserved words', () => {
    it('are exactly the reference\'s list, and the 1.1 words are soft', () => {
        const reference = `import persona channel team touchpoint metric journey stage step kind goal for segment need
  expects digital physical via owner indirect unit target actual by at emotion thinks pain
  opportunity moment-of-truth frontstage backstage support evidence end current future day
  blueprint`.split(/\s+/).sort();
        expect([...reservedWords].sort()).toEqual(reference);
        expect([...softKeywords].sort()).toEqual(['baseline', 'effort', 'impact', 'severity']);
    });

    it.each([
        ['step support', '    step support "Support desk" { via web emotion 1 }', 'step', 'support-step'],
        ['stage day', '', 'stage', 'day-stage'],
        ['persona target', '', 'persona', 'target-persona']
    ])('as a name (%s) are one syntax-error that says so and suggests a name', async (written, steps, kind, suggestion) => {
        let text = map(steps || '    step a { via web emotion 1 }');
        if (kind === 'stage') {
            text = text.replace('stage s {', 'stage day "Day" {');
        }
        if (kind === 'persona') {
            text = `persona target "Target"\n${text}`;
        }
        const result = await diagnose(text);
        expect(result.map(d => d.code), written).toEqual(['syntax-error']);
        expect(result[0].message).toBe(`'${written.split(' ')[1]}' is a reserved word: name the ${kind} e.g. '${suggestion}'.`);
        expect(result[0].endColumn - result[0].column).toBe(written.split(' ')[1].length);
    });

    it('as a step name still let the step be checked and its arrows link', async () => {
        expect(await codes(map('    step a { via web emotion 1 -> support }\n    step support { via web emotion 9 }'))).toEqual(['syntax-error', 'emotion-range']);
    });

    it('are read as names after -> and as one name with a leading digit, also where the file reports nothing', async () => {
        const lexer = createJourneyServices(EmptyFileSystem).Journey.parser.Lexer;
        expect(lexer.tokenize('-> support').tokens.map(t => t.tokenType.name)).toEqual(['->', 'ID']);
        expect(lexer.tokenize('for 1st-visitor').tokens.map(t => `${t.tokenType.name}:${t.image}`)).toEqual(['for:for', 'ID:1st-visitor']);
        // The declaring file has the one error; the file that uses the name has none.
        const workspace = await buildWorkspace({
            'people.journey': 'persona 1st-visitor\nchannel web',
            'main.journey': 'import "people.journey"\njourney j { for 1st-visitor stage s { step a { via web emotion 1 } } }'
        });
        expect(workspace.summary('people.journey')).toEqual(['error syntax-error line 1']);
        expect(workspace.summary('main.journey')).toEqual([]);
    });

    it('on the next line after a declaring keyword are not taken as its name', async () => {
        const result = await diagnose('persona\npersona anna');
        expect(result.map(d => d.code)).toContain('syntax-error');
        expect(result[0].message).toMatch(/^Expected the name of a persona after 'persona', on the same line/);
    });
});

describe('soft keywords stay valid names everywhere else', () => {
    it('accepts persona impact, team effort, step effort, a channel severity and a stage baseline', async () => {
        const text = `persona impact
team effort
channel severity
journey j {
  for impact
  stage baseline {
    step effort { by impact via severity owner effort emotion impact 1 pain "x" severity 2 opportunity "y" impact 3 effort 1 -> impact 50% for impact }
    step impact { via severity emotion 1 }
  }
}`;
        expect(await codes(text)).toEqual([]);
    });
});

describe('names that start with a digit', () => {
    it('are one syntax-error at the name, with no hint about a phantom st-visitor', async () => {
        const result = await diagnose('persona 1st-visitor "First visit"\nchannel web\njourney j { for 1st-visitor stage s { step a { via web emotion 1 } } }');
        expect(result.map(d => `${d.code} ${d.line}:${d.column}-${d.endColumn}`)).toEqual(['syntax-error 1:9-20']);
        expect(result[0].message).toContain("'1st-visitor' cannot be a name");
    });
});

describe('unclosed strings', () => {
    it('are one syntax-error saying strings end on their line, and the next line parses normally', async () => {
        const result = await diagnose(map('    step a { via web emotion 1\n      need "Open an account\n      pain "slow" opportunity "fast" }'));
        expect(result.map(d => `${d.code} ${d.line}`)).toEqual(['syntax-error 7']);
        expect(result[0].message).toContain('strings end on their line');
    });

    it('keep the text up to the end of the line', async () => {
        const result = await diagnose('persona anna "Anna, 34\npersona marek "Marek"\nchannel web\njourney j { for anna, marek stage s { step a { via web emotion 1 } } }');
        expect(result.map(d => `${d.code} ${d.line}`)).toEqual(['syntax-error 1']);
    });
});

describe('a word where a quoted label belongs', () => {
    it.each([
        ['emotion -2 annoyed', 'annoyed'],
        ['emotion anna -2 annoyed', 'annoyed'],
        ['emotion 1 -> b 40% gives up', 'gives'],
        ['emotion 1 -> b stuck', 'stuck']
    ])('%s is one syntax-error that says to quote it', async (props, word) => {
        const result = await diagnose(map(`    step a { via web emotion 1 }\n    step c { via web ${props} }\n    step b { via web emotion 1 }`));
        expect(result.map(d => d.code), props).toEqual(['syntax-error']);
        expect(result[0].message).toBe(`Put '${word}' in double quotes: a label is text in quotes ("${word}").`);
    });

    it('on a line of its own is one error too, and the next property still counts', async () => {
        const result = await diagnose(map('    step a {\n      via web\n      emotion -2 annoyed\n      pain "slow"\n    }'));
        expect(result.map(d => `${d.code} ${d.line}`)).toEqual(['pain-without-opportunity 5', 'syntax-error 8']);
    });
});

describe('parser messages in plain words', () => {
    it('names the step left open and where its } goes', async () => {
        const result = await diagnose(map('    step search {\n      via web emotion 1\n    step fill { via web emotion 1 }'));
        expect(result.map(d => `${d.code} ${d.line}`)).toEqual(['syntax-error 8']);
        expect(result[0].message).toBe("Step 'search' (line 6) is not closed: add '}' before 'step'.");
    });

    it('never says found \'\' at the end of the file', async () => {
        const result = await diagnose('persona anna\nchannel web\njourney j {\n  for anna\n  stage s {\n    step a { via web emotion 1 }\n');
        expect(result.map(d => d.code)).toEqual(['syntax-error']);
        expect(result[0].message).toBe("Stage 's' (line 5) is not closed: add '}' at the end of the file.");
        expect(result[0].message).not.toContain("''");
    });

    it('says what a name is expected for, and that a name starts with a letter', async () => {
        const [missing] = await diagnose(map('    step a { via web emotion 1 by }'));
        expect(missing.message).toBe("Expected the name of a persona after 'by', found '}'.");
        const [reserved] = await diagnose(map('    step a { via web emotion 1 by emotion }'));
        expect(reserved.message).toMatch(/^'emotion' is a reserved word and cannot be the name of a persona/);
    });

    it('asks for a number where one belongs, with its range', async () => {
        const [d] = (await diagnose(map('    step a { via web emotion 1 pain "x" severity high opportunity "y" }'))).filter(x => x.code === 'syntax-error');
        expect(d.message).toBe("Expected a number after 'severity' (1 to 5), found 'high'.");
    });

    it('lists the choices where one of several words belongs', async () => {
        const [d] = await diagnose('persona anna\njourney j { kind someday for anna stage s { step a { emotion 1 } } }');
        expect(d.message).toBe("Expected one of 'current', 'future', 'day', 'blueprint' after 'kind', found 'someday'.");
    });

    it('keeps the top-level message for a block closed too early', async () => {
        const [d] = await diagnose('persona anna\njourney j { for anna stage s { step a { emotion 1 } } }\n}');
        expect(d.message).toBe("Unexpected '}': only imports, declarations and one journey stand at the top of a file. Is a '}' above closing a block too early?");
    });
});
