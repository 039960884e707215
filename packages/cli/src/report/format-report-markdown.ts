import type { JourneyReport } from '@journey-maps/model';
import type { Omitted } from './build-report.js';
import { heaviestInOrder, markdownStageRows } from './comment-size.js';
import { formatDiffBodyMarkdown } from './format-diff-markdown.js';
import { escapeMarkdown as md, formatEmotion, formatNumber, markdownTable, plural } from './tables.js';

/** The report as a pull-request comment, cut to its top (see buildReport): a summary line, then tables of hotspots, quick wins, stages and personas. */
export function formatReportMarkdown(report: JourneyReport, omitted: Omitted, title: string): string {
    const topHotspot = report.hotspots[0];
    const summary = [
        `\`${md(report.journey)}\` (${report.kind})`,
        `**${plural(report.hotspots.length + omitted.hotspots, 'hotspot')}**`,
        ...(topHotspot ? [`top: **${md(topHotspot.step)}**, score ${formatNumber(topHotspot.score)}`] : []),
        plural(report.opportunities.length + omitted.opportunities, 'opportunity', 'opportunities')
    ].join(' · ');
    const parts = [`## Journey report: ${md(title)}\n\n${summary}\n`, hotspots(report, omitted.hotspots), quickWins(report, omitted.opportunities), stages(report), personas(report)];
    if (report.comparison) {
        parts.push(`### Compared with its baseline \`${md(report.comparison.old.journey)}\` (${md(report.comparison.old.file)})\n\n${formatDiffBodyMarkdown(report.comparison, '####')}`);
    }
    return parts.join('\n');
}

function hotspots(report: JourneyReport, omitted: number): string {
    const shown = report.hotspots;
    if (shown.length === 0) {
        return '### Hotspots\n\nNo hotspots: no step has a reason to be one.\n';
    }
    const rows = shown.map(h => [
        String(h.rank),
        `**${md(h.step)}** ${md(h.label)}<br>\`${md(`${h.file}:${h.line}`)}\``,
        md(h.stage),
        formatNumber(h.score),
        h.reasons.map(r => md(r.message)).join('<br>')
    ]);
    return `### Top ${plural(shown.length, 'hotspot')}\n\n${markdownTable(['#', 'step', 'stage', 'score', 'reasons'], rows, ['right', 'left', 'left', 'right', 'left'])}${more(omitted)}`;
}

function quickWins(report: JourneyReport, omitted: number): string {
    const shown = report.opportunities;
    if (shown.length === 0) {
        return '### Quick wins\n\nNo opportunities written yet.\n';
    }
    const rows = shown.map(o => [
        String(o.rank), md(o.text), md(o.step), o.impact !== undefined ? String(o.impact) : '–', o.effort !== undefined ? String(o.effort) : '–',
        formatNumber(o.value), o.addresses.map(md).join('<br>')
    ]);
    return `### Quick wins\n\nValue: impact / effort, a missing one counting as 3.\n\n${markdownTable(['#', 'opportunity', 'step', 'impact', 'effort', 'value', 'addresses'], rows, ['right', 'left', 'left', 'right', 'right', 'right', 'left'])}${more(omitted)}`;
}

/** The stages in file order; of a map with more than fit a comment, those with the highest scores. */
function stages(report: JourneyReport): string {
    const ids = report.personas.map(p => p.id);
    const shown = heaviestInOrder(report.stages, stage => stage.score, markdownStageRows);
    const rows = shown.map(stage => [
        `**${md(stage.id)}** ${md(stage.label)}`, formatNumber(stage.score), String(stage.pains), String(stage.unaddressedPains), String(stage.missedMetrics),
        ...ids.map(id => formatEmotion(stage.emotion[id]))
    ]);
    const header = ['stage', 'score', 'pains', 'unaddressed pains', 'missed metrics', ...ids.map(md)];
    const hidden = report.stages.length - shown.length;
    const intro = hidden > 0
        ? `The ${shown.length} of ${report.stages.length} stages with the highest scores, in file order. Persona columns: average emotion.`
        : 'Persona columns: average emotion.';
    const rest = hidden > 0
        ? `\n… and ${plural(hidden, 'more stage', 'more stages')}, none scoring more than ${formatNumber(Math.min(...shown.map(stage => stage.score)))} (the text and JSON forms list every stage).\n`
        : '';
    return `### Stages\n\n${intro}\n\n${markdownTable(header, rows, header.map((_, c) => c === 0 ? 'left' : 'right'))}${rest}`;
}

function personas(report: JourneyReport): string {
    const rows = report.personas.map(p => [md(p.id), formatEmotion(p.average), p.lowest ? `${formatEmotion(p.lowest.value)} at ${md(p.lowest.step)}` : '–']);
    return `### Personas\n\n${markdownTable(['persona', 'average', 'lowest'], rows, ['left', 'right', 'left'])}`;
}

function more(hidden: number): string {
    return hidden > 0 ? `\n… and ${hidden} more (\`--top N\` shows more).\n` : '';
}
