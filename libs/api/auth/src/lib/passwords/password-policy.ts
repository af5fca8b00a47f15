import { BadUserInputError, FieldProblem } from '@wild/api/core';

export const PASSWORD_MIN_LENGTH = 12;
/** Bounded so that hashing a password cannot be made arbitrarily costly. */
export const PASSWORD_MAX_LENGTH = 256;

/**
 * The reasons a password is refused, each with its rule (`passwordTooShort`, `passwordTooLong`,
 * `passwordContainsEmail`) and a message a person understands (none when it is acceptable): at
 * least 12 characters, at most 256, and not the account's email (nor its part before the @).
 */
export function passwordRefusals(password: string, email: string): Omit<FieldProblem, 'field'>[] {
  const refusals: Omit<FieldProblem, 'field'>[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    refusals.push({
      message: `The password must be at least ${PASSWORD_MIN_LENGTH} characters long.`,
      rule: 'passwordTooShort',
      params: { min: PASSWORD_MIN_LENGTH },
    });
  }
  if (length > PASSWORD_MAX_LENGTH) {
    refusals.push({
      message: `The password must be at most ${PASSWORD_MAX_LENGTH} characters long.`,
      rule: 'passwordTooLong',
      params: { max: PASSWORD_MAX_LENGTH },
    });
  }
  const normalized = password.trim().toLowerCase();
  const address = email.trim().toLowerCase();
  if (normalized === address || normalized === address.split('@')[0]) {
    refusals.push({
      message: 'The password must not be your email address.',
      rule: 'passwordContainsEmail',
    });
  }
  return refusals;
}

/** The messages of {@link passwordRefusals}. */
export function passwordProblems(password: string, email: string): string[] {
  return passwordRefusals(password, email).map((refusal) => refusal.message);
}

/** Throws BAD_USER_INPUT naming `field` when the password breaks the policy. */
export function assertPasswordPolicy(password: string, email: string, field = 'password'): void {
  const refusals = passwordRefusals(password, email);
  if (refusals.length > 0) {
    throw new BadUserInputError(refusals.map((refusal) => ({ field, ...refusal })));
  }
}
