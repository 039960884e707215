import { AstUtils, type LangiumDocument } from 'langium';
import { isTransition } from '@journey-maps/language';
import type { JourneyModel } from '@journey-maps/model';
import { mermaidFromModel, type MermaidExport } from './mermaid-from-model.js';

/** The Mermaid diagram of a file's journey; its `->` arrows, which Mermaid cannot draw, are counted from the text. */
export function mermaidOfDocument(document: LangiumDocument, model: JourneyModel): MermaidExport {
    const arrows = AstUtils.streamAst(document.parseResult.value).filter(isTransition).count();
    return mermaidFromModel(model, arrows);
}

/** The one stderr line that names what the Mermaid diagram of `file` leaves out, or '' when nothing is. */
export function leftOutLine(file: string, exported: MermaidExport): string {
    return exported.leftOut.length === 0 ? '' : `${file}: Mermaid's journey diagram cannot show ${exported.leftOut.join(', ')}: left out.\n`;
}
