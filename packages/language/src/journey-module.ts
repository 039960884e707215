import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext, type LangiumServices,
    type LangiumSharedServices, type PartialLangiumServices, type PartialLangiumSharedServices
} from 'langium/lsp';
import { JourneyMapsGeneratedModule, JourneyGeneratedSharedModule } from './generated/module.js';
import { JourneyInsightsProvider } from './analysis/journey-insights-provider.js';
import { JourneyFlowProvider } from './flow/journey-flow-provider.js';
import { JourneyModelExporter } from './model/journey-model-exporter.js';
import { JourneyLexer } from './parser/journey-lexer.js';
import { JourneyValueConverter } from './parser/journey-value-converter.js';
import { JourneyParserErrorMessageProvider } from './parser/syntax-messages.js';
import { DeclarationUsage } from './references/declaration-usage.js';
import { JourneyLinker } from './references/journey-linker.js';
import { JourneyScopeComputation } from './references/journey-scope-computation.js';
import { JourneyScopeProvider } from './references/journey-scope-provider.js';
import { VisibleDeclarationsProvider } from './references/visible-declarations.js';
import { JourneyDocumentValidator } from './validation/journey-document-validator.js';
import { registerValidationChecks } from './validation/journey-validator.js';
import { JourneyDocumentBuilder } from './workspace/journey-document-builder.js';
import { JourneyIndexManager } from './workspace/journey-index-manager.js';
import { JourneyWorkspaceManager } from './workspace/journey-workspace-manager.js';
import { JourneyReferenceDescriptionProvider } from './workspace/journey-reference-descriptions.js';

/** Services this language adds to Langium's. */
export type JourneyAddedServices = {
    references: {
        VisibleDeclarations: VisibleDeclarationsProvider;
        DeclarationUsage: DeclarationUsage;
    };
    flow: {
        JourneyFlowProvider: JourneyFlowProvider;
    };
    model: {
        JourneyModelExporter: JourneyModelExporter;
    };
    analysis: {
        JourneyInsights: JourneyInsightsProvider;
    };
};

export type JourneyServices = LangiumServices & JourneyAddedServices;

export const JourneyModule: Module<JourneyServices, PartialLangiumServices & JourneyAddedServices> = {
    parser: {
        Lexer: services => new JourneyLexer(services),
        ValueConverter: () => new JourneyValueConverter(),
        ParserErrorMessageProvider: () => new JourneyParserErrorMessageProvider()
    },
    references: {
        ScopeProvider: services => new JourneyScopeProvider(services),
        ScopeComputation: services => new JourneyScopeComputation(services),
        Linker: services => new JourneyLinker(services),
        VisibleDeclarations: services => new VisibleDeclarationsProvider(services.shared),
        DeclarationUsage: services => new DeclarationUsage(services.shared)
    },
    workspace: {
        ReferenceDescriptionProvider: services => new JourneyReferenceDescriptionProvider(services)
    },
    validation: {
        DocumentValidator: services => new JourneyDocumentValidator(services)
    },
    flow: {
        JourneyFlowProvider: services => new JourneyFlowProvider(services.shared)
    },
    model: {
        JourneyModelExporter: services => new JourneyModelExporter(services)
    },
    analysis: {
        JourneyInsights: services => new JourneyInsightsProvider(services)
    }
};

export const JourneySharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    workspace: {
        DocumentBuilder: shared => new JourneyDocumentBuilder(shared),
        IndexManager: shared => new JourneyIndexManager(shared),
        WorkspaceManager: shared => new JourneyWorkspaceManager(shared)
    }
};

/**
 * The services of the language and of its workspace, shared by the CLI, the tests and the
 * language server. Extension modules (the server's editor features) are layered on top.
 */
export interface JourneyServiceExtensions {
    /** Layered over the language's services (the server's editor features). */
    readonly language?: Module<JourneyServices, PartialLangiumServices>;
    /** Layered over the shared services. */
    readonly shared?: Module<LangiumSharedServices, PartialLangiumSharedServices>;
}

export function createJourneyServices(
    context: DefaultSharedModuleContext,
    extensions: JourneyServiceExtensions = {}
): { shared: LangiumSharedServices; Journey: JourneyServices } {
    const shared = inject(createDefaultSharedModule(context), JourneyGeneratedSharedModule, JourneySharedModule, extensions.shared ?? {});
    const Journey = inject(createDefaultModule({ shared }), JourneyMapsGeneratedModule, JourneyModule, extensions.language ?? {});
    shared.ServiceRegistry.register(Journey);
    registerValidationChecks(Journey);
    if (!context.connection) {
        // Without a client nobody sends configuration; the build must not wait for it.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Journey };
}
