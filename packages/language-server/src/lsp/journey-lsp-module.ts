import type { Module } from 'langium';
import type { LangiumSharedServices, PartialLangiumServices, PartialLangiumSharedServices } from 'langium/lsp';
import type { JourneyServices } from '@journey-maps/language';
import { JourneyCodeActionProvider } from './journey-code-action-provider.js';
import { JourneyCodeLensProvider } from './journey-code-lens-provider.js';
import { JourneyCompletionProvider } from './journey-completion-provider.js';
import { JourneyDocumentLinkProvider } from './journey-document-link-provider.js';
import { JourneyDocumentSymbolProvider } from './journey-document-symbol-provider.js';
import { JourneyFormatter } from './journey-formatter.js';
import { JourneyHoverProvider } from './journey-hover-provider.js';
import { JourneyInlayHintProvider } from './journey-inlay-hint-provider.js';
import { JourneyNodeKindProvider } from './journey-node-kind-provider.js';
import { JourneyRenameProvider } from './journey-rename-provider.js';
import { JourneySemanticTokenProvider } from './journey-semantic-token-provider.js';

/**
 * The editor features of the language server, layered over the core services. Definition,
 * references, highlights and folding are Langium's defaults, which read the indexed scopes.
 */
export const JourneyLspModule: Module<JourneyServices, PartialLangiumServices> = {
    lsp: {
        CompletionProvider: services => new JourneyCompletionProvider(services),
        RenameProvider: services => new JourneyRenameProvider(services),
        HoverProvider: services => new JourneyHoverProvider(services),
        DocumentSymbolProvider: services => new JourneyDocumentSymbolProvider(services),
        Formatter: services => new JourneyFormatter(services),
        CodeActionProvider: services => new JourneyCodeActionProvider(services),
        SemanticTokenProvider: services => new JourneySemanticTokenProvider(services),
        InlayHintProvider: services => new JourneyInlayHintProvider(services),
        CodeLensProvider: services => new JourneyCodeLensProvider(services),
        DocumentLinkProvider: services => new JourneyDocumentLinkProvider(services)
    }
};

/** Shared (workspace-wide) editor services: symbol and completion kinds, used by workspace symbols. */
export const JourneySharedLspModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    lsp: {
        NodeKindProvider: () => new JourneyNodeKindProvider()
    }
};
