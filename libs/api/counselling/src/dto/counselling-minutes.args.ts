import { ArgsType } from '@nestjs/graphql';
import { OpenPeriodArgs } from '@bridgeway/api-common';

/** `Resident.counsellingMinutes(from, to)`: the field's description explains the ends. */
@ArgsType()
export class CounsellingMinutesArgs extends OpenPeriodArgs({ from: null, to: null }) {}
