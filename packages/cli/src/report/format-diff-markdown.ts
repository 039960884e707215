import type { JourneyDiff } from '@journey-maps/model';
import { metricStateText, stepChangeDetails, stepChanged } from './format-diff-text.js';
import { markdownIdsListed, markdownStepRows } from './comment-size.js';
import { escapeMarkdown as md, formatEmotion, formatNumber, markdownTable, plural } from './tables.js';

/** `journey diff --format markdown`: for a pull-request comment. */
export function formatDiffMarkdown(diff: JourneyDiff): string {
    return `## Journey diff: \`${md(diff.old.journey)}\` → \`${md(diff.new.journey)}\`\n\n${md(diff.old.file)} → ${md(diff.new.file)}\n\n${formatDiffBodyMarkdown(diff, '###')}`;
}

/**
 * The comparison's sections under headings of the given level; also the last section of a report.
 * Long lists are cut to what fits a comment (comment-size.ts), in file order, saying how many more.
 */
export function formatDiffBodyMarkdown(diff: JourneyDiff, heading: string): string {
    const { resolved, new: added, scoreBefore, scoreAfter } = diff.hotspots;
    const parts = [
        `**Hotspots:** ${resolved.length} resolved, ${added.length} new · total score ${formatNumber(scoreBefore)} → ${formatNumber(scoreAfter)}\n`
        + (resolved.length > 0 ? `\nResolved: ${idList(resolved)}\n` : '')
        + (added.length > 0 ? `\nNew: ${idList(added)}\n` : '')
    ];
    const listed = diff.steps.filter(s => s.status !== 'kept' || stepChanged(s));
    const shown = listed.slice(0, markdownStepRows);
    const unchanged = diff.steps.length - listed.length;
    const notes = [
        ...(listed.length > shown.length ? [`… and ${plural(listed.length - shown.length, 'more step', 'more steps')} added, removed or changed (the text and JSON forms list every one).`] : []),
        ...(unchanged > 0 ? [`${unchanged} more kept unchanged.`] : [])
    ];
    parts.push(`${heading} Steps\n\n${shown.length > 0
        ? markdownTable(['step', 'stage', 'change', 'details'], shown.map(change => [
            `\`${md(change.step)}\``,
            md(change.stage),
            change.status === 'kept' ? (change.movedFrom !== undefined ? `moved from ${md(change.movedFrom)}` : 'changed') : change.status,
            stepChangeDetails(change).map(md).join('<br>')
        ]), ['left', 'left', 'left', 'left'])
        : 'No step added, removed or changed.\n'}${notes.map(note => `\n${note}\n`).join('')}`);
    parts.push(`${heading} Personas\n\n${markdownTable(['persona', 'average before', 'average after', 'lowest before', 'lowest after'], diff.personas.map(p => [
        md(p.id), formatEmotion(p.averageBefore), formatEmotion(p.averageAfter),
        p.lowestBefore ? `${formatEmotion(p.lowestBefore.value)} at ${md(p.lowestBefore.step)}` : '–',
        p.lowestAfter ? `${formatEmotion(p.lowestAfter.value)} at ${md(p.lowestAfter.step)}` : '–'
    ]), ['left', 'right', 'right', 'left', 'left'])}`);
    if (diff.metrics.length > 0) {
        parts.push(`${heading} Metrics\n\n${markdownTable(['metric', 'before', 'after'], diff.metrics.map(m => [md(m.id), md(metricStateText(m.before, diff.old.kind)), md(metricStateText(m.after, diff.new.kind))]), ['left', 'left', 'left'])}`);
    }
    return parts.join('\n');
}

/** Step ids as code, the first ones of a long list and how many more. */
function idList(ids: readonly string[]): string {
    const shown = ids.slice(0, markdownIdsListed).map(id => `\`${md(id)}\``).join(', ');
    return ids.length > markdownIdsListed ? `${shown} and ${ids.length - markdownIdsListed} more` : shown;
}
