import { AstUtils, Cancellation, DefaultReferenceDescriptionProvider, interruptAndCheck, type AstNode, type LangiumDocument, type ReferenceDescription } from 'langium';
import { shouldCheckInterrupt } from './interrupt-batch.js';

/** Langium's reference descriptions, with interrupts checked in batches (see interrupt-batch.ts). */
export class JourneyReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument, cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        let visited = 0;
        for (const node of AstUtils.streamAst(document.parseResult.value)) {
            if (shouldCheckInterrupt(++visited)) {
                await interruptAndCheck(cancelToken);
            }
            this.describeReferences(node, descriptions);
        }
        return descriptions;
    }

    /** The same descriptions, at once: for the index, which asks only when someone looks for references (journey-index-manager.ts). */
    descriptionsNow(document: LangiumDocument): ReferenceDescription[] {
        const descriptions: ReferenceDescription[] = [];
        for (const node of AstUtils.streamAst(document.parseResult.value)) {
            this.describeReferences(node, descriptions);
        }
        return descriptions;
    }

    private describeReferences(node: AstNode, into: ReferenceDescription[]): void {
        AstUtils.streamReferences(node).forEach(info => {
            if (!info.reference.error) {
                into.push(...this.createInfoDescriptions(info));
            }
        });
    }
}
