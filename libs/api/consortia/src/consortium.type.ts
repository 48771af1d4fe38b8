import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { OrganisationType } from '@bridgeway/api-organisations';
import { DateScalar } from '@bridgeway/api-common';
import type { SeriesSource } from './consortium-series.service.js';

@ObjectType('Consortium', { description: 'A named group of partner organisations sharing aggregated figures' })
export class ConsortiumType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => [OrganisationType], { description: 'Member organisations (id and name only)' }) members!: OrganisationType[];
}

/** Aggregates only: an organisation (id, name) and numbers; nothing about a person. */
@ObjectType('PartnerFigures', { description: "Figures of one partner, or of the whole consortium; people counts under the threshold are null in a partner's row" })
export class PartnerFiguresType {
  @Field(() => OrganisationType, { nullable: true, description: 'null in the totals row' }) organisation!: OrganisationType | null;
  @Field(() => Int) residencesOpen!: number;
  @Field(() => Int, { nullable: true }) currentResidents!: number | null;
  @Field(() => Float) counsellingHours!: number;
  @Field(() => Int, { nullable: true }) peopleCounselled!: number | null;
  @Field(() => Int) trainingsHeld!: number;
  @Field(() => Int, { nullable: true }) goalsAchieved!: number | null;
}

@ObjectType('ConsortiumOverview')
export class ConsortiumOverviewType {
  @Field(() => ConsortiumType) consortium!: ConsortiumType;
  @Field(() => [PartnerFiguresType]) partners!: PartnerFiguresType[];
  @Field(() => PartnerFiguresType) totals!: PartnerFiguresType;
  /** Not in the schema: what the `series` field resolver reports on. */
  source!: SeriesSource;
}

@ObjectType('ConsentDecision', { description: "One recorded decision about a resident's data in consortium statistics" })
export class ConsentDecisionType {
  @Field(() => ID) id!: string;
  @Field() given!: boolean;
  @Field(() => DateScalar) decidedOn!: string;
  @Field(() => ID) recordedById!: string;
}

@ObjectType('ConsortiumConsent', { description: 'Consent to consortium statistics: the latest decision counts; with no decision the resident is counted' })
export class ConsortiumConsentType {
  @Field({ description: 'Whether the resident is counted in consortium figures' }) given!: boolean;
  @Field(() => DateScalar, { nullable: true }) decidedOn!: string | null;
  @Field(() => [ConsentDecisionType], { description: 'Newest first' }) history!: ConsentDecisionType[];
}
