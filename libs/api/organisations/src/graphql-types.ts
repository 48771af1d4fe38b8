import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { Tenant } from '@bridgeway/api-tenancy';
import { Role } from '@bridgeway/shared-domain';
import type { UserAccount } from './user-account.entity.js';

registerEnumType(Role, { name: 'Role', description: 'What a staff member may do' });

@ObjectType('Organisation', { description: 'A partner organisation (one tenant)' })
export class OrganisationType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('User', { description: 'A staff member' })
export class UserType {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() displayName!: string;
  @Field(() => Role) role!: Role;
  @Field(() => OrganisationType) organisation!: OrganisationType;
}

export function toOrganisationType(tenant: Tenant): OrganisationType {
  return Object.assign(new OrganisationType(), { id: tenant.id, name: tenant.name });
}

export function toUserType(user: Pick<UserAccount, 'id' | 'email' | 'displayName' | 'role'>, organisation: OrganisationType): UserType {
  return Object.assign(new UserType(), { id: user.id, email: user.email, displayName: user.displayName, role: user.role, organisation });
}
