import { AstUtils, type AstNodeDescription, type AstNodeDescriptionProvider, type AstReflection, type ReferenceInfo, type Scope, type ScopeProvider } from 'langium';
import { Journey, Step } from '../generated/ast.js';
import type { JourneyServices } from '../journey-module.js';
import { IndexedScope } from './indexed-scope.js';
import { stepsByName } from './steps-by-name.js';
import type { VisibleDeclarationsProvider } from './visible-declarations.js';

const emptyScope: Scope = new IndexedScope(new Map());

/**
 * Declarations resolve among what the file sees (its own and its direct imports); `->` targets
 * resolve among the steps of the enclosing journey, whatever stage they are in; a `baseline`
 * among the journeys of the files imported directly.
 */
export class JourneyScopeProvider implements ScopeProvider {
    private readonly reflection: AstReflection;
    private readonly descriptions: AstNodeDescriptionProvider;
    private readonly visible: VisibleDeclarationsProvider;
    private readonly stepScopes = new WeakMap<Journey, Scope>();
    /** One scope per name table of what a file sees: linking asks for a scope per reference, 50,000 times on a 1 MB map. */
    private readonly nameScopes = new WeakMap<ReadonlyMap<string, AstNodeDescription>, Scope>();

    constructor(services: JourneyServices) {
        this.reflection = services.shared.AstReflection;
        this.descriptions = services.workspace.AstNodeDescriptionProvider;
        this.visible = services.references.VisibleDeclarations;
    }

    getScope(context: ReferenceInfo): Scope {
        const type = this.reflection.getReferenceType(context);
        if (type === Step.$type) {
            const journey = AstUtils.getContainerOfType(context.container, (node): node is Journey => node.$type === Journey.$type);
            return journey ? this.stepScope(journey) : emptyScope;
        }
        if (type === Journey.$type) {
            return this.nameScope(this.visible.forNode(context.container).importedJourneys);
        }
        const names = this.visible.forNode(context.container).byType.get(type as never);
        return names ? this.nameScope(names) : emptyScope;
    }

    /** The table is made anew whenever what the file sees may have changed, so its scope goes with it. */
    private nameScope(names: ReadonlyMap<string, AstNodeDescription>): Scope {
        let scope = this.nameScopes.get(names);
        if (!scope) {
            scope = new IndexedScope(names);
            this.nameScopes.set(names, scope);
        }
        return scope;
    }

    /**
     * Built once per parsed journey: step names cannot change without a new AST. A step's
     * description is made when a reference first asks for it: describing all steps up front was
     * one uninterrupted stretch of seconds on a 5 MB map.
     */
    private stepScope(journey: Journey): Scope {
        let scope = this.stepScopes.get(journey);
        if (!scope) {
            const document = AstUtils.getDocument(journey);
            scope = new IndexedScope(stepsByName(journey), step => this.descriptions.createDescription(step, step.name, document));
            this.stepScopes.set(journey, scope);
        }
        return scope;
    }
}
