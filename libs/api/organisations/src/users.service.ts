import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Tenant, byKey, currentScope, forkForTenant, getActor, requestLoader } from '@bridgeway/api-tenancy';
import type { Role } from '@bridgeway/shared-domain';
import { LOGIN_EMAIL_SETTING, UserAccount } from './user-account.entity.js';
import { hashPassword } from './password-hasher.js';
import { OrganisationType, UserType, toOrganisationType, toUserType } from './graphql-types.js';

export interface NewUser {
  email: string;
  displayName: string;
  role: Role;
  password: string;
}

/** What a `User` shows of a staff member: enough to prime the users loader from a join. */
export type StaffMember = Pick<UserAccount, 'id' | 'email' | 'displayName' | 'role'>;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

@Injectable()
export class UsersService {
  constructor(private readonly em: EntityManager) {}

  /**
   * Finds sign-in candidates by e-mail without a tenant context: the session sets
   * only app.login_email, which the user_account_login_lookup policy matches.
   */
  async findForLogin(email: string): Promise<UserAccount[]> {
    const em = this.em.fork({ clear: true, session: { variables: { [LOGIN_EMAIL_SETTING]: normaliseEmail(email) } } });
    return em.find(UserAccount, { email: normaliseEmail(email) });
  }

  /** Creates a user in the given tenant; refuses an e-mail that already signs in anywhere. */
  async create(tenantId: string, input: NewUser): Promise<UserAccount> {
    const email = normaliseEmail(input.email);
    if ((await this.findForLogin(email)).length > 0) throw new Error(`A user with e-mail ${email} already exists`);
    const em = forkForTenant(this.em, tenantId);
    const user = em.create(UserAccount, {
      tenant: em.getReference(Tenant, tenantId),
      email,
      displayName: input.displayName,
      role: input.role,
      passwordHash: await hashPassword(input.password),
    });
    await em.flush();
    return user;
  }

  async toGraphQL(user: UserAccount): Promise<UserType> {
    const ownOrganisation = currentScope()?.actor?.tenantId === user.tenant.id;
    return toUserType(user, ownOrganisation ? await this.organisationOfActor() : toOrganisationType(await this.em.findOneOrFail(Tenant, { id: user.tenant.id })));
  }

  /** The actor's organisation: from the request's user lookup when it has it, else one query. */
  private async organisationOfActor(): Promise<OrganisationType> {
    const { tenantId, organisationName } = getActor();
    if (organisationName) return Object.assign(new OrganisationType(), { id: tenantId, name: organisationName });
    return toOrganisationType(await this.em.findOneOrFail(Tenant, { id: tenantId }));
  }

  /**
   * A staff member of the actor's organisation as GraphQL `User`, or null; for field resolvers
   * (Resident.keyWorker, CounsellingSession.counsellor, …). Batched per request: one query for
   * the users, one for the organisation.
   */
  loadUser(id: string): Promise<UserType | null> {
    return this.byId().load(id);
  }

  /** Hands the request's loader staff members another query already read (e.g. residents joined with their key worker). */
  async primeUsers(users: readonly StaffMember[]): Promise<void> {
    if (!users.length) return;
    const organisation = await this.organisationOfActor();
    for (const user of users) this.byId().prime(user.id, toUserType(user, organisation));
  }

  /**
   * The organisation's active staff by name (for pickers: programme leaders, departments), optionally
   * of some roles or one department. Disabled accounts are left out: they can lead nothing.
   */
  async listStaff(filter: { roles?: readonly Role[] | null; departmentId?: string | null; first: number }): Promise<UserType[]> {
    const { tenantId } = getActor();
    const rows = await this.em.execute<{ id: string; email: string; display_name: string; role: Role }[]>(
      `select id, email, display_name, role from user_account
        where tenant_id = :tenantId and disabled_at is null${filter.roles?.length ? ' and role = any(:roles::staff_role[])' : ''}${filter.departmentId ? ' and department_id = :departmentId' : ''}
        order by lower(display_name), id limit :first`,
      { tenantId, roles: `{${(filter.roles ?? []).join(',')}}`, departmentId: filter.departmentId ?? undefined, first: filter.first },
    );
    if (!rows.length) return [];
    const organisation = await this.organisationOfActor();
    const users = rows.map((u) => toUserType({ id: u.id, email: u.email, displayName: u.display_name, role: u.role }, organisation));
    for (const user of users) this.byId().prime(user.id, user);
    return users;
  }

  /** Only the columns a `User` shows, straight into plain objects (no entity hydrated, no password hash read). */
  private byId() {
    return requestLoader<string, UserType | null>('users.byId', async (ids) => {
      const { tenantId } = getActor();
      const rows = await this.em.execute<{ id: string; email: string; display_name: string; role: Role }[]>(
        'select id, email, display_name, role from user_account where tenant_id = :tenantId and id in (:ids)',
        { tenantId, ids: [...ids] },
      );
      const organisation = rows.length ? await this.organisationOfActor() : null;
      return byKey(ids, rows, (u) => u.id, ([u]) => (u && organisation ? toUserType({ id: u.id, email: u.email, displayName: u.display_name, role: u.role }, organisation) : null));
    });
  }
}
