import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { EmptyFileSystem, URI } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { createJourneyServices } from '../src/index.js';

// The collector, to tell whether anything still holds a dropped document.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

describe('a document dropped from the workspace', () => {
    it('is not kept alive by anything, the parser included', async () => {
        const services = createJourneyServices(EmptyFileSystem).Journey;
        const { TextDocuments, DocumentBuilder, LangiumDocuments } = services.shared.workspace;
        const kept = URI.parse('file:///ws/kept.journey');
        const dropped = URI.parse('file:///ws/dropped.journey');
        TextDocuments.set(TextDocument.create(kept.toString(), 'journey', 1, 'persona anna\n'));
        TextDocuments.set(TextDocument.create(dropped.toString(), 'journey', 1, 'persona marek\njourney j {\n  for marek\n  stage s {\n    step a { by marek }\n  }\n}\n'));
        // The dropped file is parsed last: the parser's last input.
        await DocumentBuilder.update([kept], []);
        await DocumentBuilder.update([dropped], []);
        const root = new WeakRef(LangiumDocuments.getDocument(dropped)!.parseResult.value);

        TextDocuments.delete(dropped.toString());
        await DocumentBuilder.update([], [dropped]);
        await new Promise(resolve => setTimeout(resolve, 0));
        collectGarbage();

        expect(LangiumDocuments.hasDocument(dropped)).toBe(false);
        expect(root.deref()).toBeUndefined();
    });
});
