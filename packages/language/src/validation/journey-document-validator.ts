import {
    Cancellation, DefaultDocumentValidator, interruptAndCheck, type AstNode, type LangiumDocument, type LangiumDocuments, type ParseResult,
    type DiagnosticInfo, type ValidationAcceptor, type ValidationCheck, type ValidationOptions, type ValidationSeverity
} from 'langium';
import { AstWalk } from '../workspace/ast-walk.js';
import { shouldCheckInterrupt } from '../workspace/interrupt-batch.js';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { DiagnosticCode } from '../diagnostic-codes.js';
import { isJourneyFile } from '../generated/ast.js';
import type { JourneyServices } from '../journey-module.js';
import { importTargets } from '../workspace/import-paths.js';
import { isTopLevelMessage } from '../parser/syntax-messages.js';
import { recoveredRegionStart } from '../workspace/recovered-region.js';
import { firstPropertyRange } from './property-range.js';
import { nameUnclosedBlock } from './unclosed-block.js';

/**
 * Gives the built-in diagnostics the spec's stable codes and keeps one mistake to one diagnostic:
 * a run of bad characters is one lexing error, a line gets at most one syntax error, and a
 * reference left empty by error recovery is not also an unknown reference, and while an import is
 * missing, names that file might declare are not reported as unknown.
 */
export class JourneyDocumentValidator extends DefaultDocumentValidator {
    private readonly documents: LangiumDocuments;

    constructor(services: JourneyServices) {
        super(services);
        this.documents = services.shared.workspace.LangiumDocuments;
    }

    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        const start = recoveredRegionStart(document.parseResult);
        if (start === undefined) {
            return diagnostics;
        }
        const position = document.textDocument.positionAt(start);
        const before = (d: Diagnostic) => d.range.start.line < position.line || (d.range.start.line === position.line && d.range.start.character < position.character);
        // Warnings and hints judge how complete the map is, which means nothing while its structure
        // is broken: an early `}` leaves stages empty and personas idle. Errors before the break stay.
        return diagnostics.filter(d => d.code === DiagnosticCode.SyntaxError || (before(d) && d.severity === DiagnosticSeverity.Error));
    }

    /** The default walk (see AstWalk), with the checks of each node type looked up once and interrupts checked in batches. */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor,
        cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<void> {
        const checksByType = new Map<string, ValidationCheck[]>();
        const walk = new AstWalk(rootNode);
        let visited = 0;
        for (let node = walk.next(); node; node = walk.next()) {
            if (shouldCheckInterrupt(++visited)) {
                await interruptAndCheck(cancelToken);
            }
            const nodeOptions = this.validateSingleNodeOptions(node, options);
            if (nodeOptions.validateNode) {
                let checks = checksByType.get(node.$type);
                if (!checks) {
                    checks = this.validationRegistry.getChecks(node.$type, options.categories).toArray();
                    checksByType.set(node.$type, checks);
                }
                for (const check of checks) {
                    const pending = check(node, acceptor, cancelToken);
                    if (pending) {
                        await pending;
                    }
                }
            }
            if (!nodeOptions.validateChildren) {
                walk.prune();
            }
        }
    }

    /** Every diagnostic carries its code in `data` too, where Langium's code-action tooling looks for it. */
    protected override toDiagnostic<N extends AstNode>(severity: ValidationSeverity, message: string, info: DiagnosticInfo<N, string>): Diagnostic {
        const range = firstPropertyRange(info as DiagnosticInfo<AstNode, string>);
        // What Langium reads of the info besides where it is placed; one shape of object, not a spread
        // of the many shapes the checks pass (a spread of those was slow over 13,000 diagnostics).
        const placed: DiagnosticInfo<N, string> = range === undefined ? info : {
            node: info.node, range, code: info.code, codeDescription: info.codeDescription, tags: info.tags,
            relatedInformation: info.relatedInformation, data: info.data
        };
        const diagnostic = super.toDiagnostic(severity, message, placed);
        if (info.code !== undefined && (diagnostic.data as { code?: unknown } | undefined)?.code === undefined) {
            diagnostic.data = diagnostic.data === undefined ? { code: info.code } : { ...(diagnostic.data as object), code: info.code };
        }
        return diagnostic;
    }

    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const lexing: Diagnostic[] = [];
        super.processLexingErrors({ ...parseResult, lexerReport: undefined }, lexing, options);
        lexing.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
        const merged: Diagnostic[] = [];
        for (const diagnostic of lexing) {
            const previous = merged[merged.length - 1];
            if (previous && previous.range.end.line === diagnostic.range.start.line && previous.range.end.character >= diagnostic.range.start.character) {
                previous.range = { start: previous.range.start, end: diagnostic.range.end };
            } else {
                merged.push(diagnostic);
            }
        }
        const lines = merged.length > 0 ? (parseResult.value.$cstNode?.root.fullText ?? '').split(/\r?\n/) : [];
        for (const diagnostic of merged) {
            const { start, end } = diagnostic.range;
            const text = (lines[start.line] ?? '').slice(start.character, Math.max(end.character, start.character + 1));
            diagnostic.code = DiagnosticCode.SyntaxError;
            diagnostic.message = `Unexpected text ${JSON.stringify(text)}: it is not part of the language here.`;
            diagnostics.push(diagnostic);
        }
        // The lexer's own reports (a reserved word as a name, an unclosed string, a label to quote) keep their words.
        const reported: Diagnostic[] = [];
        super.processLexingErrors({ ...parseResult, lexerErrors: [] }, reported, options);
        for (const diagnostic of reported) {
            diagnostic.code = DiagnosticCode.SyntaxError;
            diagnostics.push(diagnostic);
        }
    }

    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const parsing: Diagnostic[] = [];
        super.processParsingErrors(parseResult, parsing, options);
        const linesWithErrors = new Set(diagnostics.filter(d => d.code === DiagnosticCode.SyntaxError).map(d => d.range.start.line));
        let topLevelReported = false;
        for (const diagnostic of parsing) {
            const line = diagnostic.range.start.line;
            const topLevel = isTopLevelMessage(String(diagnostic.message));
            if (linesWithErrors.has(line) || (topLevel && topLevelReported)) {
                continue;
            }
            // Everything after a top-level error is out of place; one error explains it (see recovered-region.ts).
            topLevelReported ||= topLevel;
            nameUnclosedBlock(diagnostic, parseResult.value.$cstNode?.root);
            linesWithErrors.add(line);
            diagnostic.code = DiagnosticCode.SyntaxError;
            diagnostics.push(diagnostic);
        }
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const linking: Diagnostic[] = [];
        super.processLinkingErrors(document, linking, options);
        const importMissing = this.hasMissingImport(document);
        for (const diagnostic of linking) {
            const data = diagnostic.data as { refText?: string; containerType?: string; property?: string } | undefined;
            // A step is never imported: an arrow's target is checked whatever import is missing, the names in its `for` are not.
            const isStepName = data?.containerType === 'Transition' && data.property === 'target';
            if (!data?.refText || (importMissing && !isStepName)) {
                continue;
            }
            diagnostic.code = DiagnosticCode.UnknownReference;
            diagnostics.push(diagnostic);
        }
    }

    private hasMissingImport(document: LangiumDocument): boolean {
        const root = document.parseResult.value;
        return isJourneyFile(root) && importTargets(root, document.uri).some(target => !this.documents.hasDocument(target.uri));
    }
}
