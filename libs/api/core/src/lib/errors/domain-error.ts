/**
 * The codes a client reads in `extensions.code`. Every error the API raises on purpose carries
 * one; anything else is an INTERNAL_SERVER_ERROR whose details stay in the logs.
 */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** The parameters of a rule a client needs to say it in its own words (`{ max: 200 }`). */
export type RuleParams = Record<string, string | number | boolean | string[]>;

/**
 * One invalid field of an input: a message a person understands, and the rule it breaks with its
 * parameters, so that a client can say it in its own language (docs/api-conventions.md lists the
 * rules).
 */
export interface FieldProblem {
  readonly field: string;
  readonly message: string;
  /** What was wrong, in lowerCamelCase: `maxLength`, `unknownCode`, `rangeInverted`… */
  readonly rule: string;
  readonly params?: RuleParams;
}

/**
 * An error of the domain: services throw these (never GraphQL or HTTP errors), and the one GraphQL
 * error formatter turns them into `extensions`.
 */
export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;

  /** Extra members of `extensions` (for example `field`, `errors`, `retryAfterSeconds`). */
  get extensions(): Record<string, unknown> {
    return {};
  }
}

/** Values the schema's types allow but the rules refuse: a level of 6, an unknown ST.3 code. */
export class BadUserInputError extends DomainError {
  readonly code = ErrorCode.BAD_USER_INPUT;
  readonly problems: readonly FieldProblem[];

  constructor(problems: FieldProblem | readonly FieldProblem[]) {
    const list = Array.isArray(problems) ? problems : [problems as FieldProblem];
    super(list.map((problem) => problem.message).join(' '));
    this.problems = list;
  }

  static field(
    field: string,
    message: string,
    rule: string,
    params?: RuleParams,
  ): BadUserInputError {
    return new BadUserInputError({ field, message, rule, ...(params ? { params } : {}) });
  }

  /** The first problem's `field`, `rule` and `params`, and every problem in `errors`. */
  override get extensions(): Record<string, unknown> {
    const errors = this.problems.map(({ field, message, rule, params }) => ({
      field,
      message,
      rule,
      params: params ?? {},
    }));
    const first = errors[0];
    return { field: first?.field, rule: first?.rule, params: first?.params, errors };
  }
}

export class UnauthenticatedError extends DomainError {
  readonly code = ErrorCode.UNAUTHENTICATED;
  constructor(message = 'Please sign in.') {
    super(message);
  }
}

/** The caller may see the thing but not change it (or may not call the operation at all). */
export class ForbiddenError extends DomainError {
  readonly code = ErrorCode.FORBIDDEN;
  /** @param reason a machine-readable reason, as `extensions.reason`, when a client can act on it. */
  constructor(
    message = 'You are not allowed to do this.',
    readonly reason?: string,
  ) {
    super(message);
  }

  override get extensions(): Record<string, unknown> {
    return this.reason ? { reason: this.reason } : {};
  }
}

/** Absent, or present but not visible to the caller: the answer never confirms it exists. */
export class NotFoundError extends DomainError {
  readonly code = ErrorCode.NOT_FOUND;
  constructor(message: string) {
    super(message);
  }
}

export class ConflictError extends DomainError {
  readonly code = ErrorCode.CONFLICT;
  /** @param reason a machine-readable reason, as `extensions.reason`, when a client can act on it. */
  constructor(
    message: string,
    readonly reason?: string,
  ) {
    super(message);
  }

  override get extensions(): Record<string, unknown> {
    return this.reason ? { reason: this.reason } : {};
  }
}

export class TooManyRequestsError extends DomainError {
  readonly code = ErrorCode.TOO_MANY_REQUESTS;
  constructor(readonly retryAfterSeconds: number) {
    super(
      `Too many requests. Please try again in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}.`,
    );
  }

  override get extensions(): Record<string, unknown> {
    return { retryAfterSeconds: this.retryAfterSeconds };
  }
}
