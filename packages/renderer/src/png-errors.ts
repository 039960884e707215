/**
 * Why a PNG could not be made, each with a message that says what to do instead. Apart from the
 * rasteriser, so that a caller (the CLI) can tell them from a bug without loading it.
 */
export class PngExportError extends Error {}

/** The image would be too large. */
export class PngTooLargeError extends PngExportError {
    override readonly name = 'PngTooLargeError';
}

/** The rasteriser stopped on an SVG (a panic inside resvg). */
export class PngRasterError extends PngExportError {
    override readonly name = 'PngRasterError';
}
