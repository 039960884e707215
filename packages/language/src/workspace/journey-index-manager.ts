import { DefaultIndexManager, DocumentState, isReference, type AstNode, type LangiumDocument, type LangiumSharedCoreServices, type ReferenceDescription, type Stream, type URI } from 'langium';
import { JourneyReferenceDescriptionProvider } from './journey-reference-descriptions.js';

/**
 * Langium's index, with a document's references described only when someone asks for them (find
 * references, rename). Langium describes every reference of every document it links: on a 1 MB
 * map that was a tenth of a cold `journey check`, and it came again with every keystroke in the
 * editor, though checking and typing never read the descriptions. Whether a change in another file
 * affects a document is read off its linked references instead.
 */
export class JourneyIndexManager extends DefaultIndexManager {
    /** Linked documents whose references are not described yet. */
    private readonly undescribed = new Map<string, LangiumDocument>();

    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    override async updateReferences(document: LangiumDocument): Promise<void> {
        const uri = document.uri.toString();
        this.referenceIndex.delete(uri);
        this.undescribed.set(uri, document);
    }

    override removeReferences(uri: URI): void {
        super.removeReferences(uri);
        this.undescribed.delete(uri.toString());
    }

    override findAllReferences(targetNode: AstNode, astNodePath: string): Stream<ReferenceDescription> {
        for (const uri of [...this.undescribed.keys()]) {
            this.describe(uri);
        }
        return super.findAllReferences(targetNode, astNodePath);
    }

    /** Langium's answer (a resolved reference into a changed file), without describing the references. */
    override isAffected(document: LangiumDocument, changedUris: Set<string>): boolean {
        const uri = document.uri.toString();
        if (!this.undescribed.has(uri)) {
            return super.isAffected(document, changedUris);
        }
        if (changedUris.size === 0) {
            return false;
        }
        for (const reference of document.references) {
            if (!isReference(reference)) {
                // A kind of reference this language does not have yet: Langium's own way.
                this.describe(uri);
                return super.isAffected(document, changedUris);
            }
            const target = reference.error === undefined ? reference.$nodeDescription?.documentUri.toString() : undefined;
            if (target !== undefined && target !== uri && changedUris.has(target)) {
                return true;
            }
        }
        return false;
    }

    private describe(uri: string): void {
        const document = this.undescribed.get(uri);
        if (!document) {
            return;
        }
        this.undescribed.delete(uri);
        // A document being rebuilt is put back when the builder reaches its references.
        if (document.state < DocumentState.IndexedReferences) {
            return;
        }
        const provider = this.serviceRegistry.getServices(document.uri).workspace.ReferenceDescriptionProvider;
        if (provider instanceof JourneyReferenceDescriptionProvider) {
            this.referenceIndex.set(uri, provider.descriptionsNow(document));
        }
    }
}
