import { z } from 'zod';

/**
 * The extension's settings (contributes.configuration in the root package.json), parsed with zod so
 * a hand-edited settings.json with a wrong type falls back to the default instead of breaking.
 * journey.trace.server is read by vscode-languageclient itself.
 */
export const SettingsSchema = z.object({
    scrollSync: z.boolean().catch(true),
    clickToReveal: z.boolean().catch(true),
    openToSidePreserveFocus: z.boolean().catch(true),
    exportPngScale: z.number().min(0.5).max(4).catch(2),
    /** What the preview's persona filter does to the other personas' elements. */
    personaFilter: z.enum(['dim', 'hide']).catch('dim'),
    /** Tint the map's hotspot columns (drawn by the renderer, so also in exports). */
    heatTint: z.boolean().catch(true)
});

export type Settings = z.infer<typeof SettingsSchema>;

export interface ConfigurationLike {
    get<T>(section: string): T | undefined;
}

/** Where each setting lives under `journey.` in contributes.configuration. */
export const SETTING_KEYS: Record<keyof Settings, string> = {
    scrollSync: 'preview.scrollSync',
    clickToReveal: 'preview.clickToReveal',
    openToSidePreserveFocus: 'preview.openToSide.preserveFocus',
    exportPngScale: 'preview.exportPngScale',
    personaFilter: 'preview.personaFilter',
    heatTint: 'preview.heatTint'
};

/** `config` is vscode.workspace.getConfiguration('journey'). */
export function readSettings(config: ConfigurationLike): Settings {
    const raw = Object.fromEntries(Object.entries(SETTING_KEYS).map(([field, key]) => [field, config.get(key)]));
    return SettingsSchema.parse(raw);
}
