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
    personaFilter: z.enum(['dim', 'hide']).catch('dim')
});

export type Settings = z.infer<typeof SettingsSchema>;

export interface ConfigurationLike {
    get<T>(section: string): T | undefined;
}

/** `config` is vscode.workspace.getConfiguration('journey'). */
export function readSettings(config: ConfigurationLike): Settings {
    return SettingsSchema.parse({
        scrollSync: config.get('preview.scrollSync'),
        clickToReveal: config.get('preview.clickToReveal'),
        openToSidePreserveFocus: config.get('preview.openToSide.preserveFocus'),
        exportPngScale: config.get('preview.exportPngScale'),
        personaFilter: config.get('preview.personaFilter')
    });
}
