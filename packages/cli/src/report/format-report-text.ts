import type { JourneyReport } from '@journey-maps/model';
import type { Omitted } from './build-report.js';
import { formatDiffBodyText } from './format-diff-text.js';
import { formatEmotion, formatNumber, plural, textTable } from './tables.js';

/** The report for a terminal, cut to its top (see buildReport): the hotspots with their reasons, the quick wins, a stage table, the personas. */
export function formatReportText(report: JourneyReport, omitted: Omitted, title: string): string {
    const hotspots = report.hotspots.length + omitted.hotspots;
    const opportunities = report.opportunities.length + omitted.opportunities;
    const parts: string[] = [
        `Journey ${report.journey} "${title}" (${report.kind}): ${plural(hotspots, 'hotspot')}, ${plural(opportunities, 'opportunity', 'opportunities')}.\n`
    ];
    parts.push(hotspotsText(report, omitted.hotspots), quickWinsText(report, omitted.opportunities), stagesText(report), personasText(report));
    if (report.comparison) {
        parts.push(`Compared with its baseline ${report.comparison.old.journey} (${report.comparison.old.file})\n${formatDiffBodyText(report.comparison)}`);
    }
    return parts.join('\n');
}

function hotspotsText(report: JourneyReport, omitted: number): string {
    const shown = report.hotspots;
    if (shown.length === 0) {
        return 'No hotspots: no step has a reason to be one.\n';
    }
    const rankWidth = String(shown.at(-1)!.rank).length + 1;
    const scoreWidth = Math.max(...shown.map(h => formatNumber(h.score).length));
    const lines = [`Top ${plural(shown.length, 'hotspot')} (score: the sum of the reasons' points, see 'journey report --help')`];
    for (const hotspot of shown) {
        const head = `  ${`#${hotspot.rank}`.padEnd(rankWidth)}  ${formatNumber(hotspot.score).padStart(scoreWidth)}  `;
        lines.push(`${head}${hotspot.step} "${hotspot.label}" in stage ${hotspot.stage}, ${hotspot.file}:${hotspot.line}:${hotspot.column}`);
        for (const reason of hotspot.reasons) {
            lines.push(`${' '.repeat(head.length)}- ${reason.message}`);
        }
    }
    return lines.join('\n') + '\n' + more(omitted);
}

function quickWinsText(report: JourneyReport, omitted: number): string {
    const shown = report.opportunities;
    if (shown.length === 0) {
        return 'No opportunities written yet: add `opportunity "..." impact N effort N` to the steps that hurt.\n';
    }
    const rankWidth = String(shown.at(-1)!.rank).length + 1;
    const valueWidth = Math.max(...shown.map(o => formatNumber(o.value).length));
    const lines = ['Quick wins (value: impact / effort, a missing one counting as 3)'];
    for (const opportunity of shown) {
        const head = `  ${`#${opportunity.rank}`.padEnd(rankWidth)}  ${formatNumber(opportunity.value).padStart(valueWidth)}  `;
        const scale = [opportunity.impact !== undefined ? `impact ${opportunity.impact}` : '', opportunity.effort !== undefined ? `effort ${opportunity.effort}` : ''].filter(Boolean).join(', ');
        lines.push(`${head}"${opportunity.text}" at ${opportunity.step}${scale ? ` (${scale})` : ''}`);
        if (opportunity.addresses.length > 0) {
            lines.push(`${' '.repeat(head.length)}addresses ${opportunity.addresses.map(text => `"${text}"`).join(', ')}`);
        }
    }
    return lines.join('\n') + '\n' + more(omitted);
}

function stagesText(report: JourneyReport): string {
    const personas = report.personas.map(p => p.id);
    const header = ['stage', 'score', 'pains', 'unaddressed', 'missed metrics', ...personas];
    const rows = report.stages.map(stage => [
        stage.id, formatNumber(stage.score), String(stage.pains), String(stage.unaddressedPains), String(stage.missedMetrics),
        ...personas.map(persona => formatEmotion(stage.emotion[persona]))
    ]);
    return `Stages (the persona columns: average emotion)\n${textTable(header, rows, header.map((_, c) => c === 0 ? 'left' : 'right'))}`;
}

function personasText(report: JourneyReport): string {
    const rows = report.personas.map(persona => [
        persona.id,
        `average ${formatEmotion(persona.average)}`,
        persona.lowest ? `lowest ${formatEmotion(persona.lowest.value)} at ${persona.lowest.step}` : 'no emotion written'
    ]);
    return `Personas\n${textTable(undefined, rows, ['left', 'left', 'left'])}`;
}

function more(hidden: number): string {
    return hidden > 0 ? `  … and ${hidden} more (--top N shows more)\n` : '';
}
