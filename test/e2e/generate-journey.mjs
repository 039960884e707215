// The benches' journey (bench-preview.mjs in the real editor, the preview's webview-frame bench): its own
// module, so a bench can import it without the other's side effects.

/** A journey with `steps` steps in stages of 5, each with a touchpoint, emotion, pain and flow. */
export function generateJourney(steps) {
    const lines = ['persona p1 "First persona"', 'persona p2 "Second persona"', 'channel web "Website" { digital }',
        'touchpoint site "Web site" { via web }', '', `journey bench${steps} "Benchmark with ${steps} steps" {`, '  for p1, p2'];
    for (let s = 0; s < Math.ceil(steps / 5); s++) {
        lines.push(`  stage st${s} "Stage ${s + 1}" {`);
        for (let k = 0; k < 5 && s * 5 + k < steps; k++) {
            const n = s * 5 + k;
            lines.push(`    step s${n} "Step number ${n} of the journey" {`, `      by ${n % 2 ? 'p2' : 'p1'}`, '      at site',
                `      emotion ${(n % 7) - 3}`, `      pain "Pain ${n}"`, '    }');
        }
        lines.push('  }');
    }
    lines.push('}', '');
    return lines.join('\n');
}
