/** What a click on the compare button asks of the preview. */
export interface CompareActions {
    /** Compare with baseline turned on or off. */
    readonly compare: (on: boolean) => void;
    /** Compare with Previous Version ended (the host draws the map alone again). */
    readonly stop: () => void;
}

const HELD_TITLE = 'Fix the errors first: the comparison is drawn from a map without errors, and the map shown is the last good one.';

/**
 * The toolbar's compare button. It shows *Compare with baseline* for a map with a baseline, or what
 * the map is compared with while Compare with Previous Version is on ("Compared with HEAD ✕"). While
 * the file has errors it is held: the map shown is then the last good one, and the server has no
 * valid model to draw it with or without a comparison. A held button stays focusable, so its
 * tooltip can say why, but it neither looks pressed nor changes anything.
 */
export class CompareToggle {
    private readonly label: string;
    private readonly title: string;
    private pressed = false;
    private comparedWith: string | null = null;
    private hasBaseline = false;
    private held = false;

    constructor(private readonly button: HTMLElement, actions: CompareActions) {
        this.label = button.textContent ?? '';
        this.title = button.title;
        button.addEventListener('click', () => {
            if (this.held) return;
            if (this.comparedWith !== null) actions.stop();
            else actions.compare(!this.pressed);
        });
    }

    /** What the map is compared with ("HEAD"), null while it is not compared with a previous version. */
    get previousVersion(): string | null {
        return this.comparedWith;
    }

    press(on: boolean): void {
        this.pressed = on;
        this.button.setAttribute('aria-pressed', String(on));
    }

    /** Compare with Previous Version started (its label) or ended (null). */
    compareWith(label: string | null): void {
        this.comparedWith = label;
        this.refresh();
    }

    /** Whether the shown map's analysis holds a comparison with its baseline: without one, the button shows only while comparing with a previous version. */
    offerBaseline(has: boolean): void {
        this.hasBaseline = has;
        this.refresh();
    }

    hold(held: boolean): void {
        this.held = held;
        this.refresh();
    }

    private refresh(): void {
        const button = this.button;
        const version = this.comparedWith;
        button.hidden = !this.hasBaseline && version === null;
        button.textContent = version === null ? this.label : `Compared with ${version} \u2715`;
        button.title = this.held
            ? HELD_TITLE
            : version === null ? this.title : `The map against ${version}, its last committed version: its emotion curves dashed, new steps marked, removed steps noted at their stage. Click to stop comparing.`;
        button.setAttribute('aria-disabled', String(this.held));
    }
}
