import { parseWebviewMessage, type WebviewToHost } from '@journey-maps/preview/protocol';

/**
 * Host side of the webview channel: every incoming message goes through the zod schema; what does
 * not parse is dropped (and counted, for the log), never acted on.
 */
export function acceptWebviewMessage(raw: unknown, onDropped: (raw: unknown) => void): WebviewToHost | undefined {
    const message = parseWebviewMessage(raw);
    if (!message) onDropped(raw);
    return message;
}

export type { HostToWebview, WebviewToHost } from '@journey-maps/preview/protocol';
