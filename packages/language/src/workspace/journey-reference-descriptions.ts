import { AstUtils, Cancellation, DefaultReferenceDescriptionProvider, interruptAndCheck, type LangiumDocument, type ReferenceDescription } from 'langium';
import { shouldCheckInterrupt } from './interrupt-batch.js';

/** Langium's reference index, with interrupts checked in batches (see interrupt-batch.ts). */
export class JourneyReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument, cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        let visited = 0;
        for (const node of AstUtils.streamAst(document.parseResult.value)) {
            if (shouldCheckInterrupt(++visited)) {
                await interruptAndCheck(cancelToken);
            }
            AstUtils.streamReferences(node).forEach(info => {
                if (!info.reference.error) {
                    descriptions.push(...this.createInfoDescriptions(info));
                }
            });
        }
        return descriptions;
    }
}
