import { describe, expect, it } from 'vitest';
import { buildWorkspace, codes, diagnose } from '../src/testing/index.js';

/** A small valid map to vary: every check passes on it as written. Marek is declared where he is named. */
function map(body: string, header = 'for anna'): string {
    const marek = `${header} ${body}`.includes('marek') ? 'persona marek "Marek"' : '// (marek is not needed here)';
    return `persona anna "Anna"
${marek}
channel web "Website" { digital }
touchpoint form "Form" { via web }
journey j "J" {
  ${header}
  ${body}
}`;
}

const step = (name: string, props: string) => `step ${name} { at form ${props} }`;

describe('the baseline map', () => {
    it('has no diagnostics at all', async () => {
        expect(await codes(map(`stage s { ${step('a', 'emotion 1')} }`, 'for anna, marek'))).toEqual([]);
    });
});

describe('syntax-error', () => {
    it('reports text that does not follow the grammar and recovers for later mistakes', async () => {
        const result = await diagnose(map(`stage s { step a { at form emotion 1 ??? } }
  stage t { step b { at form emotion 9 } }`));
        expect(result.map(d => d.code)).toEqual(['syntax-error', 'emotion-range']);
        expect(result[0]).toMatchObject({ severity: 'error', line: 7 });
    });

    it('reports a block closed too early once, without reading the rest as new declarations', async () => {
        const workspace = await buildWorkspace({
            'people.journey': 'persona anna\nchannel web\nmetric m { target < 1 actual 0 }',
            'main.journey': 'import "people.journey"\njourney j { for anna\n  stage s { }}\n  step x { via web emotion 1 metric m owner o }\n  persona anna }\n}'
        });
        const result = workspace.diagnostics('main.journey');
        expect(result.map(d => `${d.code} ${d.line}`)).toEqual(['syntax-error 4']);
        expect(result[0].message).toContain("Unexpected 'step'");
        expect(workspace.summary('people.journey')).toEqual([]);
    });

    it('gives a step whose by is still being typed no flow warnings', async () => {
        const result = await diagnose(map(`stage s { ${step('a', 'emotion 1')} ${step('b', 'by emotion 1')} }`, 'for anna, marek'));
        expect(result.map(d => d.code)).toEqual(['syntax-error']);
    });

    it('reports a run of stray characters once', async () => {
        expect(await codes(`persona anna "Anna" §§§§`)).toEqual(['unused-declaration', 'syntax-error']);
    });

    it('rejects a reserved word as a name', async () => {
        expect(await codes(`persona step "x"`)).toContain('syntax-error');
    });

    it('rejects a string broken across lines', async () => {
        expect(await codes(`persona anna "An\nna"`)).toContain('syntax-error');
    });
});

describe('unknown-reference', () => {
    it('reports an unknown persona at its name', async () => {
        const [d] = await diagnose(map(`stage s { ${step('a', 'by ana emotion 1')} }`));
        expect(d).toMatchObject({ code: 'unknown-reference', message: "Unknown persona 'ana'.", line: 7 });
        expect(d.endColumn - d.column).toBe(3);
    });

    it.each([
        ['touchpoint', 'step a { at frm, form emotion 1 }', "Unknown touchpoint 'frm'."],
        ['channel', 'step a { at form via wbe emotion 1 }', "Unknown channel 'wbe'."],
        ['team', 'step a { at form owner ops emotion 1 }', "Unknown team 'ops'."],
        ['metric', 'step a { at form metric nps emotion 1 }', "Unknown metric 'nps'."],
        ['step', 'step a { at form emotion 1 -> nowhere }', "Unknown step 'nowhere'."]
    ])('reports an unknown %s', async (_kind, text, message) => {
        const result = await diagnose(map(`stage s { ${text} }`));
        expect(result.map(d => d.message)).toEqual([message]);
    });

    it('gives a step with an unknown actor no unreachable-step and no no-emotion', async () => {
        expect(await codes(map(`stage s { ${step('a', 'emotion 1')} ${step('b', 'by ana -> a')} }`))).toEqual(['unknown-reference']);
    });

    it('does not see declarations of a file imported only by an import (not transitive)', async () => {
        const result = await diagnose(`import "middle.journey"\njourney j { for anna stage s { step a { via web emotion 1 } } }`, {
            'middle.journey': 'import "people.journey"\nchannel web',
            'people.journey': 'persona anna'
        });
        expect(result.map(d => d.message)).toEqual(["Unknown persona 'anna'."]);
    });

    it('resolves through a direct import', async () => {
        expect(await codes(`import "people.journey"\njourney j { for anna stage s { step a { via web emotion 1 } } }`, {
            'people.journey': 'persona anna\nchannel web'
        })).toEqual([]);
    });

    it('resolves imports two levels deep when each file imports what it uses', async () => {
        const workspace = await buildWorkspace({
            'a.journey': 'import "b.journey"\njourney j { for anna stage s { step x { at form emotion 1 } } }',
            'b.journey': 'import "c.journey"\npersona anna\ntouchpoint form { via web }',
            'c.journey': 'channel web'
        });
        expect(workspace.summary('a.journey')).toEqual([]);
        expect(workspace.summary('b.journey')).toEqual([]);
        expect(workspace.summary('c.journey')).toEqual([]);
    });

    it('resolves imports in sub-folders and parent folders relative to the importing file', async () => {
        const workspace = await buildWorkspace({
            'maps/a.journey': 'import "../shared/people.journey"\njourney j { for anna stage s { step x { via web emotion 1 } } }',
            'shared/people.journey': 'persona anna\nchannel web'
        });
        expect(workspace.summary('maps/a.journey')).toEqual([]);
    });
});

