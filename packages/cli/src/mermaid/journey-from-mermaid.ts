import { IdMaker, type IdentifierCheck } from './journey-ids.js';
import type { MermaidJourney, MermaidTask } from './mermaid-journey.js';
import { emotionOfScore } from './score-scale.js';

export interface JourneyFromMermaidOptions {
    readonly isIdentifier: IdentifierCheck;
    /** Where the diagram came from, for the header comment: `notes.md, line 12`. */
    readonly source: string;
    /** The journey's id when the diagram has no title: usually the output file's name. */
    readonly fallbackName: string;
}

export interface ImportedJourney {
    /** The Journey file, formatted as the project's formatter formats it. */
    readonly text: string;
    /** What Journey cannot hold as Mermaid wrote it, and what the import did instead; one sentence each. */
    readonly notes: readonly string[];
    readonly counts: { readonly stages: number; readonly steps: number; readonly personas: number };
}

/** The persona that acts in every step of a diagram whose tasks name no actor. */
const EVERYONE = { name: 'Customer' };

/**
 * A Mermaid journey as a Journey file: title → the journey's label, sections → stages, tasks →
 * steps, actors → personas, score → emotion; tasks without actors act for every persona.
 */
export function journeyFromMermaid(diagram: MermaidJourney, options: JourneyFromMermaidOptions): ImportedJourney {
    const notes: string[] = [];
    for (const { line, text } of diagram.rejected) {
        notes.push(`line ${line}: '${text}' is not a statement of Mermaid's journey (Mermaid rejects it): left out.`);
    }

    const personaIds = new IdMaker(options.isIdentifier, 'persona');
    const personas = new Map<string, string>();
    for (const task of diagram.sections.flatMap(section => section.tasks)) {
        for (const actor of task.actors) {
            if (actor !== '' && !personas.has(actor)) personas.set(actor, personaIds.next(actor));
        }
    }
    if (personas.size === 0) {
        personas.set(EVERYONE.name, personaIds.next(EVERYONE.name));
        notes.push(`No task names an actor: every step is for one persona, '${personas.get(EVERYONE.name)}'; rename it after who takes this journey.`);
    }

    const label = clean(diagram.title ?? diagram.accTitle ?? '');
    const journeyId = new IdMaker(options.isIdentifier, 'journey').next(label || options.fallbackName);
    const goals = (diagram.accDescr ?? '').split('\n').map(clean).filter(goal => goal !== '');

    const stageIds = new IdMaker(options.isIdentifier, 'stage');
    const stepIds = new IdMaker(options.isIdentifier, 'step');
    const taskLines = new Map<string, number>();
    const stages: string[] = [];
    let steps = 0;
    for (const section of diagram.sections) {
        const stageLabel = section.name === '' ? 'Tasks' : clean(section.name);
        if (section.tasks.length === 0) {
            notes.push(`line ${section.line}: section '${stageLabel}' has no tasks: left out.`);
            continue;
        }
        if (section.name === '') {
            notes.push(`line ${section.line}: the tasks before the first section are in a stage 'Tasks'.`);
        }
        const lines = [`  stage ${stageIds.next(stageLabel)} ${quote(stageLabel)} {`];
        for (const task of section.tasks) {
            lines.push(`    ${stepLine(task, stepIds, personas, taskLines, notes)}`);
            steps++;
        }
        lines.push('  }');
        stages.push(lines.join('\n'));
    }
    if (stages.length === 0) {
        notes.push('The diagram has no tasks: the journey has one empty stage.');
        stages.push(`  stage ${stageIds.next('Tasks')} "Tasks" {\n  }`);
    }

    const header = [`// Imported from Mermaid: ${options.source}.`];
    if (diagram.title && diagram.accTitle) header.push(`// accTitle: ${clean(diagram.accTitle)}`);
    header.push(...notes.map(note => `// Note: ${note}`));
    const journeyLines = [
        `journey ${journeyId}${label ? ` ${quote(label)}` : ''} {`,
        ...goals.map(goal => `  goal ${quote(goal)}`),
        `  for ${[...personas.values()].join(', ')}`,
        '',
        stages.join('\n\n'),
        '}'
    ];
    const text = [
        header.join('\n'),
        [...personas].map(([name, id]) => `persona ${id} ${quote(name)}`).join('\n'),
        journeyLines.join('\n')
    ].join('\n\n') + '\n';
    return { text, notes, counts: { stages: stages.length, steps, personas: personas.size } };
}

function stepLine(task: MermaidTask, ids: IdMaker, personas: ReadonlyMap<string, string>, taskLines: Map<string, number>, notes: string[]): string {
    const name = clean(task.name);
    const id = ids.next(name || 'task');
    const earlier = taskLines.get(name);
    if (earlier !== undefined) {
        notes.push(`line ${task.line}: a second task '${name}' (the first is on line ${earlier}): step '${id}'.`);
    } else {
        taskLines.set(name, task.line);
    }
    const properties: string[] = [];
    const actors = [...new Set(task.actors.filter(actor => actor !== ''))];
    if (task.actors.includes('')) {
        notes.push(`line ${task.line}: task '${name}' names an empty actor: left out${actors.length === 0 ? ', so the step is for every persona' : ''}.`);
    }
    if (actors.length > 0) {
        properties.push(`by ${actors.map(actor => personas.get(actor)!).join(', ')}`);
    }
    const emotion = emotionOf(task, name, notes);
    if (emotion !== undefined) properties.push(`emotion ${emotion}`);
    if (task.ignored !== undefined) {
        notes.push(`line ${task.line}: task '${name}': '${task.ignored}' after the actors is ignored, as Mermaid ignores it.`);
    }
    return `step ${id} ${quote(name || id)}${properties.length > 0 ? ` { ${properties.join(' ')} }` : ''}`;
}

function emotionOf(task: MermaidTask, name: string, notes: string[]): number | undefined {
    if (task.scoreText === '') {
        notes.push(`line ${task.line}: task '${name}' has no score: the step has no emotion.`);
        return undefined;
    }
    if (!Number.isFinite(task.score)) {
        notes.push(`line ${task.line}: task '${name}' has the score '${task.scoreText}', not a number: the step has no emotion.`);
        return undefined;
    }
    const emotion = emotionOfScore(task.score);
    if (!Number.isInteger(task.score) || task.score < 1 || task.score > 5) {
        notes.push(`line ${task.line}: task '${name}' has the score ${task.scoreText}, outside Mermaid's 1 to 5: emotion ${emotion}.`);
    }
    return emotion;
}

/** `<br>` variants (a line break in Mermaid's labels) become a space; runs of white space, one. */
function clean(text: string): string {
    return text.replace(/<br\s*\/?>/gi, ' ').replace(/\s+/g, ' ').trim();
}

function quote(text: string): string {
    return `"${text.replace(/[\\"]/g, character => `\\${character}`)}"`;
}
