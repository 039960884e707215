import { URI, Utils } from 'vscode-uri';

/** "bank-people.journey" from a document URI (decoded, as the explorer shows it). */
export function fileNameOf(uri: { toString(): string } | string): string {
    return Utils.basename(URI.parse(uri.toString()));
}