describe('duplicate-name', () => {
    it('reports the later of two personas of one name', async () => {
        const result = await diagnose('persona anna\npersona anna');
        expect(result.map(d => `${d.code} ${d.line}`)).toEqual(['unused-declaration 1', 'duplicate-name 2']);
    });

    it('lets a persona and a channel share a name', async () => {
        expect(await codes(map(`stage s { step web { via web emotion 1 } }`).replace('persona marek "Marek"', 'channel anna'))).toEqual(['unused-declaration']);
    });

    it('reports a local declaration that clashes with an imported one', async () => {
        const result = await diagnose('import "people.journey"\npersona anna', { 'people.journey': 'persona anna' });
        expect(result.map(d => `${d.code} ${d.line}`)).toEqual(['duplicate-name 2']);
        expect(result[0].message).toContain('people.journey');
    });

    it('reports two imports that bring the same name on the later import', async () => {
        const result = await diagnose('import "a.journey"\nimport "b.journey"\njourney j { for anna stage s { step x { via web emotion 1 } } }', {
            'a.journey': 'persona anna\nchannel web',
            'b.journey': 'persona anna'
        });
        expect(result.map(d => `${d.code} ${d.line}`)).toEqual(['duplicate-name 2']);
    });

    it('does not clash across files that do not import each other', async () => {
        const workspace = await buildWorkspace({ 'a.journey': 'persona anna', 'b.journey': 'persona anna' });
        expect(workspace.summary('a.journey')).toEqual(['hint unused-declaration line 1']);
        expect(workspace.summary('b.journey')).toEqual(['hint unused-declaration line 1']);
    });

    it('reports a second stage and a second step of one name in a journey, across stages', async () => {
        const result = await diagnose(map(`stage s { ${step('a', 'emotion 1')} }
  stage s { ${step('a', 'emotion 1')} }`));
        expect(result.map(d => `${d.code} ${d.line}:${d.column}`)).toEqual(['duplicate-name 8:9', 'duplicate-name 8:18']);
    });

    it('still checks the body of a duplicate step', async () => {
        expect(await codes(map(`stage s { ${step('a', 'emotion 1')} ${step('a', 'emotion 7')} }`))).toEqual(['duplicate-name', 'emotion-range']);
    });
});

describe('emotion-range', () => {
    it.each(['-3', '3', '+3', '0', '+1'])('accepts %s', async value => {
        expect(await codes(map(`stage s { ${step('a', `emotion ${value}`)} }`))).toEqual([]);
    });

    it.each(['-4', '4', '5', '1.5', '-0.5'])('rejects %s at the value', async value => {
        const [d] = await diagnose(map(`stage s { ${step('a', `emotion ${value}`)} }`));
        expect(d).toMatchObject({ code: 'emotion-range', severity: 'error', line: 7 });
        expect(d.endColumn - d.column).toBe(value.length);
    });

    it('checks a per-persona emotion too', async () => {
        expect(await codes(map(`stage s { ${step('a', 'emotion anna -4')} }`))).toEqual(['emotion-range']);
    });
});

