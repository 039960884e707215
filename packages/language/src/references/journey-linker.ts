import { AstUtils, Cancellation, DefaultLinker, interruptAndCheck, type AstNodeDescription, type LangiumDocument, type LinkingError, type ReferenceInfo } from 'langium';
import { shouldCheckInterrupt } from '../workspace/interrupt-batch.js';

const kindNames: Record<string, string> = {
    Persona: 'persona',
    Channel: 'channel',
    Touchpoint: 'touchpoint',
    Team: 'team',
    Metric: 'metric',
    Step: 'step',
    Journey: 'journey'
};

/** Words a user reads: `Unknown persona 'ana'.` rather than the parser's type names. */
export class JourneyLinker extends DefaultLinker {
    override async link(document: LangiumDocument, cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<void> {
        let visited = 0;
        for (const node of AstUtils.streamAst(document.parseResult.value)) {
            if (shouldCheckInterrupt(++visited)) {
                await interruptAndCheck(cancelToken);
            }
            AstUtils.streamReferences(node).forEach(reference => this.doLink(reference, document));
        }
    }

    protected override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
        const error = super.createLinkingError(refInfo, targetDescription);
        const type = this.reflection.getReferenceType(refInfo);
        return { ...error, message: `Unknown ${kindNames[type] ?? type.toLowerCase()} '${refInfo.reference.$refText}'.` };
    }
}

export function referenceKindName(type: string): string {
    return kindNames[type] ?? type.toLowerCase();
}
