import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import PNG_ASSETS from './png-assets.json' with { type: 'json' };
import { encodePngRegion } from './png-encode.js';
import { PngRasterError, PngTooLargeError } from './png-errors.js';
import { widenedCanvas, type WidenedCanvas } from './raster-canvas.js';
import { resolvedCss, THEMES, type ThemeName } from './theme.css.js';

/**
 * SVG → PNG with resvg compiled to WebAssembly: the one rasteriser of the CLI and the language
 * server (the editor's export), so both give the same image. Node only: import from
 * `@journey-maps/renderer/png`. WebAssembly rather than resvg's native addon because the .vsix ships
 * no node_modules and no per-platform binaries. Text uses the DejaVu Sans faces the width table was
 * measured on, passed as buffers (system fonts are never read), so the image is the same on a
 * machine with no fonts installed.
 */

export interface PngOptions {
    /** Pixels per SVG unit (default 1). */
    scale?: number;
    /** Colours; default: the theme the SVG's root class asks for. */
    theme?: ThemeName;
    /** Background colour; default: the theme's background. */
    background?: string;
    /**
     * A folder holding the rasteriser's files under their own names (a bundle's copy, see
     * {@link rasterAssetFiles}); when it has none of them, they are taken from node_modules.
     */
    assetsDir?: string;
}

export { PngExportError, PngRasterError, PngTooLargeError } from './png-errors.js';

/** Larger images would need gigabytes in the WebAssembly heap; past this, the export says so. */
export const MAX_PNG_PIXELS = 100_000_000;


/** Package paths (`require.resolve` specifiers) of the rasteriser's files: resvg's WebAssembly and the fonts. */
export function rasterAssetFiles(): { wasm: string; fonts: readonly string[] } {
    return PNG_ASSETS;
}

interface RasterAssets {
    wasmPath: string;
    fonts: Uint8Array[];
}

let assets: RasterAssets | undefined;
let ready: Promise<void> | undefined;

/** The files from `assetsDir` when it has them, else from node_modules; read once per process. */
function loadAssets(assetsDir: string | undefined): RasterAssets {
    if (assets) return assets;
    const specs = [PNG_ASSETS.wasm, ...PNG_ASSETS.fonts];
    let paths: string[];
    if (assetsDir && specs.every((s) => existsSync(join(assetsDir, basename(s))))) {
        paths = specs.map((s) => join(assetsDir, basename(s)));
    } else {
        const require = createRequire(import.meta.url);
        try {
            paths = specs.map((s) => require.resolve(s));
        } catch (error) {
            const where = assetsDir ? `${assetsDir} or node_modules` : 'node_modules';
            throw new Error(`The PNG rasteriser's files (${specs.map((s) => basename(s)).join(', ')}) are missing from ${where}: `
                + `reinstall (npm ci, or the extension). ${(error as Error).message.split('\n')[0]}`);
        }
    }
    const [wasmPath, ...fontPaths] = paths as [string, ...string[]];
    assets = { wasmPath, fonts: fontPaths.map((p) => readFileSync(p)) };
    return assets;
}

function initialised(assetsDir: string | undefined): Promise<void> {
    // initWasm may run once per process; every caller waits for that one run.
    ready ??= (async () => {
        const { wasmPath } = loadAssets(assetsDir);
        await initWasm(readFileSync(wasmPath));
    })();
    return ready;
}

/** The theme an SVG asks for through its root class (auto → light). */
export function svgTheme(svg: string): ThemeName {
    const m = /^<svg[^>]*\bclass="[^"]*\bjm-theme-([a-z-]+)/.exec(svg);
    const t = m?.[1];
    return t === 'dark' || t === 'high-contrast' || t === 'high-contrast-light' ? t : 'light';
}

/** resvg has no CSS custom properties: swap the stylesheet for one with the theme's values filled in. */
export function svgForRaster(svg: string, theme: ThemeName = svgTheme(svg)): string {
    return svg.replace(/<style>[\s\S]*?<\/style>/, () => `<style>${resolvedCss(theme)}</style>`);
}

interface Freeable {
    free(): void;
}

/**
 * `use(object)`, then frees the object. A trap inside the WebAssembly (a resvg panic) leaves the
 * object marked as in use, so freeing it would throw "recursive use of an object" and hide the
 * panic: after a trap the object is left (its memory is lost) and the panic is reported instead.
 */
function using<T extends Freeable, R>(object: T, use: (object: T) => R): R {
    let result: R;
    try {
        result = use(object);
    } catch (error) {
        // An object the trap left behind, or one holding it (the trap was in a call on it), is not freed.
        if (error instanceof PngRasterError) throw error;
        if (error instanceof WebAssembly.RuntimeError) {
            throw new PngRasterError(`The PNG rasteriser (resvg) stopped on this image (WebAssembly: ${error.message}): export it as SVG instead, `
                + 'or draw the whole map rather than a cropped view.', { cause: error });
        }
        object.free();
        throw error;
    }
    object.free();
    return result;
}

function tooLarge(width: number, height: number, scale: number): PngTooLargeError {
    return new PngTooLargeError(`The map is ${width} × ${height} pixels at scale ${scale}, more than a PNG can hold here `
        + `(${MAX_PNG_PIXELS / 1e6} megapixels): export it at a smaller scale, or as SVG.`);
}

export async function svgToPng(svg: string, opts: PngOptions = {}): Promise<Uint8Array> {
    await initialised(opts.assetsDir);
    const theme = opts.theme ?? svgTheme(svg);
    const scale = opts.scale ?? 1;
    const raster = svgForRaster(svg, theme);
    const options = (zoom: number) => ({
        fitTo: { mode: 'zoom' as const, value: zoom },
        background: opts.background ?? THEMES[theme].bg,
        font: { fontBuffers: loadAssets(opts.assetsDir).fonts, defaultFontFamily: 'DejaVu Sans' }
    });
    const drawn = using(new Resvg(raster, options(scale)), (resvg): { png: Uint8Array } | { canvas: WidenedCanvas } => {
        const width = Math.ceil(resvg.width * scale);
        const height = Math.ceil(resvg.height * scale);
        if (width * height > MAX_PNG_PIXELS) throw tooLarge(width, height, scale);
        const content = resvg.getBBox();
        const box = content && using(content, (b) => ({ x: b.x, y: b.y, width: b.width, height: b.height }));
        const wide = widenedCanvas(raster, width, height, box);
        // Drawn as it is, from this same parse, when nothing reaches past the image, or when the
        // canvas for all of it would be too large (content far outside: resvg may still manage it).
        const canvas = wide && wide.width * wide.height <= MAX_PNG_PIXELS ? wide : undefined;
        return canvas ? { canvas } : { png: using(resvg.render(), (image) => image.asPng()) };
    });
    if ('png' in drawn) return drawn.png;
    const { canvas } = drawn;
    return using(new Resvg(canvas.svg, options(1)), (resvg) =>
        using(resvg.render(), (image) => encodePngRegion(image.pixels, image.width, canvas.crop)));
}