describe('duplicate-emotion', () => {
    it('reports a second emotion for the same persona, at its persona', async () => {
        const result = await diagnose(map(`stage s { ${step('a', 'emotion anna 1 emotion anna 2')} }`));
        expect(result.map(d => d.code)).toEqual(['duplicate-emotion']);
        expect(result[0].column).toBeGreaterThan(30);
    });

    it('reports a second general emotion, at its value', async () => {
        const [d, ...rest] = await diagnose(map(`stage s { ${step('a', 'emotion 1 emotion -1')} }`));
        expect(rest).toEqual([]);
        expect(d).toMatchObject({ code: 'duplicate-emotion', severity: 'error', line: 7 });
        expect(d.endColumn - d.column).toBe(2);
    });

    it('takes a per-persona emotion beside a general one as an override, in either order', async () => {
        expect(await codes(map(`stage s { ${step('a', 'emotion 1 emotion marek 2')} }`, 'for anna, marek'))).toEqual([]);
        expect(await codes(map(`stage s { ${step('a', 'emotion marek 2 emotion 1')} }`, 'for anna, marek'))).toEqual([]);
    });

    it('allows one emotion per persona', async () => {
        expect(await codes(map(`stage s { ${step('a', 'emotion anna 1 emotion marek 2')} }`, 'for anna, marek'))).toEqual([]);
    });

    it('still reports the repeat of a persona whose emotion overrides the general one', async () => {
        expect(await codes(map(`stage s { ${step('a', 'emotion -2 emotion marek 1 emotion marek 2')} }`, 'for anna, marek'))).toEqual(['duplicate-emotion']);
    });
});

describe('persona-not-in-journey', () => {
    it('reports a persona in by that is not in for, at its name', async () => {
        const [d] = await diagnose(map(`stage s { ${step('a', 'by anna, marek emotion 1')} }`));
        expect(d).toMatchObject({ code: 'persona-not-in-journey', line: 7 });
        expect(d.endColumn - d.column).toBe(5);
    });

    it('reports a per-persona emotion for a persona not in for', async () => {
        expect(await codes(map(`stage s { ${step('a', 'emotion 1 emotion marek 1')} }`))).toEqual(['persona-not-in-journey']);
    });

    it('gives that step no unreachable-step and no no-emotion', async () => {
        expect(await codes(map(`stage s { ${step('a', 'emotion 1')} ${step('b', 'by marek')} }`))).toEqual(['persona-not-in-journey']);
    });
});

describe('second-journey', () => {
    it('reports the second journey at its name and still checks its body', async () => {
        const result = await diagnose(`${map(`stage s { ${step('a', 'emotion 1')} }`)}\njourney k { for anna stage t { step b { at form emotion 9 } } }`);
        expect(result.map(d => `${d.code} ${d.line}`)).toEqual(['second-journey 9', 'emotion-range 9']);
    });
});

describe('missing-import', () => {
    it('reports an import of a file that does not exist, at its path', async () => {
        const [d] = await diagnose('import "nope.journey"\npersona anna');
        expect(d).toMatchObject({ code: 'missing-import', severity: 'error', line: 1, column: 8 });
        expect(d.message).toContain('nope.journey');
    });
});

describe('missing-import cascades', () => {
    it('does not call names unknown while an import is missing, but still checks arrows\' targets', async () => {
        const result = await diagnose('import "nope.journey"\njourney j { for anna baseline old stage s { step a { via web emotion 1 -> b for anna } } }');
        expect(result.map(d => d.code)).toEqual(['missing-import', 'unknown-reference']);
        expect(result[1].message).toBe("Unknown step 'b'.");
    });
});

describe('touchpoint-without-channel', () => {
    it('reports a touchpoint with no via at its name', async () => {
        const result = await diagnose(map(`stage s { step a { at bare emotion 1 } }`).replace('journey j', 'touchpoint bare "Bare"\njourney j'));
        expect(result.map(d => `${d.code} ${d.line}:${d.column}`)).toEqual(['unused-declaration 4:12', 'touchpoint-without-channel 5:12']);
    });
});

describe('empty-stage', () => {
    it('warns about a stage with no steps', async () => {
        expect((await diagnose(map(`stage s { ${step('a', 'emotion 1')} } stage e { }`))).map(d => `${d.severity} ${d.code}`)).toEqual(['warning empty-stage']);
    });
});

