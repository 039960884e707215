import type { JourneyModel, Step } from '@journey-maps/model';
import { scoreOfEmotion } from './score-scale.js';

export interface MermaidExport {
    /** The Mermaid `journey` diagram. */
    readonly text: string;
    /** What the diagram leaves out, as `3 pains`, `2 arrows`; empty when it shows the whole map. */
    readonly leftOut: readonly string[];
}

/**
 * A journey model as Mermaid's `journey`: the title, goals as accDescr, stages as sections, steps
 * as tasks with their acting personas as actors and the mean of their emotions as the score.
 * `arrows` is the number of explicit `->` arrows of the map, which the model holds only as flow.
 */
export function mermaidFromModel(model: JourneyModel, arrows = 0): MermaidExport {
    const actorNames = actorNamesOf(model);
    const lines = ['journey'];
    if (model.journey.title.trim() !== '') lines.push(`  title ${escape(model.journey.title, 'title')}`);
    const goals = model.journey.goals.map(goal => escape(goal, 'description')).filter(goal => goal !== '');
    if (goals.length === 1) lines.push(`  accDescr: ${goals[0]}`);
    if (goals.length > 1) lines.push('  accDescr {', ...goals.map(goal => `    ${goal}`), '  }');
    let unscored = 0;
    let averaged = 0;
    for (const stage of model.stages) {
        if (stage.steps.length === 0) continue;
        lines.push(`  section ${escape(stage.label.trim() || stage.id, 'name')}`);
        for (const step of stage.steps) {
            const values = step.emotions.map(emotion => emotion.value);
            if (values.length === 0) unscored++;
            if (new Set(values).size > 1) averaged++;
            const mean = values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
            const actors = step.actors.map(id => actorNames.get(id) ?? escape(id, 'actor'));
            lines.push(`    ${escape(step.label.trim() || step.id, 'name')}: ${scoreOfEmotion(mean)}${actors.length > 0 ? `: ${actors.join(', ')}` : ''}`);
        }
    }
    return { text: `${lines.join('\n')}\n`, leftOut: leftOut(model, arrows, unscored, averaged) };
}

/** Persona labels as Mermaid actor names; a label two personas share gets the id to keep them apart. */
function actorNamesOf(model: JourneyModel): Map<string, string> {
    const names = new Map<string, string>();
    const used = new Set<string>();
    for (const persona of model.personas) {
        let name = escape(persona.label.trim() || persona.id, 'actor');
        if (used.has(name)) name = escape(`${persona.label.trim()} (${persona.id})`, 'actor');
        used.add(name);
        names.set(persona.id, name);
    }
    return names;
}

type Slot = 'title' | 'description' | 'name' | 'actor';

/**
 * Characters that would end or split the statement they are in become Mermaid entity codes
 * (`#58;` for ':'), which Mermaid draws as the character; so do words that Mermaid's lexer would
 * read as a keyword at the start of a task name.
 */
function escape(text: string, slot: Slot): string {
    const special = { title: /[#;%\n]/g, description: /[#;%}\n]/g, name: /[#:;%\n]/g, actor: /[#:;,%\n]/g }[slot];
    const escaped = text.replace(/\s*\n\s*/g, ' ').replace(special, character => `#${character.codePointAt(0)};`).trim();
    // A task name is followed by ':' on its line: a bare `accTitle` would read as `accTitle:`.
    if (slot === 'name' && /^(journey\b|title\s|acctitle\s*:|accdescr\s*[:{]|section\s)/i.test(`${escaped}:`)) {
        return `#${escaped.codePointAt(0)};${escaped.slice(1)}`;
    }
    return escaped;
}

function leftOut(model: JourneyModel, arrows: number, unscored: number, averaged: number): string[] {
    const steps: Step[] = model.stages.flatMap(stage => stage.steps);
    const count = (f: (step: Step) => number) => steps.reduce((sum, step) => sum + f(step), 0);
    const acting = new Set(steps.flatMap(step => step.actors));
    const items: Array<[number, string, string]> = [
        [arrows, 'arrow', 'arrows'],
        [count(step => step.next.filter(next => next.share !== undefined).length), 'share', 'shares'],
        [count(step => (step.end ? 1 : 0)), 'end mark', 'end marks'],
        [count(step => (step.momentOfTruth ? 1 : 0)), 'moment of truth', 'moments of truth'],
        [count(step => step.touchpoints.length + step.channels.length), 'touchpoint or channel', 'touchpoints and channels'],
        [count(step => step.needs.length + step.thinks.length), 'need or thought', 'needs and thoughts'],
        [count(step => step.pains.length), 'pain', 'pains'],
        [count(step => step.opportunities.length), 'opportunity', 'opportunities'],
        [count(step => step.frontstage.length + step.backstage.length + step.support.length + step.evidence.length), 'blueprint lane item', 'blueprint lane items'],
        [count(step => step.metrics.length), 'metric', 'metrics'],
        [count(step => (step.owner !== undefined ? 1 : 0)), 'owner', 'owners'],
        [count(step => step.emotions.filter(emotion => emotion.label !== undefined).length), 'emotion word', 'emotion words'],
        [model.journey.personas.filter(id => !acting.has(id)).length, 'persona who never acts', 'personas who never act'],
        [averaged, 'step whose personas feel differently (their mean is the score)', 'steps whose personas feel differently (their mean is the score)'],
        [unscored, 'step without an emotion (score 3)', 'steps without an emotion (score 3)']
    ];
    return items.filter(([n]) => n > 0).map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
}
