/**
 * Generated maps for benchmarks and load tests: valid Journey text of a chosen size, as a user
 * would write it (no warning: every step on some persona's path), the same text for the same
 * options (a seeded generator), about 100 bytes per step like hand-written maps.
 */
export interface GenerateOptions {
    steps: number;
    personas?: number;
    stepsPerStage?: number;
    seed?: number;
    /** Declarations go into this many shared files the map imports (0: all in the map file). */
    sharedFiles?: number;
}

export interface GeneratedWorkspace {
    /** File name → text. The map file is `map.journey`. */
    files: Record<string, string>;
}

function random(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

const words = ['checks', 'compares', 'opens', 'reads', 'asks', 'waits', 'pays', 'signs', 'calls', 'uploads', 'reviews', 'returns'];
const things = ['the offer', 'the form', 'a receipt', 'the app', 'the branch', 'an e-mail', 'the fees', 'a code', 'the status'];

export function generateJourney(options: GenerateOptions): string {
    return generateWorkspace({ ...options, sharedFiles: 0 }).files['map.journey'];
}

export function generateWorkspace(options: GenerateOptions): GeneratedWorkspace {
    const rand = random(options.seed ?? 42);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)];
    const personaCount = options.personas ?? 4;
    const perStage = options.stepsPerStage ?? 10;
    const personas = Array.from({ length: personaCount }, (_, i) => `p${i}`);
    const channels = ['web', 'app', 'branch', 'phone', 'mail'];
    const touchpoints = Array.from({ length: 20 }, (_, i) => `t${i}`);
    const metrics = Array.from({ length: 5 }, (_, i) => `m${i}`);
    const teams = ['sales', 'ops', 'care'];

    const declarations: string[] = [];
    personas.forEach((p, i) => declarations.push(`persona ${p} "Persona ${i}" { segment "segment ${i % 3}" need "Get it done" }`));
    channels.forEach((c, i) => declarations.push(`channel ${c} "Channel ${c}" { ${i % 2 === 0 ? 'digital' : 'physical'} }`));
    teams.forEach(t => declarations.push(`team ${t} "Team ${t}"`));
    touchpoints.forEach((t, i) => declarations.push(`touchpoint ${t} "Touchpoint ${i}" { via ${channels[i % channels.length]} owner ${teams[i % teams.length]} }`));
    metrics.forEach((m, i) => declarations.push(`metric ${m} "Metric ${i}" { unit "%" target <= ${20 + i} actual ${15 + i} }`));

    // Every persona acts in every third step; one or two of them in the others.
    const actorsOf = (i: number): string[] => i % 3 === 0
        ? personas
        : [personas[i % personaCount], ...(i % 5 === 0 && personaCount > 1 ? [personas[(i + 1) % personaCount]] : [])];
    const acts = (persona: string, i: number): boolean => actorsOf(i).includes(persona);
    /*
     * Every 25th step sends a fifth of its customers back five steps ("again"), as a map's rework
     * loop is written: each persona's arrows lead to steps it acts in (its next one, and the latest
     * one at least five steps back), so every step stays on some persona's path.
     */
    const reworkArrows = (i: number): string[] => {
        const grouped = (target: (persona: string) => number | undefined, rest: string): string[] => {
            const byTarget = new Map<number, string[]>();
            for (const persona of actorsOf(i)) {
                const to = target(persona);
                if (to !== undefined) byTarget.set(to, [...(byTarget.get(to) ?? []), persona]);
            }
            return [...byTarget].map(([to, who]) => `-> s${to}${rest} for ${who.join(', ')}`);
        };
        const forward = (persona: string): number | undefined => {
            for (let j = i + 1; j < options.steps; j++) if (acts(persona, j)) return j;
            return undefined;
        };
        const back = (persona: string): number | undefined => {
            for (let j = i - 5; j >= 0; j--) if (acts(persona, j)) return j;
            return undefined;
        };
        return [...grouped(forward, ''), ...grouped(back, ' 20% "again"')];
    };

    const lines: string[] = [];
    const shared = options.sharedFiles ?? 0;
    const files: Record<string, string> = {};
    if (shared > 0) {
        for (let f = 0; f < shared; f++) {
            lines.push(`import "shared-${f}.journey"`);
            files[`shared-${f}.journey`] = declarations.filter((_, i) => i % shared === f).join('\n') + '\n';
        }
    } else {
        lines.push(...declarations);
    }
    lines.push(`journey bench "Generated journey of ${options.steps} steps" {`, '  kind current', '  goal "Measure the tools"', `  for ${personas.join(', ')}`);
    for (let i = 0; i < options.steps; i++) {
        if (i % perStage === 0) {
            if (i > 0) {
                lines.push('  }');
            }
            lines.push(`  stage g${i / perStage} "Stage ${i / perStage}" {`);
        }
        const actors = i % 3 === 0 ? '' : `by ${actorsOf(i).join(', ')} `;
        const extras: string[] = [];
        if (i % 7 === 0) {
            extras.push(`pain "It ${pick(words)} too slowly"`, `opportunity "Make ${pick(things)} faster"`);
        }
        if (i % 11 === 0) {
            extras.push(`metric ${metrics[i % metrics.length]} owner ${teams[i % teams.length]}`);
        }
        if (i % 25 === 24 && i + 1 < options.steps) {
            extras.push(...reworkArrows(i));
        }
        lines.push(`    step s${i} "${pick(words)} ${pick(things)} ${i}" { ${actors}at ${touchpoints[i % touchpoints.length]} emotion ${(i % 7) - 3} ${extras.join(' ')} }`);
    }
    lines.push('  }', '}');
    files['map.journey'] = lines.join('\n') + '\n';
    return { files };
}
