import { GraphQLError } from 'graphql';
import { AuthFailureReason, ConflictReason, ErrorCode } from '@bridgeway/shared-domain';

/** Domain errors map one-to-one onto the contract's `extensions.code`. */
export class NotFoundError extends GraphQLError {
  constructor(entity: string, id?: string) {
    super(id ? `${entity} ${id} was not found` : `${entity} was not found`, {
      extensions: { code: ErrorCode.NOT_FOUND, entity },
    });
  }
}

/** `reason` (shared-domain's ConflictReason) tells clients why, in words they can translate. */
export class ConflictError extends GraphQLError {
  constructor(message: string, details: { reason: ConflictReason } & Record<string, unknown>) {
    super(message, { extensions: { code: ErrorCode.CONFLICT, ...details } });
  }
}

export class ForbiddenError extends GraphQLError {
  constructor(message = 'Your role may not do this') {
    super(message, { extensions: { code: ErrorCode.FORBIDDEN } });
  }
}

export class UnauthenticatedError extends GraphQLError {
  constructor(
    message = 'Sign in to continue',
    reason: AuthFailureReason = AuthFailureReason.SESSION_EXPIRED,
    details: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, reason, ...details } });
  }
}

/** `fields` maps an input field path (e.g. `durationMinutes`) to a readable message. */
export class BadUserInputError extends GraphQLError {
  constructor(fields: Record<string, string>, message?: string) {
    super(message ?? `Invalid input: ${Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join('; ')}`, {
      extensions: { code: ErrorCode.BAD_USER_INPUT, fields },
    });
  }
}
