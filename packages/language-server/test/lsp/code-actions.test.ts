import { testCodeAction } from 'langium/test';
import { describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { exampleTexts, TestWorkspace } from './lsp-test-services.js';

const fixable = ['unknown-reference', 'emotion-range', 'persona-not-in-journey', 'no-emotion', 'touchpoint-without-channel', 'unused-declaration',
    'scale-range', 'share-range', 'duplicate-emotion', 'repeated-name', 'path-to-non-actor', 'arrow-for-non-actor'];

/** A file that has every fixable problem, in several shapes. */
const problems = `import "bank-people.journey"
persona ghost "Nobody uses me"
team idle
touchpoint kiosk "Kiosk"
touchpoint desk "Desk" { owner sales }
channel lonely { physical }

journey fixes {
  for anna
  stage one {
    step a { by ana at form emotion 5 }
    step b {
      by anna
      at frm
      emotion -4
    }
    step c "No body"
    step d { by marek at kiosk emotion 0 }
    step e { by anna at desk emotion anna 1.5 -> nowhere }
    step f {
      at form
      via wbe
      metric dropof
      owner sale
    }
    step g { at nothing-like-it emotion marek 1 }
    step h { by anna at form emotion 1 emotion +2 pain "p" severity 9 opportunity "o" impact 0 effort 6.5 -> i 120% }
    step i { by anna, anna at form, form emotion anna 1 emotion anna -1 -> j -5% "x" }
    step j { by anna at form emotion 0 }
  }
}
`;

async function codeActions(ws: TestWorkspace, file: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
    const document = ws.doc(file);
    const actions = await ws.services.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
    });
    return (actions ?? []) as CodeAction[];
}

