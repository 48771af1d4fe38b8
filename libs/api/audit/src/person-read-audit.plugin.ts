import { Plugin } from '@nestjs/apollo';
import type { ApolloServerPlugin, GraphQLRequestContext, GraphQLRequestListener, GraphQLServerListener } from '@apollo/server';
import { defaultFieldResolver, getNamedType, GraphQLObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { beforeRequestCommit, currentScope } from '@bridgeway/api-tenancy';
import { AuditService, type AuditEntry } from './audit.service.js';
import { isPersonRecordType, personsIn, type PersonKind } from './person-records.js';

/** The persons disclosed so far, per request (the GraphQL context object is the request's). */
const disclosedBy = new WeakMap<object, Map<string, AuditEntry>>();
const wrapped = Symbol('personReadAudit');

/**
 * Audits every disclosure of a person's record, whatever path reached it (a list, a nested
 * field, a mutation's answer): while the operation runs, every field whose type is declared a
 * person record (person-records.ts) adds the persons it returned; at the end of the request,
 * in its transaction and before it commits, one batched insert writes one READ row per person.
 * If that insert fails, the request rolls back and the response is replaced by an error
 * (RequestTransactionPlugin): nothing is disclosed without its trace.
 *
 * Only those fields are wrapped, once, when the schema loads. Apollo's per-field hook
 * (willResolveField) would wrap every field of the schema instead, scalars included, with a
 * call and allocations per field resolved: ~500 for a case file (docs/performance.md).
 */
@Plugin()
export class PersonReadAuditPlugin implements ApolloServerPlugin {
  constructor(private readonly audit: AuditService) {}

  async serverWillStart(): Promise<GraphQLServerListener> {
    return { schemaDidLoadOrUpdate: ({ apiSchema }) => wrapPersonRecordFields(apiSchema) };
  }

  async requestDidStart({ contextValue }: GraphQLRequestContext<Record<string, unknown>>): Promise<GraphQLRequestListener<Record<string, unknown>>> {
    const disclosed = new Map<string, AuditEntry>();
    disclosedBy.set(contextValue, disclosed);
    const audit = this.audit;
    return {
      async executionDidStart() {
        // Written at the end of the request, in its transaction, before it commits (RequestTransactionPlugin).
        beforeRequestCommit(async () => {
          if (!disclosed.size || !currentScope()?.actor) return;
          // A person this request already has a row about (the mutation that returned them) needs no second one.
          const entries = [...disclosed.values()].filter((e) => !audit.coversPerson(e.entityType as PersonKind, e.entityId));
          if (entries.length) audit.recordAtRequestEnd(entries);
        });
      },
    };
  }
}

/** Wraps the resolver of every field whose type is a person record (a list of them included), once per schema. */
function wrapPersonRecordFields(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const typeName = getNamedType(field.type).name;
      if (!isPersonRecordType(typeName) || (field.resolve as { [wrapped]?: true } | undefined)?.[wrapped]) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      const audited: GraphQLFieldResolver<unknown, object> = (source, args, context, info) => {
        const result = resolve(source, args, context, info);
        const disclosed = disclosedBy.get(context);
        if (disclosed) whenResolved(result, (value) => note(disclosed, typeName, value));
        return result;
      };
      field.resolve = Object.assign(audited, { [wrapped]: true as const });
    }
  }
}

/** Calls `then` with the resolved value (a list's items resolved too); an error discloses nothing. */
function whenResolved(result: unknown, then: (value: unknown) => void): void {
  if (isPromiseLike(result)) result.then((value) => whenResolved(value, then), () => undefined);
  else if (Array.isArray(result) && result.some(isPromiseLike)) Promise.all(result).then(then, () => undefined);
  else then(result);
}

const isPromiseLike = (value: unknown): value is PromiseLike<unknown> => typeof (value as PromiseLike<unknown> | null)?.then === 'function';

function note(disclosed: Map<string, AuditEntry>, typeName: string, value: unknown): void {
  for (const person of personsIn(typeName, value)) {
    const key = `${person.kind}:${person.id}`;
    if (!disclosed.has(key)) {
      disclosed.set(key, { action: 'READ', entityType: person.kind, entityId: person.id, residentId: person.kind === 'Resident' ? person.id : null });
    }
  }
}
