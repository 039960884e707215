import { EMPTY_STREAM, stream, type AstNodeDescription, type Scope, type Stream } from 'langium';

/**
 * A scope answered by one hash lookup, for names that are unique among what a file sees. The map
 * holds descriptions, or (with `describe`) what a description is made from when a reference first
 * asks for that name.
 */
export class IndexedScope<T = AstNodeDescription> implements Scope {
    private readonly described = new Map<string, AstNodeDescription>();

    constructor(private readonly elements: ReadonlyMap<string, T>, private readonly describe?: (element: T) => AstNodeDescription) {}

    getElement(name: string): AstNodeDescription | undefined {
        if (!this.describe) {
            return this.elements.get(name) as AstNodeDescription | undefined;
        }
        let description = this.described.get(name);
        const element = description ? undefined : this.elements.get(name);
        if (element !== undefined) {
            description = this.describe(element);
            this.described.set(name, description);
        }
        return description;
    }

    getElements(name: string): Stream<AstNodeDescription> {
        const element = this.getElement(name);
        return element ? stream([element]) : EMPTY_STREAM;
    }

    getAllElements(): Stream<AstNodeDescription> {
        return stream(this.elements.keys()).map(name => this.getElement(name)!);
    }
}
