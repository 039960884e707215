import { renderJourney } from '@journey-maps/api';
import type { JourneyServices } from '@journey-maps/language';
import type { FlowLayoutEngine } from '@journey-maps/renderer';
import { RenderFenceMethod, RenderFenceParamsSchema, type RenderFenceResult } from '@journey-maps/model';
import { URI } from 'langium';
import type { Connection } from 'vscode-languageserver';

/**
 * Draws the ```journey fences of VS Code's Markdown preview through the library API, here where
 * the layout engine already runs (`layoutEngine`: the server's layout worker), so the editor's
 * extension host never waits for a layout. An
 * import is read from the editor when it is open there (unsaved edits count), else from disk.
 */
export function registerRenderFenceHandler(connection: Connection, services: JourneyServices, layoutEngine?: FlowLayoutEngine): void {
    const textDocuments = services.shared.workspace.TextDocuments;
    const fileSystem = services.shared.workspace.FileSystemProvider;
    const readImport = async (uri: string): Promise<string | undefined> => {
        const open = textDocuments?.get(uri);
        if (open) return open.getText();
        try {
            return await fileSystem.readFile(URI.parse(uri));
        } catch {
            return undefined;
        }
    };
    connection.onRequest(RenderFenceMethod, async (raw: unknown): Promise<RenderFenceResult> => {
        const params = RenderFenceParamsSchema.parse(raw);
        const { svg, problems } = await renderJourney(params.text, { uri: params.uri, readImport, theme: 'auto', layoutEngine });
        return svg === undefined ? { problems } : { svg, problems };
    });
}
