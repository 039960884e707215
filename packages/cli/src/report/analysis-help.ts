import { defaultScale, defaultSeverity, scoringRules } from '@journey-maps/language';
import type { HelpTopic } from '../cli-options.js';
import { markdownStageRows, markdownStepRows } from './comment-size.js';

/** The default of `--top` in text and Markdown: what fits a terminal screen or a comment. */
export const defaultTop = 5;

/** `journey report --help` and `journey diff --help`; the scoring part is written from the core's own rules. */
export function analysisHelp(topic: HelpTopic): string {
    return topic === 'report' ? reportHelp() : diffHelp;
}

function reportHelp(): string {
    const width = Math.max(...scoringRules.map(rule => rule.kind.length)) + 2;
    const indent = ' '.repeat(width + 2);
    const rules = scoringRules.map(rule => {
        const [first, ...rest] = wrap(rule.points, 88 - indent.length);
        return [
            `  ${rule.kind.padEnd(width)}${first}`,
            ...rest.map(line => `${indent}  ${line}`),
            ...wrap(`why: ${rule.why}`, 88 - indent.length).map(line => `${indent}${line}`)
        ].join('\n');
    }).join('\n');
    return `journey report FILE [--format text|markdown|json] [--top N]

Where FILE's journey hurts and what to fix first, from what the map already says: the
hotspots ranked with their reasons, the opportunities quick wins first, each stage's
health and each persona's average and lowest point.

Options:
  -f, --format   text (default, for a terminal), markdown (for a pull-request comment:
                 more than ${markdownStageRows} stages shown as the ${markdownStageRows} highest-scoring) or json (validated
                 against the report schema before it is written)
      --top N    how many hotspots and quick wins to show (text and markdown: ${defaultTop};
                 json: all, unless --top is given)

Scoring. A step is a hotspot when it has at least one reason; its score is the sum of the
points of its reasons. The unit is one point of emotion below zero:

${rules}

In a future-state map (kind future) metrics are targets, not measurements, so a metric
is never missed there. Hotspots rank by score, highest first; equal scores keep file order.
Scores are shown to two decimals; ranks use the exact sums.

Quick wins: opportunities rank by impact / effort (a missing value counts as ${defaultScale}), then
by the score of their step, then file order. A pain without severity counts ${defaultSeverity}.

A journey with a baseline also gets its comparison with it (see 'journey diff --help').

Exit codes: 0 the report was written (a report is not a check), 1 the file or its imports
have errors (the report needs a valid map), 2 usage error.
`;
}

const diffHelp = `journey diff OLD NEW [--format text|markdown|json]

Compare two journeys: a future state with today's, or two versions of one map in review.
OLD and NEW are .journey files, or REV:PATH: the file at PATH (relative to the current
folder, as for a file) as git has it at revision REV, its imports read at the same revision.

  journey diff HEAD:maps/onboarding.journey maps/onboarding.journey   an uncommitted change
  journey diff main:maps/onboarding.journey feature:maps/onboarding.journey   a branch

Stages and steps are matched by name (a renamed step is one removed and one added): the
steps added, removed and kept (and kept steps moved to another stage), each persona's
emotion before and after, pains and opportunities added and removed, each persona's
average and lowest point, metrics before and after, and the hotspots resolved and new
with the total score before and after (scored as 'journey report --help' says).

Options:
  -f, --format   text (default), markdown (for a pull-request comment: the first
                 ${markdownStepRows} changed steps) or json

Exit codes: 0 the comparison was written, 1 either map or its imports have errors,
2 usage error (a missing file, git not installed, not inside a git repository, an
unknown revision, or a path that the revision does not have).
`;

function wrap(text: string, width: number): string[] {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(' ')) {
        if (line && line.length + word.length + 1 > width) {
            lines.push(line);
            line = word;
        } else {
            line = line ? `${line} ${word}` : word;
        }
    }
    return line ? [...lines, line] : lines;
}
