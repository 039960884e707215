import { DefaultLinker, type AstNodeDescription, type LinkingError, type ReferenceInfo } from 'langium';

const kindNames: Record<string, string> = {
    Persona: 'persona',
    Channel: 'channel',
    Touchpoint: 'touchpoint',
    Team: 'team',
    Metric: 'metric',
    Step: 'step'
};

/** Words a user reads: `Unknown persona 'ana'.` rather than the parser's type names. */
export class JourneyLinker extends DefaultLinker {
    protected override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
        const error = super.createLinkingError(refInfo, targetDescription);
        const type = this.reflection.getReferenceType(refInfo);
        return { ...error, message: `Unknown ${kindNames[type] ?? type.toLowerCase()} '${refInfo.reference.$refText}'.` };
    }
}

export function referenceKindName(type: string): string {
    return kindNames[type] ?? type.toLowerCase();
}
