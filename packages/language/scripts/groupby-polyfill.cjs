// langium-cli 4.4 pulls chevrotain 13, which calls Object.groupBy (Node >= 21). The grammar is
// generated on Node 20 too, so give it the one function it needs, only for that step.
if (typeof Object.groupBy !== 'function') {
    Object.groupBy = function groupBy(items, keyOf) {
        const groups = Object.create(null);
        let index = 0;
        for (const item of items) {
            const key = keyOf(item, index++);
            (groups[key] ??= []).push(item);
        }
        return groups;
    };
}
