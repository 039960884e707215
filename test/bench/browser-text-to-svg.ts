import { EmptyFileSystem, URI } from 'langium';
import { createJourneyServices } from '../../packages/language/src/index.js';
import { createMapRenderer } from '../../packages/renderer/src/index.js';

/**
 * Journey text → SVG in a browser page: the same parser, validator, exporter and renderer the
 * language server runs, bundled for the browser, so the Mermaid comparison is text → SVG on both sides.
 */
const services = createJourneyServices(EmptyFileSystem).Journey;
const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
let counter = 0;

async function journeyTextToSvg(text: string): Promise<string> {
    const uri = URI.parse(`memory:///bench-${counter++}.journey`);
    const document = LangiumDocumentFactory.fromString(text, uri);
    LangiumDocuments.addDocument(document);
    await DocumentBuilder.build([document], { validation: true });
    const model = services.model.JourneyModelExporter.exportModel(document);
    await DocumentBuilder.update([], [uri]);
    if (!model) {
        throw new Error('no journey in the text');
    }
    // A fresh renderer: no layout cache from an earlier run, as for a newly opened map.
    return (await createMapRenderer().render(model)).svg;
}

(globalThis as unknown as { journeyTextToSvg: typeof journeyTextToSvg }).journeyTextToSvg = journeyTextToSvg;
