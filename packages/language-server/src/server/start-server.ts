import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import type { Connection } from 'vscode-languageserver';
import { createJourneyServices } from '@journey-maps/language';
import { JourneyLspModule, JourneySharedLspModule } from '../lsp/journey-lsp-module.js';
import { ClosedDocuments } from './closed-documents.js';
import { ImportLoader } from './import-loader.js';
import { registerRenderMapHandler } from './render-map-handler.js';

/** Starts the Journey language server on a connection (IPC from VS Code, or stdio for other editors). */
export function startJourneyLanguageServer(connection: Connection): void {
    const { shared, Journey } = createJourneyServices({ connection, ...NodeFileSystem }, { language: JourneyLspModule, shared: JourneySharedLspModule });
    new ImportLoader(shared);
    new ClosedDocuments(shared);
    registerRenderMapHandler(connection, Journey);
    startLanguageServer(shared);
}
