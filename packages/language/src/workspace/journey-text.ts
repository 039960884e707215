/** Why bytes are not Journey text, in words a user can act on. */
export class JourneyTextError extends Error {}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The one rule for reading a `.journey` file, for the CLI and the editor alike: UTF-8, no NUL
 * bytes, a leading byte-order mark dropped (positions then match what an editor shows).
 */
export function decodeJourneyText(bytes: Uint8Array): string {
    let text: string;
    try {
        text = utf8.decode(bytes);
    } catch {
        throw new JourneyTextError('not UTF-8 text; save it as UTF-8');
    }
    if (text.includes('\u0000')) {
        throw new JourneyTextError('a binary file, not Journey text');
    }
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
