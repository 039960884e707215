/** The stable diagnostic codes of the spec, plus the few this project adds (see packages/language/docs/LANGUAGE-NOTES.md). */
export const DiagnosticCode = {
    SyntaxError: 'syntax-error',
    UnknownReference: 'unknown-reference',
    DuplicateName: 'duplicate-name',
    EmotionRange: 'emotion-range',
    DuplicateEmotion: 'duplicate-emotion',
    ScaleRange: 'scale-range',
    ShareRange: 'share-range',
    PersonaNotInJourney: 'persona-not-in-journey',
    SecondJourney: 'second-journey',
    MissingImport: 'missing-import',
    TouchpointWithoutChannel: 'touchpoint-without-channel',
    EmptyStage: 'empty-stage',
    UnreachableStep: 'unreachable-step',
    MetricTargetMissed: 'metric-target-missed',
    PersonaNeverActs: 'persona-never-acts',
    PathToNonActor: 'path-to-non-actor',
    ShareTotal: 'share-total',
    ArrowForNonActor: 'arrow-for-non-actor',
    NoTouchpoint: 'no-touchpoint',
    NoEmotion: 'no-emotion',
    PainWithoutOpportunity: 'pain-without-opportunity',
    UnusedDeclaration: 'unused-declaration',
    // Added by this project where the reference is silent.
    DuplicateProperty: 'duplicate-property',
    JourneyWithoutPersonas: 'journey-without-personas',
    EmotionForNonActor: 'emotion-for-non-actor',
    RepeatedName: 'repeated-name',
    NotAJourneyImport: 'not-a-journey-import'
} as const;

export type DiagnosticCode = (typeof DiagnosticCode)[keyof typeof DiagnosticCode];