describe('unreachable-step', () => {
    it('warns about a step no path reaches', async () => {
        const result = await diagnose(map(`stage s { ${step('a', 'emotion 1 end')} ${step('b', 'emotion 1')} }`));
        expect(result.map(d => `${d.severity} ${d.code} ${d.column}`)).toEqual(['warning unreachable-step 51']);
    });

    it('counts a step reached by an explicit arrow', async () => {
        expect(await codes(map(`stage s { ${step('a', 'emotion 1 -> c')} ${step('b', 'emotion 1 end')} ${step('c', 'emotion 1')} }`)))
            .toEqual(['unreachable-step']);
    });

    it('follows each persona along its own path through later stages', async () => {
        expect(await codes(map(`stage s { ${step('a', 'by anna emotion 1')} ${step('b', 'by marek emotion 1')} }
  stage t { ${step('c', 'by anna emotion 1')} ${step('d', 'by marek emotion 1')} }`, 'for anna, marek'))).toEqual([]);
    });
});

describe('metric-target-missed', () => {
    const metric = (target: string, actual: string) => `metric m "M" { target ${target} actual ${actual} }`;

    it.each([
        ['<= 20', '20', false], ['< 20', '20', true], ['>= 4.2', '4.2', false], ['> 4.2', '4.2', true],
        ['= 3', '3', false], ['= 3', '3.5', true], ['<= 20', '41', true], ['>= 4.2', '4.4', false]
    ])('target %s with actual %s: missed=%s', async (target, actual, missed) => {
        const result = (await diagnose(metric(target, actual))).filter(d => d.code === 'metric-target-missed');
        expect(result.length).toBe(missed ? 1 : 0);
    });

    it('reports once, on the actual value, in the words of the spec', async () => {
        const [d] = (await diagnose('metric dropoff "Form drop-off" {\n  unit "%"\n  target <= 20\n  actual 41\n}')).filter(x => x.code === 'metric-target-missed');
        expect(d).toMatchObject({ severity: 'warning', line: 4, column: 10, endColumn: 12, message: "Metric 'dropoff' misses its target: 41, target <= 20." });
    });

    it('says nothing of a metric without target or actual', async () => {
        expect(await codes('metric m { actual 3 }\nmetric n { target > 1 }')).toEqual(['unused-declaration', 'unused-declaration']);
    });
});

describe('persona-never-acts', () => {
    it('warns at the name in for', async () => {
        const result = await diagnose(map(`stage s { ${step('a', 'by anna emotion 1')} }`, 'for anna, marek'));
        expect(result.map(d => `${d.severity} ${d.code} ${d.line}:${d.column}`)).toEqual(['warning persona-never-acts 6:13']);
    });

    it('counts acting through a step without by', async () => {
        expect(await codes(map(`stage s { ${step('a', 'emotion 1')} }`, 'for anna, marek'))).toEqual([]);
    });
});

describe('no-touchpoint', () => {
    it('hints at a step with neither at nor via', async () => {
        expect((await diagnose(map(`stage s { step a { emotion 1 } }`))).map(d => `${d.severity} ${d.code}`)).toEqual(['hint unused-declaration', 'hint no-touchpoint']);
    });

    it.each(['current', 'future'])('applies to kind %s', async kind => {
        expect(await codes(map(`kind ${kind} stage s { step a { emotion 1 } }`))).toEqual(['unused-declaration', 'no-touchpoint']);
    });

    it.each(['day', 'blueprint'])('does not apply to kind %s', async kind => {
        expect(await codes(map(`kind ${kind} stage s { step a { emotion 1 } }`))).toEqual(['unused-declaration']);
    });
});

describe('no-emotion', () => {
    it('hints at a step missing an emotion for one of its actors', async () => {
        const result = await diagnose(map(`stage s { ${step('a', 'emotion anna 1')} }`, 'for anna, marek'));
        expect(result.map(d => `${d.severity} ${d.code}`)).toEqual(['hint no-emotion']);
        expect(result[0].message).toContain('marek');
    });

    it('counts an out-of-range emotion as given (one mistake, one diagnostic)', async () => {
        expect(await codes(map(`stage s { ${step('a', 'emotion 9')} }`))).toEqual(['emotion-range']);
    });
});

describe('pain-without-opportunity', () => {
    it('hints at the stage name', async () => {
        const result = await diagnose(map(`stage s { ${step('a', 'emotion 1 pain "slow"')} }`));
        expect(result.map(d => `${d.severity} ${d.code} ${d.column}`)).toEqual(['hint pain-without-opportunity 9']);
    });

    it('is satisfied by an opportunity on another step of the stage', async () => {
        expect(await codes(map(`stage s { ${step('a', 'emotion 1 pain "slow"')} ${step('b', 'emotion 1 opportunity "faster"')} }`))).toEqual([]);
    });
});

