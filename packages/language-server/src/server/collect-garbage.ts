import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | undefined;

/**
 * A full garbage collection, now. V8 collects when allocation asks for it: after a 5 MB map was
 * dropped and the editor went on with small requests, its 500 MB stayed taken for minutes. The
 * collector is reachable without `--expose-gc` on the command line (editors start the server).
 */
export function collectGarbage(): void {
    if (!collect) {
        const exposed = (globalThis as { gc?: () => void }).gc;
        if (exposed) {
            collect = exposed;
        } else {
            setFlagsFromString('--expose-gc');
            collect = runInNewContext('gc') as () => void;
        }
    }
    collect();
}
