import {
    ErrorCodes, type ContentTypeDecoder, type DataCallback, type Disposable, type Message, type MessageReader, type MessageWriter, type ResponseMessage
} from 'vscode-languageserver/node';
import { checkMessage } from './request-checks.js';

const unparsable = Symbol('unparsable');
type Unparsable = { readonly [unparsable]: string };

/**
 * Decodes a message body as JSON, as the default decoder does, but hands on a body that is not
 * JSON as a marker instead of failing the stream: its sender gets a parse error (-32700) and the
 * messages after it, whose framing is intact, are read as usual.
 */
export const tolerantJsonDecoder: ContentTypeDecoder = {
    name: 'application/json',
    decode(buffer, options) {
        const text = new TextDecoder(options.charset).decode(buffer);
        try {
            return Promise.resolve(JSON.parse(text) as Message);
        } catch (error) {
            const marker: Unparsable = { [unparsable]: error instanceof Error ? error.message : String(error) };
            return Promise.resolve(marker as unknown as Message);
        }
    }
};

function isUnparsable(message: unknown): message is Unparsable {
    return typeof message === 'object' && message !== null && unparsable in message;
}

/**
 * Passes on the messages the server can act on and answers the others itself (see
 * request-checks.ts), so no handler runs on a request it cannot read.
 */
export class CheckedMessageReader implements MessageReader {
    constructor(
        private readonly inner: MessageReader,
        private readonly writer: MessageWriter,
        private readonly log: (line: string) => void
    ) {}

    get onError(): MessageReader['onError'] { return this.inner.onError; }
    get onClose(): MessageReader['onClose'] { return this.inner.onClose; }
    get onPartialMessage(): MessageReader['onPartialMessage'] { return this.inner.onPartialMessage; }

    listen(callback: DataCallback): Disposable {
        return this.inner.listen(message => {
            if (isUnparsable(message)) {
                this.answer(null, ErrorCodes.ParseError, `The message is not valid JSON: ${message[unparsable]}`);
                return;
            }
            const check = checkMessage(message);
            if (check.verdict === 'pass') {
                callback(message);
            } else if (check.verdict === 'refuse') {
                this.answer(check.id, check.code, check.message);
            } else {
                this.log(`Ignored a notification: ${check.message}`);
            }
        });
    }

    dispose(): void {
        this.inner.dispose();
    }

    private answer(id: string | number | null, code: number, message: string): void {
        const response: ResponseMessage = { jsonrpc: '2.0', id, error: { code, message } };
        this.writer.write(response).catch(error => this.log(`Could not send an error response: ${String(error)}`));
    }
}
