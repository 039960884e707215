import type { Box, TextGeom } from './geometry.js';
import type { WrappedText } from './wrap.js';

/** A wrapped text set at (x, y), to stay inside `container`. */
export function textGeom(w: WrappedText, x: number, y: number, container: Box, cls: string): TextGeom {
    return { box: { x, y, width: w.width, height: w.height }, container, lines: w.lines, fontSize: w.fontSize, lineHeight: w.lineHeight, bold: w.bold, cls };
}
