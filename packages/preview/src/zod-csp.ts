import { config } from 'zod/mini';

/**
 * zod compiles fast parsers with `new Function` where it may; the webview's CSP forbids eval, and
 * even zod's guarded probe would be reported as a CSP violation. Imported first by main.ts, before
 * any message is parsed.
 */
config({ jitless: true });
