import { EMPTY_STREAM, stream, type AstNodeDescription, type Scope, type Stream } from 'langium';

/** A scope answered by one hash lookup, for names that are unique among what a file sees. */
export class IndexedScope implements Scope {
    constructor(private readonly elements: ReadonlyMap<string, AstNodeDescription>) {}

    getElement(name: string): AstNodeDescription | undefined {
        return this.elements.get(name);
    }

    getElements(name: string): Stream<AstNodeDescription> {
        const element = this.elements.get(name);
        return element ? stream([element]) : EMPTY_STREAM;
    }

    getAllElements(): Stream<AstNodeDescription> {
        return stream(this.elements.values());
    }
}
