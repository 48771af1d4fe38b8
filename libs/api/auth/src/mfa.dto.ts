import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { Trim } from '@bridgeway/api-common';
import { AuthPayload } from './auth.dto.js';
import { MfaPolicy } from './mfa-policy.js';

registerEnumType(MfaPolicy, {
  name: 'MfaPolicy',
  description: 'Who in an organisation must sign in with a second factor (an authenticator app)',
  valuesMap: {
    PRIVILEGED: { description: 'Managers and consortium coordinators must; the default' },
    EVERYONE: { description: 'Every staff member must' },
    NOT_ENFORCED: { description: 'Nobody must (the demo organisations); anyone may still turn it on' },
  },
});

const TOTP_CODE = /^\s*\d{3}\s?\d{3}\s*$/;

@InputType()
export class MfaCodeInput {
  @Field({ description: 'The mfaTicket from the challenge `login` answered with (UNAUTHENTICATED, reason MFA_REQUIRED)' })
  @IsString()
  @MaxLength(2048)
  ticket!: string;

  @Field({ description: 'The 6-digit code the authenticator app shows' })
  @Matches(TOTP_CODE, { message: 'Enter the 6-digit code from your authenticator app' })
  code!: string;
}

@InputType()
export class RecoveryCodeInput {
  @Field({ description: 'The mfaTicket from the challenge `login` answered with' })
  @IsString()
  @MaxLength(2048)
  ticket!: string;

  @Field({ description: 'One of the recovery codes shown at enrolment (XXXX-XXXX-XXXX-XXXX); each works once' })
  @Trim()
  @MinLength(16, { message: 'Enter a recovery code' })
  @MaxLength(40)
  code!: string;
}

@InputType()
export class MfaEnrolmentTicketInput {
  @Field({ description: 'The mfaTicket from the challenge `login` answered with (reason MFA_ENROLMENT_REQUIRED)' })
  @IsString()
  @MaxLength(2048)
  ticket!: string;
}

@InputType()
export class CompleteMfaEnrolmentInput extends MfaEnrolmentTicketInput {
  @Field({ description: 'The first 6-digit code of the new authenticator' })
  @Matches(TOTP_CODE, { message: 'Enter the 6-digit code from your authenticator app' })
  code!: string;
}

@InputType()
export class MfaCodeOnlyInput {
  @Field({ description: 'A current 6-digit code of the authenticator' })
  @Matches(TOTP_CODE, { message: 'Enter the 6-digit code from your authenticator app' })
  code!: string;
}

@InputType()
export class ResetUserMfaInput {
  @Field(() => ID)
  @IsUUID('4', { message: 'Not a valid staff member id' })
  userId!: string;
}

@ObjectType({ description: 'A new, not yet confirmed authenticator: scan the QR code or type the secret, then confirm with a code' })
export class MfaEnrolment {
  @Field({ description: 'Base32 secret, for typing into the app by hand' })
  secret!: string;

  @Field({ description: 'otpauth:// URI (what the QR code holds)' })
  otpauthUri!: string;

  @Field({ description: 'The otpauth URI as a PNG data URL' })
  qrCodeDataUrl!: string;
}

@ObjectType({ description: 'Recovery codes, shown this once: each signs in once when the authenticator is not at hand' })
export class MfaRecoveryCodes {
  @Field(() => [String])
  recoveryCodes!: string[];
}

@ObjectType({ description: 'Enrolment completed during sign-in: the recovery codes (shown once) and the session' })
export class MfaEnrolledSession {
  @Field(() => [String])
  recoveryCodes!: string[];

  @Field(() => AuthPayload)
  session!: AuthPayload;
}

@ObjectType({ description: "The signed-in user's two-step sign-in" })
export class MfaStatusType {
  @Field({ description: 'An authenticator is on' })
  enrolled!: boolean;

  @Field({ description: "The organisation's policy requires it for this user's role" })
  required!: boolean;

  @Field(() => MfaPolicy)
  policy!: MfaPolicy;

  @Field(() => Int)
  recoveryCodesLeft!: number;
}
