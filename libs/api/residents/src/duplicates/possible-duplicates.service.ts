import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError } from '@bridgeway/api-common';
import { getActor } from '@bridgeway/api-tenancy';
import { PossibleDuplicateType } from './possible-duplicate.type.js';

/** Enough for a warning; a longer list would be a search, which `residents` is for. */
export const MAX_DUPLICATES = 10;
const NAME_MAX = 100;

@Injectable()
export class PossibleDuplicatesService {
  constructor(private readonly em: EntityManager) {}

  /** Same first and last name (any case, spaces trimmed) and date of birth, in the caller's organisation. */
  async find(firstName: string, lastName: string, dateOfBirth: string): Promise<PossibleDuplicateType[]> {
    const first = firstName.trim();
    const last = lastName.trim();
    const fields: Record<string, string> = {};
    if (!first || first.length > NAME_MAX) fields.firstName = 'Enter a first name';
    if (!last || last.length > NAME_MAX) fields.lastName = 'Enter a last name';
    if (Object.keys(fields).length) throw new BadUserInputError(fields);
    const rows = await this.em.execute<{ id: string; first_name: string; last_name: string }[]>(
      `select r.id, r.first_name, r.last_name from resident r
        where r.tenant_id = :tenantId and r.date_of_birth = :dateOfBirth
          and lower(r.first_name) = lower(:first) and lower(r.last_name) = lower(:last)
        order by r.last_name, r.first_name, r.id limit :limit`,
      { tenantId: getActor().tenantId, dateOfBirth, first, last, limit: MAX_DUPLICATES },
    );
    return rows.map((r) => Object.assign(new PossibleDuplicateType(), { id: r.id, firstName: r.first_name, lastName: r.last_name }));
  }
}
