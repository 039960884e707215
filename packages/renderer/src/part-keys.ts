/**
 * The keys of one drawing's parts. A key names what a part shows ("step:fill", "item:pains:fill:0"),
 * so the same thing keeps its key from one edit to the next and the preview can patch it in place.
 * Keys must be unique in a drawing: a name used twice (only a model with errors has duplicate ids)
 * gets a counter, so the drawing stays patchable all the same.
 */
export class PartKeys {
    private readonly seen = new Set<string>();

    unique(key: string): string {
        let k = key;
        for (let n = 2; this.seen.has(k); n++) k = `${key}#${n}`;
        this.seen.add(k);
        return k;
    }
}
