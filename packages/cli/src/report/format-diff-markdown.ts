import type { JourneyDiff } from '@journey-maps/model';
import { metricStateText, stepChangeDetails, stepChanged } from './format-diff-text.js';
import { escapeMarkdown as md, formatEmotion, formatNumber, markdownTable } from './tables.js';

/** `journey diff --format markdown`: for a pull-request comment. */
export function formatDiffMarkdown(diff: JourneyDiff): string {
    return `## Journey diff: \`${md(diff.old.journey)}\` → \`${md(diff.new.journey)}\`\n\n${md(diff.old.file)} → ${md(diff.new.file)}\n\n${formatDiffBodyMarkdown(diff, '###')}`;
}

/** The comparison's sections under headings of the given level; also the last section of a report. */
export function formatDiffBodyMarkdown(diff: JourneyDiff, heading: string): string {
    const { resolved, new: added, scoreBefore, scoreAfter } = diff.hotspots;
    const parts = [
        `**Hotspots:** ${resolved.length} resolved, ${added.length} new · total score ${formatNumber(scoreBefore)} → ${formatNumber(scoreAfter)}\n`
        + (resolved.length > 0 ? `\nResolved: ${resolved.map(id => `\`${md(id)}\``).join(', ')}\n` : '')
        + (added.length > 0 ? `\nNew: ${added.map(id => `\`${md(id)}\``).join(', ')}\n` : '')
    ];
    const listed = diff.steps.filter(s => s.status !== 'kept' || stepChanged(s));
    const unchanged = diff.steps.length - listed.length;
    parts.push(`${heading} Steps\n\n${listed.length > 0
        ? markdownTable(['step', 'stage', 'change', 'details'], listed.map(change => [
            `\`${md(change.step)}\``,
            md(change.stage),
            change.status === 'kept' ? (change.movedFrom !== undefined ? `moved from ${md(change.movedFrom)}` : 'changed') : change.status,
            stepChangeDetails(change).map(md).join('<br>')
        ]), ['left', 'left', 'left', 'left'])
        : 'No step added, removed or changed.\n'}${unchanged > 0 ? `\n${unchanged} more kept unchanged.\n` : ''}`);
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
