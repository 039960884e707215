import { describe, expect, it } from 'vitest';
import { RepaintTiming } from '../src/preview/repaint-timing.js';

/** The panel's request for a version: asked, answered by the server, posted to the webview, at these times. */
function served(timing: RepaintTiming, version: number, asked: number, answered: number, posted: number): void {
    timing.asked(version, asked);
    timing.answered(version, answered);
    timing.posted(version, posted);
}

describe('the timing of a repaint, for the log', () => {
    it('writes one line per edit, timed from the first edit before the paint', () => {
        const timing = new RepaintTiming();
        timing.edited(6, 100);
        timing.edited(7, 130);
        served(timing, 7, 135, 160, 163);
        const line = timing.painted(7, 2.5, 'patch of 1 part', 190);
        expect(line).toContain('version 7 painted 90 ms after the edit');
        expect(line).toContain('renderMap round trip 25 ms, webview insert 2.5 ms, sent patch of 1 part');
        expect(line).toContain('asked 35 ms and posted 63 ms after the edit');
        expect(timing.painted(8, 1, 'whole map', 250)).toBeUndefined();
    });

    it('times a painted version by its own request while the user types on', () => {
        const timing = new RepaintTiming();
        timing.edited(3, 100);
        served(timing, 3, 101, 140, 142);
        // The next keystroke is asked for before version 3 has been painted.
        timing.edited(4, 150);
        timing.asked(4, 151);
        const three = timing.painted(3, 5, 'patch of 1 part', 160);
        expect(three).toContain('version 3 painted 60 ms after the edit (renderMap round trip 39 ms');
        expect(three).toContain('asked 1 ms and posted 42 ms after the edit');
        timing.answered(4, 180);
        timing.posted(4, 181);
        const four = timing.painted(4, 5, 'patch of 1 part', 200);
        expect(four).toContain('version 4 painted 50 ms after the edit (renderMap round trip 29 ms');
        expect(four).toContain('asked 1 ms and posted 31 ms after the edit');
    });

    it('leaves the edits of newer versions waiting when an older version is painted', () => {
        const timing = new RepaintTiming();
        timing.edited(5, 100);
        expect(timing.painted(4, 1, 'whole map', 110)).toBeUndefined();
        expect(timing.painted(5, 1, 'whole map', 120)).toContain('version 5 painted 20 ms after the edit');
    });

    it('writes nothing for a paint that no edit waits for, or after the edit was dropped', () => {
        const timing = new RepaintTiming();
        expect(timing.painted(1, undefined, 'whole map', 10)).toBeUndefined();
        timing.edited(2, 20);
        timing.drop();
        expect(timing.painted(2, undefined, 'whole map', 30)).toBeUndefined();
    });
});
