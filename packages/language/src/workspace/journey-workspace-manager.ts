import { DefaultWorkspaceManager, type LangiumDocument, type Stream, type URI } from 'langium';
import { JourneyTextError } from './journey-text.js';

/**
 * Loads the workspace's files one by one: a file that is not Journey text (not UTF-8, binary) is
 * left out with a message, instead of failing the whole start-up of the server.
 */
export class JourneyWorkspaceManager extends DefaultWorkspaceManager {
    protected override async loadWorkspaceDocuments(uris: Stream<URI>, collector: (document: LangiumDocument) => void): Promise<void> {
        await Promise.all(uris.map(async uri => {
            try {
                collector(await this.langiumDocuments.getOrCreateDocument(uri));
            } catch (error) {
                if (!(error instanceof JourneyTextError)) {
                    throw error;
                }
                console.warn(`Journey: skipped ${error.message}`);
            }
        }).toArray());
    }
}
