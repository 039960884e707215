import { z } from 'zod';
import type { SvgChange } from './svg-chunks.js';

/**
 * Messages between the extension host and the preview webview.
 *
 * The webview is untrusted (it renders text from workspace files), so everything it sends is parsed
 * with {@link WebviewToHostSchema} and anything unknown is dropped. The webview only ever names
 * things the host already knows (a data-ref of the current map, the index of a listed problem),
 * never a URI or a command.
 */

const Ref = z.string().min(1).max(256);

export const WebviewToHostSchema = z.discriminatedUnion('type', [
    /** The webview script is running and wants the current map. */
    z.strictObject({ type: z.literal('ready') }),
    /** A card was clicked: reveal and select its source range. */
    z.strictObject({ type: z.literal('reveal'), ref: Ref }),
    /** A problem in the banner was clicked (index into the last 'errors' message). */
    z.strictObject({ type: z.literal('openProblem'), index: z.number().int().min(0).max(10_000) }),
    /** Toolbar export buttons. */
    z.strictObject({ type: z.literal('exportSvg') }),
    z.strictObject({ type: z.literal('exportPng') }),
    /** The persona filter and hidden lanes now shown, for the PNG export (the server draws it). */
    z.strictObject({ type: z.literal('filters'), persona: Ref.nullable(), hiddenLanes: z.array(Ref).max(100) }),
    /** A patch did not fit the map the webview holds: send the whole map. */
    z.strictObject({ type: z.literal('needFullMap') }),
    /** The map of this document version is painted (used for latency measurements and tests). */
    z.strictObject({ type: z.literal('rendered'), version: z.number().int(), renderMs: z.number().min(0).max(1e7).optional() })
]);

export type WebviewToHost = z.infer<typeof WebviewToHostSchema>;

/** Parses a message from the webview; returns undefined for anything unknown or malformed. */
export function parseWebviewMessage(raw: unknown): WebviewToHost | undefined {
    const parsed = WebviewToHostSchema.safeParse(raw);
    return parsed.success ? parsed.data : undefined;
}

export interface NamedItem { id: string; label: string }

/** A problem as the banner shows it; the host keeps the URI and range. */
export interface BannerProblem {
    message: string;
    severity: 'error' | 'warning' | 'info' | 'hint';
    code: string;
    /** "file.journey:17:5" */
    location: string;
}

export type HostToWebview =
    | {
          type: 'render';
          uri: string;
          version: number;
          title: string;
          svg: string;
          /** Numbers the maps the host sends, so a patch can name the map it applies to. */
          seq: number;
          personas: NamedItem[];
          lanes: NamedItem[];
      }
    /** Only the pieces of the map that changed (see svg-chunks.ts), to apply to map `base`. */
    | {
          type: 'patch';
          uri: string;
          version: number;
          title: string;
          base: number;
          seq: number;
          changes: SvgChange[];
          personas: NamedItem[];
          lanes: NamedItem[];
      }
    | { type: 'errors'; uri: string; version: number; problems: BannerProblem[] }
    /** The preview now shows another document: drop the old map. */
    | { type: 'reset'; uri: string; fileName: string }
    | { type: 'noJourney'; uri: string; version: number; message: string }
    | { type: 'highlight'; ref: string | null; reveal: boolean }
    | { type: 'zoom'; action: 'in' | 'out' | 'fit' | 'reset' }
    | { type: 'locked'; locked: boolean; fileName: string };

/** What the webview keeps with vscode.setState, and the serializer gives back after a reload. */
export const PreviewStateSchema = z.object({
    uri: z.string(),
    locked: z.boolean().default(false),
    view: z
        .object({ scale: z.number().positive(), x: z.number(), y: z.number(), fitted: z.boolean().default(false) })
        .optional(),
    persona: z.string().nullable().default(null),
    hiddenLanes: z.array(z.string()).default([])
});

export type PreviewState = z.infer<typeof PreviewStateSchema>;
