import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role } from '@bridgeway/shared-domain';

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
