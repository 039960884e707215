import type { Module } from 'langium';
import type { PartialLangiumServices } from 'langium/lsp';
import type { JourneyServices } from '../journey-module.js';
import { JourneyCompletionProvider } from './journey-completion-provider.js';

/** The editor features of the language server, layered over the core services. */
export const JourneyLspModule: Module<JourneyServices, PartialLangiumServices> = {
    lsp: {
        CompletionProvider: services => new JourneyCompletionProvider(services)
    }
};
