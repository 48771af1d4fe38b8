import { Kind, type OperationDefinitionNode, type TypeNode } from 'graphql';

/** Distinct inputs remembered per operation; a client varying page sizes endlessly just misses. */
const MAX_KEYS_PER_OPERATION = 64;

/**
 * The estimated cost of an operation depends on the document and on the values of its Int and
 * Boolean variables only: list-cost.estimator.ts reads `first` (an Int), and @skip/@include
 * (Booleans) decide what is counted. A request for the same document with the same such values
 * (the case file for another resident: only its ID changes) has the same cost, so it is
 * computed once. Apollo keeps one parsed document per query text; its operation node keys the
 * cache, and is dropped with the document.
 */
export class AcceptedCosts {
  /** Per operation (a node of its parsed document): its Int and Boolean variables, and the accepted values of them. */
  readonly #byOperation = new WeakMap<OperationDefinitionNode, { names: string[]; accepted: Set<string> }>();

  /** Whether the operation was accepted before with these values of its Int and Boolean variables. */
  has(operation: OperationDefinitionNode, variables: Record<string, unknown>): boolean {
    const { names, accepted } = this.#entryOf(operation);
    return accepted.has(keyOf(names, variables));
  }

  add(operation: OperationDefinitionNode, variables: Record<string, unknown>): void {
    const { names, accepted } = this.#entryOf(operation);
    if (accepted.size < MAX_KEYS_PER_OPERATION) accepted.add(keyOf(names, variables));
  }

  #entryOf(operation: OperationDefinitionNode) {
    let entry = this.#byOperation.get(operation);
    if (!entry) {
      const names = (operation.variableDefinitions ?? []).filter((d) => ['Int', 'Boolean'].includes(namedTypeOf(d.type))).map((d) => d.variable.name.value);
      this.#byOperation.set(operation, (entry = { names, accepted: new Set() }));
    }
    return entry;
  }
}

/** The type's name under its list and non-null wrappers. */
const namedTypeOf = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedTypeOf(type.type));

/** The values of the named variables ([] when absent: a default may apply, unlike null). */
const keyOf = (names: string[], variables: Record<string, unknown>): string => JSON.stringify(names.map((name) => (name in variables ? [variables[name]] : [])));
