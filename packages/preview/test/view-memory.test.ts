import { describe, expect, it } from 'vitest';
import { MAX_REMEMBERED, rememberView, viewFor } from '../src/view-memory.js';

describe('the zoom remembered per document', () => {
    it('gives a document back the view chosen for it, and the first view to a document never shown', () => {
        let views = rememberView({}, 'file:///a.journey', { scale: 0.3, x: 16, y: 16, fitted: true });
        views = rememberView(views, 'file:///b.journey', { scale: 1.5, x: -200, y: -40, fitted: false });
        expect(viewFor(views, 'file:///a.journey')).toEqual({ scale: 0.3, x: 16, y: 16, fitted: true });
        expect(viewFor(views, 'file:///b.journey')).toEqual({ scale: 1.5, x: -200, y: -40, fitted: false });
        expect(viewFor(views, 'file:///c.journey')).toBe('first');
        expect(viewFor(views, 'toString')).toBe('first');
    });

    it('replaces a document\'s view and forgets the least recently used past the limit', () => {
        let views = {};
        for (let i = 0; i < MAX_REMEMBERED + 5; i++) views = rememberView(views, `file:///${i}.journey`, { scale: 1, x: i, y: 0, fitted: false });
        views = rememberView(views, 'file:///6.journey', { scale: 2, x: 0, y: 0, fitted: false });
        const keys = Object.keys(views);
        expect(keys).toHaveLength(MAX_REMEMBERED);
        expect(keys[keys.length - 1]).toBe('file:///6.journey');
        expect(viewFor(views, 'file:///0.journey')).toBe('first');
        expect(viewFor(views, 'file:///34.journey')).toMatchObject({ x: 34 });
        expect(viewFor(views, 'file:///6.journey')).toMatchObject({ scale: 2 });
    });
});
