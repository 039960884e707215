import { isAstNode, type AstNode } from 'langium';

/**
 * The nodes of a tree in the order of Langium's `streamAst` (the root, then each property's nodes
 * in order, depth first), for the two walks of every build: linking and validating. `streamAst`
 * makes a stream, an iterator and a key list for every node it visits; on a 1 MB map (60,000 nodes)
 * those walks were a tenth of a cold `journey check` and much of its garbage. This walk keeps one
 * stack of the nodes still to visit.
 */
export class AstWalk {
    private readonly pending: AstNode[];
    /** The node returned last, whose children are stacked when the next node is asked for. */
    private expand: AstNode | undefined;

    constructor(root: AstNode) {
        this.pending = [root];
    }

    /** The next node, or undefined when all are visited. */
    next(): AstNode | undefined {
        if (this.expand) {
            stackChildren(this.expand, this.pending);
            this.expand = undefined;
        }
        const node = this.pending.pop();
        this.expand = node;
        return node;
    }

    /** The children of the node returned last are not visited. */
    prune(): void {
        this.expand = undefined;
    }
}

/** Pushes the node's children so that the first one is on top of the stack. */
function stackChildren(node: AstNode, stack: AstNode[]): void {
    const start = stack.length;
    for (const key in node) {
        if (key.startsWith('$')) {
            continue;
        }
        const value = (node as unknown as Record<string, unknown>)[key];
        if (Array.isArray(value)) {
            for (const item of value) {
                if (isAstNode(item)) {
                    stack.push(item);
                }
            }
        } else if (isAstNode(value)) {
            stack.push(value);
        }
    }
    for (let low = start, high = stack.length - 1; low < high; low++, high--) {
        const swap = stack[low];
        stack[low] = stack[high];
        stack[high] = swap;
    }
}
