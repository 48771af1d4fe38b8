import { Plugin } from '@nestjs/apollo';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { getNamedType } from 'graphql';
import { beforeRequestCommit, currentScope } from '@bridgeway/api-tenancy';
import { AuditService, type AuditEntry } from './audit.service.js';
import { isPersonRecordType, personsIn, type PersonKind } from './person-records.js';

/**
 * Audits every disclosure of a person's record, whatever path reached it (a list, a nested
 * field, a mutation's answer): while the operation runs, every field whose type is declared a
 * person record (person-records.ts) adds the persons it returned; at the end of the request,
 * in its transaction and before it commits, one batched insert writes one READ row per person.
 * If that insert fails, the request rolls back and the response is replaced by an error
 * (RequestTransactionPlugin): nothing is disclosed without its trace.
 */
@Plugin()
export class PersonReadAuditPlugin implements ApolloServerPlugin {
  constructor(private readonly audit: AuditService) {}

  async requestDidStart(): Promise<GraphQLRequestListener<Record<string, unknown>>> {
    const disclosed = new Map<string, AuditEntry>();
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
        return {
          willResolveField({ info }) {
            const typeName = getNamedType(info.returnType).name;
            if (!isPersonRecordType(typeName)) return;
            return (error, result) => {
              if (error) return;
              for (const person of personsIn(typeName, result)) {
                const key = `${person.kind}:${person.id}`;
                if (!disclosed.has(key)) {
                  disclosed.set(key, { action: 'READ', entityType: person.kind, entityId: person.id, residentId: person.kind === 'Resident' ? person.id : null });
                }
              }
            };
          },
        };
      },
    };
  }
}
