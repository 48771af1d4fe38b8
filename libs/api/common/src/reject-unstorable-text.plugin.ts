import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, visit, type ASTNode, type DocumentNode } from 'graphql';
import { BadUserInputError } from './errors.js';

/** Half of a surrogate pair (only JSON's \uD800 escapes can send one): not Unicode, so not storable either. */
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const unstorable = (text: string) => text.includes('\u0000') || UNPAIRED_SURROGATE.test(text);
const MESSAGE = 'must not contain NUL characters or unpaired surrogates';

/**
 * Field paths as the validation pipe and coercion errors name them: relative to the
 * argument or variable (`input.firstName` → `firstName`), the bare name at the top.
 */
function fieldPath(segments: (string | number)[]): string {
  return (segments.length > 1 ? segments.slice(1) : segments).join('.');
}

/** Paths of every string (or object key) that cannot be stored, inside a JSON variables value. */
function unstorablePathsInValue(value: unknown, segments: (string | number)[], out: string[]): void {
  if (typeof value === 'string') {
    if (unstorable(value)) out.push(fieldPath(segments));
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => unstorablePathsInValue(item, [...segments, index], out));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (unstorable(key)) out.push(fieldPath([...segments, key]));
      unstorablePathsInValue(item, [...segments, key], out);
    }
  }
}

/** Paths (argument → object fields) of every inline string literal that cannot be stored. */
function unstorablePathsInDocument(document: DocumentNode): string[] {
  const out: string[] = [];
  visit(document, {
    StringValue(node, _key, parent, _path, ancestors) {
      if (!unstorable(node.value)) return;
      const segments: string[] = [];
      // `ancestors` stops before the direct parent (the argument or object field itself).
      for (const ancestor of [...ancestors, parent] as ASTNode[]) {
        if (!ancestor || !('kind' in ancestor)) continue;
        if (ancestor.kind === Kind.ARGUMENT || ancestor.kind === Kind.OBJECT_FIELD) segments.push(ancestor.name.value);
      }
      out.push(fieldPath(segments.length ? segments : ['value']));
    },
  });
  return out;
}

/**
 * PostgreSQL cannot store NUL in text (a driver error), and an unpaired surrogate breaks
 * validators (`URIError`) or is silently replaced on the way to the database. Refuse both
 * for every operation before any resolver runs, in variables and inline literals.
 */
export function rejectUnstorableTextPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const paths: string[] = [];
          for (const [name, value] of Object.entries(request.variables ?? {})) unstorablePathsInValue(value, [name], paths);
          paths.push(...unstorablePathsInDocument(document));
          if (!paths.length) return;
          const error = new BadUserInputError(Object.fromEntries(paths.map((p) => [p, MESSAGE])), 'Text must not contain NUL characters or unpaired surrogates');
          error.extensions.http = { status: 400 };
          throw error;
        },
      };
    },
  };
}
