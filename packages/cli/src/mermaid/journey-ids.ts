/** Whether a text is one Journey identifier: not a reserved word, only identifier characters. */
export type IdentifierCheck = (text: string) => boolean;

/**
 * Makes Journey ids from names: lower case, Unicode letters kept, each run of spaces a `-`,
 * characters an identifier cannot hold dropped; a reserved word gets the kind as a suffix
 * (`end` → `end-step`), a name with nothing usable becomes `kind-N`, and a repeat gets `-2`, `-3`.
 */
export class IdMaker {
    private readonly taken = new Set<string>();
    private readonly laterCharacter = new Map<string, boolean>();
    private unnamed = 0;

    constructor(private readonly isIdentifier: IdentifierCheck, private readonly kind: string) {}

    /** A new id for `name`, unique among the ids this maker gave. */
    next(name: string): string {
        const base = this.base(name);
        let id = base;
        for (let n = 2; this.taken.has(id); n++) {
            id = `${base}-${n}`;
        }
        this.taken.add(id);
        return id;
    }

    private base(name: string): string {
        const words = name.normalize('NFC').toLowerCase().trim().split(/\s+/);
        let id = words
            .map(word => [...word].filter(character => this.allowedLater(character)).join(''))
            .join('-')
            .replace(/-{2,}/g, '-')
            .replace(/^-+|-+$/g, '');
        if (id === '') {
            return `${this.kind}-${++this.unnamed}`;
        }
        if (!this.isIdentifier(`${id[0]!}x`)) {
            // A digit (or a mark) cannot start a name.
            id = `${this.kind}-${id}`;
        }
        return this.isIdentifier(id) ? id : `${id}-${this.kind}`;
    }

    private allowedLater(character: string): boolean {
        let allowed = this.laterCharacter.get(character);
        if (allowed === undefined) {
            allowed = this.isIdentifier(`x${character}`);
            this.laterCharacter.set(character, allowed);
        }
        return allowed;
    }
}
