import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import resvgPkg from '@resvg/resvg-js';
import { resolvedCss, THEMES, type ThemeName } from './theme.css.js';

/**
 * SVG → PNG with resvg (a library, no browser). Node only: import from `@journey-maps/renderer/png`.
 * Text uses the DejaVu Sans TTFs of the `dejavu-fonts-ttf` package (system fonts are not loaded), so
 * the PNG looks the same on a machine with no fonts installed, and matches the width table.
 */

export interface PngOptions {
    /** Pixels per SVG unit (default 1). */
    scale?: number;
    /** Background colour; default: the theme's background. */
    background?: string;
    /** Font files to load instead of the bundled DejaVu Sans. */
    fontFiles?: string[];
}

let defaultFonts: string[] | undefined;

/** Paths of the bundled fonts (DejaVu Sans regular, bold, oblique). */
function bundledFontFiles(): string[] {
    if (!defaultFonts) {
        const require = createRequire(import.meta.url);
        const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
        defaultFonts = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf', 'DejaVuSans-BoldOblique.ttf'].map((f) => join(dir, f));
    }
    return defaultFonts;
}

/** The theme an SVG asks for through its root class (auto → light). */
function svgTheme(svg: string): ThemeName {
    const m = /^<svg[^>]*\bclass="[^"]*\bjm-theme-([a-z-]+)/.exec(svg);
    const t = m?.[1];
    return t === 'dark' || t === 'high-contrast' || t === 'high-contrast-light' ? t : 'light';
}

/** resvg has no CSS custom properties: swap the stylesheet for one with the theme's values filled in. */
function svgForRaster(svg: string, theme: ThemeName = svgTheme(svg)): string {
    return svg.replace(/<style>[\s\S]*?<\/style>/, () => `<style>${resolvedCss(theme)}</style>`);
}

export async function svgToPng(svg: string, opts: PngOptions = {}): Promise<Uint8Array> {
    const theme = svgTheme(svg);
    const resvg = new resvgPkg.Resvg(svgForRaster(svg, theme), {
        fitTo: { mode: 'zoom', value: opts.scale ?? 1 },
        background: opts.background ?? THEMES[theme].bg,
        font: { fontFiles: opts.fontFiles ?? bundledFontFiles(), loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' }
    });
    const png = resvg.render().asPng();
    return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