describe('unused-declaration', () => {
    it('hints at a declaration nothing references', async () => {
        const result = await diagnose(map(`stage s { ${step('a', 'emotion 1')} }`).replace('journey j', 'team ops "Ops"\njourney j'));
        expect(result.map(d => `${d.severity} ${d.code} ${d.line}`)).toEqual(['hint unused-declaration 5']);
    });

    it('counts a use from another file of the workspace', async () => {
        const workspace = await buildWorkspace({
            'people.journey': 'persona anna\nchannel web',
            'map.journey': 'import "people.journey"\njourney j { for anna stage s { step a { via web emotion 1 } } }'
        });
        expect(workspace.summary('people.journey')).toEqual([]);
    });

    it('counts a use that another rule rejects', async () => {
        expect(await codes(map(`stage s { ${step('a', 'by anna, marek emotion 1')} }`))).toEqual(['persona-not-in-journey']);
    });
});

describe('unknown-reference (journey): baseline', () => {
    const today = 'import "people.journey"\njourney today { for anna stage s { step a { via web emotion 1 } } }';
    const future = (baseline: string, imports = 'import "people.journey"\nimport "today.journey"') =>
        `${imports}\njourney tomorrow { kind future baseline ${baseline} for anna stage s { step a { via web emotion 1 } } }`;
    const files = { 'people.journey': 'persona anna\nchannel web', 'today.journey': today };

    it('names the journey of a directly imported file', async () => {
        expect(await codes(future('today'), files)).toEqual([]);
    });

    it('reports a journey that no imported file holds, in the reference\'s words', async () => {
        const result = await diagnose(future('yesterday'), files);
        expect(result.map(d => `${d.code} ${d.line}`)).toEqual(['unknown-reference 3']);
        expect(result[0].message).toBe("Unknown journey 'yesterday'.");
    });

    it('never names the journey\'s own name', async () => {
        expect((await diagnose(future('tomorrow'), files)).map(d => d.message)).toEqual(["Unknown journey 'tomorrow'."]);
    });

    it('does not see the journey of a file imported only through another (imports are not transitive)', async () => {
        const result = await diagnose(future('today', 'import "middle.journey"'), { ...files, 'middle.journey': 'import "today.journey"\nimport "people.journey"\npersona anna2' });
        expect(result.map(d => d.message)).toContain("Unknown journey 'today'.");
    });

    it('reports a second baseline as a repeated property', async () => {
        const text = future('today').replace('baseline today', 'baseline today baseline today');
        expect(await codes(text, files)).toEqual(['duplicate-property']);
    });
});

describe('repeated-name (a project warning): a name written twice in one list', () => {
    it.each([
        ['for', 'for anna, anna', `stage s { ${step('a', 'emotion 1')} }`],
        ['by', 'for anna', `stage s { ${step('a', 'by anna, anna emotion 1')} }`],
        ['at', 'for anna', `stage s { step a { at form, form emotion 1 } }`],
        ['an arrow\'s for', 'for anna', `stage s { ${step('a', 'emotion 1 -> b for anna, anna')} ${step('b', 'emotion 1')} }`]
    ])('gets one warning in %s, on the repeat', async (_where, header, body) => {
        const result = await diagnose(map(body, header));
        expect(result.map(d => `${d.severity} ${d.code}`)).toEqual(['warning repeated-name']);
        expect(result[0].message).toMatch(/^'(anna|form)' is already listed in this '(for|by|at)': remove the repeat\.$/);
    });
});

describe('project rules where the reference is silent', () => {
    it('reports a property given twice where the spec allows one', async () => {
        expect(await codes('persona anna { segment "a" segment "b" }')).toEqual(['unused-declaration', 'duplicate-property']);
        expect(await codes(map(`kind day kind future stage s { ${step('a', 'emotion 1')} }`))).toEqual(['duplicate-property']);
    });

    it('reports a journey without for', async () => {
        expect(await codes('journey j { stage s { step a { emotion 1 } } }')).toEqual(['journey-without-personas', 'no-touchpoint']);
    });

    it('warns about an emotion for a persona that does not act in the step', async () => {
        expect(await codes(map(`stage s { ${step('a', 'by anna emotion anna 1 emotion marek 1')} } stage t { ${step('b', 'emotion 1')} }`, 'for anna, marek')))
            .toEqual(['emotion-for-non-actor']);
    });
});
