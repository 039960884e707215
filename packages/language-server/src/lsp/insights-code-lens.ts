import type { Cancellation, LangiumDocument } from 'langium';
import type { CodeLens, Connection } from 'vscode-languageserver';
import { CodeLensRefreshRequest } from 'vscode-languageserver';
import { z } from 'zod';
import type { Journey, JourneyServices } from '@journey-maps/language';
import { documentHotspotsWhenValidated } from './step-insights.js';

/** The command the preview registers to open its Insights panel on a document (argument: the document URI). */
export const showInsightsCommand = 'journey.preview.showInsights';

/** `journey.insights` in the client's settings; anything else than a boolean leaves the default. */
const InsightsSettingsSchema = z.object({ codeLens: z.boolean().optional().catch(undefined) }).partial().optional().catch(undefined);

/** Whether `journey.insights.codeLens` is on (the default), as the client's workspace configuration says. */
export async function insightsLensEnabled(services: JourneyServices): Promise<boolean> {
    const settings = InsightsSettingsSchema.parse(await services.shared.workspace.ConfigurationProvider.getConfiguration('journey', 'insights'));
    return settings?.codeLens ?? true;
}

/** "3 hotspots · top: fill (14.57)" above the journey; undefined while its map has errors, or with the setting off. */
export async function insightsCodeLens(document: LangiumDocument, journey: Journey, services: JourneyServices, cancelToken?: Cancellation.CancellationToken): Promise<CodeLens | undefined> {
    const cst = journey.$cstNode;
    if (!cst || services.model.JourneyModelExporter.journeyOf(document) !== journey || !(await insightsLensEnabled(services))) {
        return undefined;
    }
    const hotspots = (await documentHotspotsWhenValidated(document, services, cancelToken))?.insights.hotspots;
    if (!hotspots) {
        return undefined;
    }
    const top = hotspots[0];
    const title = top
        ? `${hotspots.length} hotspot${hotspots.length === 1 ? '' : 's'} · top: ${top.step} (score ${top.score})`
        : 'No hotspots';
    return {
        range: { start: cst.range.start, end: cst.range.start },
        command: { title, command: showInsightsCommand, arguments: [document.uri.toString()] }
    };
}

/** A changed `journey` setting redraws the lenses at once, so turning the insights lens off takes effect without an edit. */
export function refreshLensesOnSettingChange(connection: Connection, services: JourneyServices): void {
    services.shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(update => {
        if (update.section === 'journey') {
            connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
        }
    });
}
