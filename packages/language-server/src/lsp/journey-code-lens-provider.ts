import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import { isJourneyFile } from '@journey-maps/language';

/** The command the VS Code extension registers to open the map beside the text. */
export const showPreviewCommand = 'journey.showPreviewToSide';

/** "Open preview" above each journey. */
export class JourneyCodeLensProvider implements CodeLensProvider {
    provideCodeLens(document: LangiumDocument, _params: CodeLensParams): MaybePromise<CodeLens[] | undefined> {
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
        }
        return lenses;
    }
}
