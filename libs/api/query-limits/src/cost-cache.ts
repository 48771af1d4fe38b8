import { Kind, type DocumentNode, type OperationDefinitionNode, type TypeNode } from 'graphql';

/** Distinct inputs remembered per document; a client varying page sizes endlessly just misses. */
const MAX_KEYS_PER_DOCUMENT = 64;

/**
 * The estimated cost of an operation depends on the document and on the values of its Int and
 * Boolean variables only: list-cost.estimator.ts reads `first` (an Int), and @skip/@include
 * (Booleans) decide what is counted. A request for the same document with the same such values
 * (the case file for another resident: only its ID changes) has the same cost, so it is
 * computed once. Apollo keeps one parsed DocumentNode per query text, which keys the cache; a
 * document no longer held is dropped with it.
 */
export class CostCache {
  readonly #byDocument = new WeakMap<DocumentNode, Map<string, number>>();

  /** The remembered cost, or undefined when it must be computed. */
  get(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): number | undefined {
    return this.#byDocument.get(document)?.get(keyOf(operation, variables));
  }

  set(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>, cost: number): void {
    let costs = this.#byDocument.get(document);
    if (!costs) this.#byDocument.set(document, (costs = new Map()));
    if (costs.size < MAX_KEYS_PER_DOCUMENT) costs.set(keyOf(operation, variables), cost);
  }
}

const costVariables = new WeakMap<OperationDefinitionNode, string[]>();

/** The type's name under its list and non-null wrappers. */
const namedTypeOf = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedTypeOf(type.type));

/** The operation's name and the values of its Int and Boolean variables ([] when absent: a default may apply, unlike null). */
function keyOf(operation: OperationDefinitionNode, variables: Record<string, unknown>): string {
  let names = costVariables.get(operation);
  if (!names) {
    names = (operation.variableDefinitions ?? []).filter((d) => ['Int', 'Boolean'].includes(namedTypeOf(d.type))).map((d) => d.variable.name.value);
    costVariables.set(operation, names);
  }
  return JSON.stringify([operation.name?.value ?? null, ...names.map((name) => (name in variables ? [variables[name]] : []))]);
}
