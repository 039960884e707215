/** What each value of a pain's severity and an opportunity's impact and effort means, shown by completion and hover. */
export type ScaleName = 'severity' | 'impact' | 'effort';

export const scaleMeanings: Readonly<Record<ScaleName, readonly string[]>> = {
    severity: ['minor: a nuisance', 'noticeable: slows the customer down', 'serious: the customer struggles', 'severe: many give up or ask for help', 'blocks the customer'],
    impact: ['small', 'modest', 'clear', 'strong', 'large'],
    effort: ['cheap: a quick change', 'small: days', 'moderate: weeks', 'large: a project', 'costly: a programme']
};

/** `4 of 5 (severe: …)`, or undefined when the value is not on the scale. */
export function scaleText(scale: ScaleName, value: number | undefined): string | undefined {
    const meaning = value !== undefined && Number.isInteger(value) ? scaleMeanings[scale][value - 1] : undefined;
    return meaning ? `${value} of 5 (${meaning})` : undefined;
}
