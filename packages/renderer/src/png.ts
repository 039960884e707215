import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import PNG_ASSETS from './png-assets.json' with { type: 'json' };
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

/** Larger images would need gigabytes in the WebAssembly heap; past this, the export says so. */
export const MAX_PNG_PIXELS = 100_000_000;

/** The image would be too large: the message says what to do instead. */
export class PngTooLargeError extends Error {
    override readonly name = 'PngTooLargeError';
}

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

export async function svgToPng(svg: string, opts: PngOptions = {}): Promise<Uint8Array> {
    await initialised(opts.assetsDir);
    const theme = opts.theme ?? svgTheme(svg);
    const scale = opts.scale ?? 1;
    const resvg = new Resvg(svgForRaster(svg, theme), {
        fitTo: { mode: 'zoom', value: scale },
        background: opts.background ?? THEMES[theme].bg,
        font: { fontBuffers: loadAssets(opts.assetsDir).fonts, defaultFontFamily: 'DejaVu Sans' }
    });
    try {
        const width = Math.ceil(resvg.width * scale);
        const height = Math.ceil(resvg.height * scale);
        if (width * height > MAX_PNG_PIXELS) {
            throw new PngTooLargeError(`The map is ${width} × ${height} pixels at scale ${scale}, more than a PNG can hold here `
                + `(${MAX_PNG_PIXELS / 1e6} megapixels): export it at a smaller scale, or as SVG.`);
        }
        const image = resvg.render();
        try {
            return image.asPng();
        } finally {
            image.free();
        }
    } finally {
        resvg.free();
    }
}
