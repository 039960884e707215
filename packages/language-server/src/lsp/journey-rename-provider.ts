import { AstUtils, CstUtils, UriUtils, type AstNode, type LangiumDocument, type LangiumDocuments, type Lexer, type References } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import {
    LSPErrorCodes, ResponseError, type CancellationToken, type Range, type PrepareRenameParams, type RenameParams, type WorkspaceEdit
} from 'vscode-languageserver';
import { isJourney, isJourneyFile, isStage, isStep, type Journey } from '@journey-maps/language';
import type { JourneyServices } from '@journey-maps/language';
import { referenceKindName } from '@journey-maps/language';
import { declarationTypes, type DeclarationType, type VisibleDeclarationsProvider } from '@journey-maps/language';
import { importTargets, isMistakenName, isSoftKeyword } from '@journey-maps/language';

const renameable = new Set<string>([...declarationTypes, 'Journey', 'Stage', 'Step']);

type Named = AstNode & { name: string };

/**
 * Renames a persona, channel, touchpoint, team, metric, journey, stage or step with every
 * reference to it, in every file that sees it. A new name is refused, with the reason, when it is
 * not an identifier, is a keyword, or is already taken by a thing of the same kind that one of
 * those files sees (for stages and steps: in the journey). LSP's prepareRename does not carry the
 * new name, so prepareRename refuses what is not a name, and rename refuses a bad new name.
 */
export class JourneyRenameProvider extends DefaultRenameProvider {
    private readonly lexer: Lexer;
    private readonly documents: LangiumDocuments;
    private readonly visible: VisibleDeclarationsProvider;
    private readonly refs: References;

    constructor(services: JourneyServices) {
        super(services);
        this.lexer = services.parser.Lexer;
        this.documents = services.shared.workspace.LangiumDocuments;
        this.visible = services.references.VisibleDeclarations;
        this.refs = services.references.References;
    }

    override async rename(document: LangiumDocument, params: RenameParams, cancelToken?: CancellationToken): Promise<WorkspaceEdit | undefined> {
        const target = this.targetAt(document, params.position);
        if (!target) {
            return undefined;
        }
        const problem = this.checkNewName(target, params.newName);
        if (problem) {
            throw new ResponseError(LSPErrorCodes.RequestFailed, problem);
        }
        if (params.newName === target.name) {
            return { changes: {} };
        }
        return super.rename(document, params, cancelToken);
    }

    override prepareRename(document: LangiumDocument, params: PrepareRenameParams): Range | undefined {
        const target = this.targetAt(document, params.position);
        const range = target && super.prepareRename(document, params) as Range | undefined;
        if (!target || !range) {
            const root = document.parseResult.value.$cstNode;
            const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(params.position));
            if (leaf && /^[a-z-]+$/.test(leaf.text) && this.isKeyword(leaf.text)) {
                throw new ResponseError(LSPErrorCodes.RequestFailed, `'${leaf.text}' is a keyword of the language: only names can be renamed.`);
            }
            return undefined;
        }
        return range;
    }

    /** Why `newName` cannot replace the name of `target`, or undefined when it can. */
    checkNewName(target: Named, newName: string): string | undefined {
        const kind = target.$type === 'Journey' || target.$type === 'Stage' ? target.$type.toLowerCase() : referenceKindName(target.$type);
        const tokens = this.lexer.tokenize(newName);
        const single = tokens.tokens.length === 1 && tokens.errors.length === 0 && tokens.tokens[0].image === newName ? tokens.tokens[0] : undefined;
        // The words 1.1 added are keywords only where the grammar expects them: elsewhere they are names.
        // A name with a leading digit lexes as one name (so that it is reported once), but is not one.
        const name = single && (single.tokenType.name === 'ID' || isSoftKeyword(newName)) && !isMistakenName(newName);
        if (single && !name && this.isKeyword(newName)) {
            return `'${newName}' is a keyword of the language and cannot name a ${kind}.`;
        }
        if (!name) {
            return `'${newName}' is not a valid name: a name starts with a letter or '_' and goes on with letters, digits, '_' or '-'.`;
        }
        if (newName === target.name) {
            return undefined;
        }
        if (isStep(target) || isStage(target)) {
            const journey = AstUtils.getContainerOfType(target, isJourney);
            const clash = journey && namesInJourney(journey, target.$type).get(newName);
            if (clash && clash !== target) {
                return `A ${kind} named '${newName}' already exists in journey '${journey.name}' (line ${(clash.$cstNode?.range.start.line ?? 0) + 1}).`;
            }
            return undefined;
        }
        if (isJourney(target)) {
            // A journey is named only by the `baseline` of a file that imports it: those must not see two of one name.
            for (const document of this.documentsSeeing(target).slice(1)) {
                const existing = this.visible.forDocument(document).importedJourneys.get(newName);
                if (existing && existing.node !== target) {
                    return `A journey named '${newName}' is already imported into ${UriUtils.basename(document.uri)} (from ${UriUtils.basename(existing.documentUri)}): pick another name.`;
                }
            }
            return undefined;
        }
        if ((declarationTypes as readonly string[]).includes(target.$type)) {
            const type = target.$type as DeclarationType;
            for (const document of this.documentsSeeing(target)) {
                const existing = this.visible.forDocument(document).byType.get(type)?.get(newName);
                if (existing && existing.node !== target) {
                    const where = existing.documentUri.toString() === document.uri.toString() ? '' : ` (declared in ${UriUtils.basename(existing.documentUri)})`;
                    return `A ${kind} named '${newName}' is already visible in ${UriUtils.basename(document.uri)}${where}: pick another name.`;
                }
            }
        }
        return undefined;
    }

    private targetAt(document: LangiumDocument, position: { line: number; character: number }): Named | undefined {
        const root = document.parseResult.value.$cstNode;
        if (!root) {
            return undefined;
        }
        const leaf = CstUtils.findDeclarationNodeAtOffset(root, document.textDocument.offsetAt(position), this.grammarConfig.nameRegexp);
        const target = leaf && this.refs.findDeclarations(leaf)[0];
        return target && renameable.has(target.$type) && typeof (target as Partial<Named>).name === 'string' ? target as Named : undefined;
    }

    /** The file that declares `target` and the files that import it: all that see the name. */
    private documentsSeeing(target: AstNode): LangiumDocument[] {
        const declaring = AstUtils.getDocument(target);
        const uri = declaring.uri.toString();
        const seeing = [declaring];
        for (const document of this.documents.all) {
            const root = document.parseResult.value;
            if (document !== declaring && isJourneyFile(root) && importTargets(root, document.uri).some(t => t.uri.toString() === uri)) {
                seeing.push(document);
            }
        }
        return seeing;
    }

    private isKeyword(word: string): boolean {
        const type = this.lexer.definition[word];
        return type !== undefined && type.name === word;
    }
}

function namesInJourney(journey: Journey, type: string): Map<string, AstNode> {
    const names = new Map<string, AstNode>();
    for (const stage of journey.stages) {
        if (type === 'Stage' && stage.name && !names.has(stage.name)) {
            names.set(stage.name, stage);
        }
        for (const step of type === 'Step' ? stage.steps : []) {
            if (step.name && !names.has(step.name)) {
                names.set(step.name, step);
            }
        }
    }
    return names;
}
