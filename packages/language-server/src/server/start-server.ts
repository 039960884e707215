import { startLanguageServer } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { createJourneyServices } from '@journey-maps/language';
import { JourneyNodeFileSystem } from '@journey-maps/language/node';
import { refreshLensesOnSettingChange } from '../lsp/insights-code-lens.js';
import { JourneyLspModule, JourneySharedLspModule } from '../lsp/journey-lsp-module.js';
import { ClosedDocuments } from './closed-documents.js';
import { ImportLoader } from './import-loader.js';
import { MapChangeNotifier } from './map-change-notifier.js';
import { registerRenderFenceHandler } from './render-fence-handler.js';
import { registerCompareMapHandler } from './compare-map-handler.js';
import { createMapAnswer, registerRenderMapHandler } from './render-map-handler.js';
import { registerRenderPngHandler } from './render-png-handler.js';
import { serverLayoutEngine } from './worker-layout-engine.js';

/** Starts the Journey language server on a connection (IPC from VS Code, or stdio for other editors). */
export function startJourneyLanguageServer(connection: Connection): void {
    const { shared, Journey } = createJourneyServices({ connection, ...JourneyNodeFileSystem }, { language: JourneyLspModule, shared: JourneySharedLspModule });
    new ImportLoader(shared);
    new MapChangeNotifier(shared, connection);
    new ClosedDocuments(shared);
    // One layout worker for the preview and the Markdown fences: ELK never runs on this thread.
    const layoutEngine = serverLayoutEngine();
    const drawMap = createMapAnswer(Journey, layoutEngine);
    registerRenderMapHandler(connection, Journey, drawMap);
    registerCompareMapHandler(connection, Journey, drawMap);
    refreshLensesOnSettingChange(connection, Journey);
    registerRenderFenceHandler(connection, Journey, layoutEngine);
    registerRenderPngHandler(connection);
    startLanguageServer(shared);
}
