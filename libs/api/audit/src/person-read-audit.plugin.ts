import { Logger } from '@nestjs/common';
import { Plugin } from '@nestjs/apollo';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { getNamedType } from 'graphql';
import { currentScope } from '@bridgeway/api-tenancy';
import { ErrorCode } from '@bridgeway/shared-domain';
import { AuditService, type AuditEntry } from './audit.service.js';
import { isPersonRecordType, personsIn } from './person-records.js';

/**
 * Audits every disclosure of a person's record, whatever path reached it (a list, a nested
 * field, a mutation's answer): while the operation runs, every field whose type is declared a
 * person record (person-records.ts) adds the persons it returned; before the response leaves,
 * one batched insert writes one READ row per person. If that insert fails, the response is
 * replaced by an error: nothing is disclosed without its trace.
 */
@Plugin()
export class PersonReadAuditPlugin implements ApolloServerPlugin {
  private readonly logger = new Logger('Audit');

  constructor(private readonly audit: AuditService) {}

  async requestDidStart(): Promise<GraphQLRequestListener<Record<string, unknown>>> {
    const disclosed = new Map<string, AuditEntry>();
    const audit = this.audit;
    const logger = this.logger;
    return {
      async executionDidStart() {
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
      async willSendResponse({ response }) {
        if (!disclosed.size || !currentScope()?.actor) return;
        // A person this request already has a row about (the mutation that returned them) needs no second one.
        const entries = [...disclosed.values()].filter((e) => !audit.coversPerson(e.entityType as 'Resident' | 'Relative', e.entityId));
        if (!entries.length) return;
        try {
          await audit.record(entries);
        } catch (error) {
          logger.error(`audit of ${entries.length} disclosed records failed; response withheld: ${error instanceof Error ? error.message : String(error)}`);
          if (response.body.kind === 'single') {
            response.body.singleResult = { errors: [{ message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] };
          }
        }
      },
    };
  }
}
