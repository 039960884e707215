import { describe, expect, it } from 'vitest';
import { RepaintTiming } from '../src/preview/repaint-timing.js';

describe('the timing of a repaint, for the log', () => {
    it('writes one line per edit, timed from the first edit before the paint', () => {
        const timing = new RepaintTiming();
        timing.edited(100);
        timing.edited(130);
        timing.asked(105);
        timing.answered(160);
        timing.posted(163);
        const line = timing.painted(7, 2.5, 'patch of 1 part', 190);
        expect(line).toContain('version 7 painted 90 ms after the edit');
        expect(line).toContain('renderMap round trip 55 ms, webview insert 2.5 ms, sent patch of 1 part');
        expect(line).toContain('asked 5 ms and posted 63 ms after the edit');
        expect(timing.painted(8, 1, 'whole map', 250)).toBeUndefined();
    });

    it('writes nothing for a paint that no edit waits for, or after the edit was dropped', () => {
        const timing = new RepaintTiming();
        expect(timing.painted(1, undefined, 'whole map', 10)).toBeUndefined();
        timing.edited(20);
        timing.drop();
        expect(timing.painted(2, undefined, 'whole map', 30)).toBeUndefined();
    });
});
