import { AstUtils, UriUtils, type FileSystemProvider, type LangiumDocuments, type URI, type ValidationAcceptor } from 'langium';
import type { JourneyFile } from '../generated/ast.js';
import { DiagnosticCode } from '../diagnostic-codes.js';
import type { JourneyServices } from '../journey-module.js';
import { referenceKindName } from '../references/journey-linker.js';
import type { VisibleDeclarationsProvider } from '../references/visible-declarations.js';
import { importTargets, isJourneyFileUri } from '../workspace/import-paths.js';

/** Checks that look at a whole file: its imports, its journeys and the names it sees. */
export class FileChecks {
    private readonly documents: LangiumDocuments;
    private readonly visible: VisibleDeclarationsProvider;
    private readonly fileSystem: FileSystemProvider;

    constructor(services: JourneyServices) {
        this.documents = services.shared.workspace.LangiumDocuments;
        this.fileSystem = services.shared.workspace.FileSystemProvider;
        this.visible = services.references.VisibleDeclarations;
    }

    checkImports(file: JourneyFile, accept: ValidationAcceptor): void {
        const document = AstUtils.getDocument(file);
        for (const { node, uri } of importTargets(file, document.uri)) {
            if (!this.documents.hasDocument(uri) && !isJourneyFileUri(uri) && this.isFileOnDisk(uri)) {
                accept('error', `Cannot import '${node.path}': it is not a journey file, and only .journey files can be imported. Import the .journey file that declares what you need.`, {
                    node, property: 'path', code: DiagnosticCode.NotAJourneyImport
                });
            } else if (!this.documents.hasDocument(uri)) {
                accept('error', `Cannot import '${node.path}': there is no such file (looked for ${uri.fsPath || uri.toString()}). Fix the path, relative to this file.`, {
                    node, property: 'path', code: DiagnosticCode.MissingImport
                });
            }
        }
    }

    private isFileOnDisk(uri: URI): boolean {
        try {
            return this.fileSystem.statSync(uri).isFile;
        } catch {
            return false;
        }
    }

    checkOneJourney(file: JourneyFile, accept: ValidationAcceptor): void {
        for (const journey of file.journeys.slice(1)) {
            accept('error', `A file holds at most one journey: move journey '${journey.name}' to a file of its own.`, {
                node: journey, property: 'name', code: DiagnosticCode.SecondJourney
            });
        }
    }

    checkVisibleNames(file: JourneyFile, accept: ValidationAcceptor): void {
        const document = AstUtils.getDocument(file);
        const ownUri = document.uri.toString();
        for (const duplicate of this.visible.forDocument(document).duplicates) {
            const kind = referenceKindName(duplicate.type);
            const laterUri = duplicate.later.documentUri.toString();
            const firstUri = duplicate.first.documentUri.toString();
            const laterNode = duplicate.later.node;
            if (laterUri === ownUri && laterNode) {
                const where = firstUri === ownUri
                    ? `line ${(duplicate.first.nameSegment?.range.start.line ?? 0) + 1}`
                    : UriUtils.basename(duplicate.first.documentUri);
                accept('error', `Duplicate ${kind} '${duplicate.name}': a ${kind} of this name is already declared in ${where}. Rename one of them.`, {
                    node: laterNode, property: 'name', code: DiagnosticCode.DuplicateName
                });
            } else if (duplicate.via && laterUri !== firstUri) {
                accept('error', `Duplicate ${kind} '${duplicate.name}': both ${UriUtils.basename(duplicate.first.documentUri)} and ${UriUtils.basename(duplicate.later.documentUri)} declare it. Rename one of them.`, {
                    node: duplicate.via, property: 'path', code: DiagnosticCode.DuplicateName
                });
            }
        }
    }
}
