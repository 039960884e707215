export { createMapRenderer, renderMapSvg, RenderSupersededError, isRenderSuperseded } from './render.js';
export type { MapRenderer, MapRendererOptions, RenderOptions, RenderedMap } from './render.js';
export type * from './geometry.js';
export { boxesOverlap, boxInside } from './geometry.js';
export { ref, edgeRef } from './refs.js';
export type { RefKind } from './refs.js';
export type { ThemeName, ThemeOption } from './theme.css.js';
export { THEMES } from './theme.css.js';
export type { InsightsOption, MapHotspot } from './draw-insights.js';
