import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ContactChannel, HelplineTopic } from '@bridgeway/shared-domain';
import './graphql-enums.js';

@ObjectType('HelplineCount', { description: 'Contacts of one month, channel and topic (a contact with several topics counts under each)' })
export class HelplineCount {
  @Field({ description: 'YYYY-MM, in the organisation\'s time zone' }) month!: string;
  @Field(() => ContactChannel) channel!: ContactChannel;
  @Field(() => HelplineTopic, { nullable: true, description: 'null: contacts without a topic' }) topic!: HelplineTopic | null;
  @Field(() => Int) contacts!: number;
}

@ObjectType('HelplineFigures', { description: 'The helpline figures of a period (SQL functions helpline_figures and helpline_contact_counts, docs/figures.md)' })
export class HelplineFigures {
  @Field(() => Int) contacts!: number;
  @Field(() => Int) contactMinutes!: number;
  @Field(() => Int, { description: 'Contacts linked to no person record' }) anonymousContacts!: number;
  @Field(() => Int, { description: 'Distinct relatives with a planned follow-up contact done in the period' }) bereavedFollowedUp!: number;
  @Field(() => [HelplineCount], { description: 'Oldest month first, then channel and topic' }) counts!: HelplineCount[];
}
