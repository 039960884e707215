import type { Step } from '@journey-maps/model';
import { M } from './metrics.js';
import { wrapText, type WrappedText } from './wrap.js';

/**
 * The badges at the foot of a step card (moment of truth, end), in rows: side by side when they
 * fit the card, else one above the other. The card's height (prepare-flow.ts) and the badges'
 * places (place-cards.ts) both come from here.
 */

export interface CardBadge {
    wrapped: WrappedText;
    /** Class of the badge's text; its background is the matching badge class. */
    cls: 'jm-mot-text' | 'jm-end-text';
    width: number;
    /** From the card's inner left edge. */
    dx: number;
    /** Row from the top of the badge block. */
    row: number;
}

const GAP = 6;
const ROW_GAP = 4;

export function cardBadges(step: Step): { badges: CardBadge[]; rows: number; height: number } {
    const inner = M.cardWidth - 2 * M.cardPad;
    const badges: CardBadge[] = [];
    let dx = 0;
    let row = 0;
    const add = (text: string, cls: CardBadge['cls']) => {
        const wrapped = wrapText(text, inner - 12, M.badgeFont, true);
        const width = wrapped.width + 12;
        if (dx > 0 && dx + width > inner) {
            dx = 0;
            row++;
        }
        badges.push({ wrapped, cls, width, dx, row });
        dx += width + GAP;
    };
    if (step.momentOfTruth) add('★ Moment of truth', 'jm-mot-text');
    if (step.end) add('■ End', 'jm-end-text');
    const rows = badges.length > 0 ? row + 1 : 0;
    return { badges, rows, height: rows === 0 ? 0 : rows * M.badgeHeight + (rows - 1) * ROW_GAP + 8 };
}

/** The top of a badge row, from the bottom of the card's inner area. */
export function badgeRowTop(innerBottom: number, rows: number, row: number): number {
    return innerBottom - (rows - row) * M.badgeHeight - (rows - 1 - row) * ROW_GAP;
}
