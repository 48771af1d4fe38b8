import { Kind, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';
import { limitExceeded, QueryLimitReason } from './limit-error.js';

/**
 * The operation's top-level fields by response key (alias or name), fragments expanded, as
 * graphql-js executes them: `{ a: me { id } b: me { id } }` is two root resolutions (two
 * access checks, two lookups), `{ me { id } me { id } }` one.
 */
export function rootFieldCount(operation: OperationDefinitionNode, fragment: (name: string) => FragmentDefinitionNode | null | undefined): number {
  const keys = new Set<string>();
  const seen = new Set<string>();
  const collect = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) keys.add(selection.alias?.value ?? selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) collect(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const definition = fragment(selection.name.value);
        if (definition) collect(definition.selectionSet);
      }
    }
  };
  collect(operation.selectionSet);
  return keys.size;
}

/** Caps the top-level fields of each operation (see rootFieldCount). */
export function maxRootFieldsRule(limit: number): ValidationRule {
  return (context: ValidationContext) => ({
    OperationDefinition(operation) {
      const count = rootFieldCount(operation, (name) => context.getFragment(name));
      if (count > limit) context.reportError(limitExceeded(QueryLimitReason.TOO_MANY_ROOT_FIELDS, 'root fields', limit, count));
    },
  });
}