describe('quick fixes', () => {
    it('offers a fix for each fixable diagnostic, and applying any fix never adds an error', async () => {
        const texts = new Map([...exampleTexts(), ['problems.journey', problems]]);
        const ws = await TestWorkspace.of(texts);
        const before = ws.errorCounts();
        let applied = 0;
        const seen = new Set<string>();
        for (const file of ['problems.journey', 'broken.journey', 'clinic-paths.journey']) {
            const diagnostics = ws.diagnostics(file).filter(d => fixable.includes(String(d.code)));
            for (const diagnostic of diagnostics) {
                const actions = await codeActions(ws, file, diagnostic);
                const where = `${file}:${diagnostic.range.start.line + 1} ${String(diagnostic.code)} ${diagnostic.message}`;
                expect(actions.length, where).toBeGreaterThan(0);
                seen.add(String(diagnostic.code));
                for (const action of actions) {
                    const changed = ws.applied(action.edit!);
                    const after = await TestWorkspace.of(new Map([...texts, ...changed]));
                    for (const [name, count] of after.errorCounts()) {
                        expect(count, `${where} → "${action.title}": errors in ${name}\n${changed.get(file)}`).toBeLessThanOrEqual(before.get(name)!);
                    }
                    const same = after.diagnostics(file).filter(d => d.code === diagnostic.code && d.message === diagnostic.message);
                    expect(same.length, `${where} → "${action.title}" leaves its diagnostic`).toBeLessThan(ws.diagnostics(file).filter(d => d.code === diagnostic.code && d.message === diagnostic.message).length);
                    applied++;
                }
            }
        }
        expect([...seen].sort()).toEqual([...fixable].sort());
        expect(applied).toBeGreaterThan(35);
    }, 120_000);

    it('suggests the closest visible name and declares the unknown one', async () => {
        const ws = await TestWorkspace.of(new Map([...exampleTexts(), ['problems.journey', problems]]));
        const diagnostic = ws.diagnostics('problems.journey').find(d => d.message === "Unknown persona 'ana'.")!;
        const titles = (await codeActions(ws, 'problems.journey', diagnostic)).map(a => a.title);
        expect(titles).toEqual(["Change to 'anna'", "Declare persona 'ana'"]);
        const tp = ws.diagnostics('problems.journey').find(d => d.message === "Unknown touchpoint 'frm'.")!;
        expect((await codeActions(ws, 'problems.journey', tp)).map(a => a.title)).toEqual(["Change to 'form'", "Declare touchpoint 'frm'"]);
        const far = ws.diagnostics('problems.journey').find(d => d.message === "Unknown touchpoint 'nothing-like-it'.")!;
        expect((await codeActions(ws, 'problems.journey', far)).map(a => a.title)).toEqual(["Declare touchpoint 'nothing-like-it'"]);
    });

    it('declares an unknown channel when no visible name is close (testCodeAction)', async () => {
        const ws = await TestWorkspace.of(exampleTexts());
        const check = testCodeAction(ws.services);
        // Langium's helper matches diagnostics by data.code: linking errors carry 'linking-error'.
        const result = await check(
            'channel web\ntouchpoint t { via counter }\npersona p\njourney j { for p stage s { step a { at t emotion 0 } } }',
            'linking-error',
            'channel web\ntouchpoint t { via counter }\npersona p\njourney j { for p stage s { step a { at t emotion 0 } } }\nchannel counter\n'
        );
        expect(result.action?.title).toBe("Declare channel 'counter'");
        await (result as unknown as { dispose(): Promise<void> }).dispose();
    });

    it('produces the expected text for each kind of fix', async () => {
        const ws = await TestWorkspace.of(new Map([...exampleTexts(), ['problems.journey', problems]]));
        const fix = async (message: RegExp | string, title?: string): Promise<string> => {
            const diagnostic = ws.diagnostics('problems.journey').find(d => typeof message === 'string' ? d.message === message : message.test(String(d.message)));
            expect(diagnostic, String(message)).toBeDefined();
            const actions = await codeActions(ws, 'problems.journey', diagnostic!);
            const action = title ? actions.find(a => a.title === title) : actions[0];
            expect(action, `${String(message)}: ${actions.map(a => a.title).join(', ')}`).toBeDefined();
            return ws.applied(action!.edit!).get('problems.journey')!;
        };
        expect(await fix(/Emotion 5 is out of range/)).toContain('emotion 3 }');
        expect(await fix(/Emotion -4 is out of range/)).toContain('emotion -3\n');
        expect(await fix(/Emotion 1.5 is out of range/)).toContain('emotion anna 2 ->');
        expect(await fix(/Persona 'marek' is not in this journey's 'for'/)).toContain('for anna, marek\n');
        expect(await fix(/Touchpoint 'kiosk' has no channel/, "Add 'via web'")).toContain('touchpoint kiosk "Kiosk" { via web }');
        expect(await fix(/Touchpoint 'desk' has no channel/, "Add 'via web'")).toContain('touchpoint desk "Desk" { via web owner sales }');
        expect(await fix(/Persona 'ghost' is never used/)).not.toContain('ghost');
        expect(await fix(/Channel 'lonely' is never used/)).toContain('touchpoint desk "Desk" { owner sales }\n\njourney');
        expect(await fix(/Step 'c' records no emotion/)).toContain('step c "No body" { emotion 0 }');
        expect(await fix(/Step 'f' records no emotion/)).toContain('      owner sale\n      emotion 0\n    }');
        expect(await fix("Unknown step 'nowhere'.", "Declare step 'nowhere'")).toContain('-> nowhere }\n    step nowhere\n');
        expect(await fix("Unknown persona 'ana'.", "Declare persona 'ana'")).toMatch(/persona ana\n\njourney fixes \{\n {2}for anna, ana\n/);
        expect(await fix(/Severity 9 is out of range/)).toContain('pain "p" severity 5 opportunity');
        expect(await fix(/Impact 0 is out of range/)).toContain('impact 1 effort 6.5');
        expect(await fix(/Effort 6.5 is out of range/)).toContain('impact 0 effort 5 ->');
        expect(await fix(/Share 120% is out of range/)).toContain('-> i 100% }');
        expect(await fix(/Share -5% is out of range/)).toContain('-> j 0% "x" }');
        expect(await fix(/A second emotion for the actors of step 'h'/)).toContain('emotion 1 pain "p"');
        expect(await fix(/A second emotion for the actors of step 'h'/, "Keep 'emotion +2', remove 'emotion 1'")).toContain('at form emotion +2 pain');
        expect(await fix(/A second emotion for 'anna' on step 'i'/)).toContain('emotion anna 1 -> j');
        expect(await fix(/'anna' is already listed in this 'by'/)).toContain('step i { by anna at form, form');
        expect(await fix(/'form' is already listed in this 'at'/)).toContain('step i { by anna, anna at form emotion');
    });

    it('fixes the arrows of clinic-paths as their messages suggest', async () => {
        const ws = await TestWorkspace.of(exampleTexts());
        const fix = async (code: string, title: string): Promise<string> => {
            const diagnostic = ws.diagnostics('clinic-paths.journey').find(d => d.code === code)!;
            const actions = await codeActions(ws, 'clinic-paths.journey', diagnostic);
            const action = actions.find(a => a.title === title);
            expect(action, `${code}: ${actions.map(a => a.title).join(', ')}`).toBeDefined();
            return ws.applied(action!.edit!).get('clinic-paths.journey')!;
        };
        expect(await fix('path-to-non-actor', "Add 'jan' to the 'by' of 'arrive'")).toContain('by ola, jan via clinic');
        expect(await fix('path-to-non-actor', "Apply the arrow only to 'ola'")).toContain('      -> arrive for ola\n');
        expect(await fix('arrow-for-non-actor', "Remove 'for jan': the arrow then applies to every actor")).toContain('emotion 1\n      -> confirm\n');
        expect(await fix('arrow-for-non-actor', "Remove the arrow: no actor of 'book-online' takes it")).toContain('by ola at booking emotion 1\n    }');
        expect(await fix('arrow-for-non-actor', "Add 'jan' to the step's 'by'")).toContain('by ola, jan at booking');
    });
});
