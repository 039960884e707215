import type { Cancellation, LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import { isJourneyFile, type JourneyServices } from '@journey-maps/language';
import { insightsCodeLens } from './insights-code-lens.js';

/** The command the VS Code extension registers to open the map beside the text. */
export const showPreviewCommand = 'journey.showPreviewToSide';

/** "Open preview" above each journey, and how many hotspots it has (see insights-code-lens.ts). */
export class JourneyCodeLensProvider implements CodeLensProvider {
    constructor(private readonly services: JourneyServices) {}

    async provideCodeLens(document: LangiumDocument, _params: CodeLensParams, cancelToken?: Cancellation.CancellationToken): Promise<CodeLens[] | undefined> {
        const root = document.parseResult.value;
        if (!isJourneyFile(root)) {
            return [];
        }
        const lenses: CodeLens[] = [];
        for (const journey of root.journeys) {
            const cst = journey.$cstNode;
            if (cst) {
                lenses.push({
                    range: { start: cst.range.start, end: cst.range.start },
                    command: { title: 'Open preview', command: showPreviewCommand, arguments: [document.uri.toString()] }
                });
            }
            const insights = await insightsCodeLens(document, journey, this.services, cancelToken);
            if (insights) {
                lenses.push(insights);
            }
        }
        return lenses;
    }
}
