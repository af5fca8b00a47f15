import { BadUserInputError } from '@wild/api/core';

export const PASSWORD_MIN_LENGTH = 12;
/** Bounded so that hashing a password cannot be made arbitrarily costly. */
export const PASSWORD_MAX_LENGTH = 256;

/**
 * The reasons a password is refused, in words a person understands (none when it is acceptable):
 * at least 12 characters, at most 256, and not the account's email (nor its part before the @).
 */
export function passwordProblems(password: string, email: string): string[] {
  const problems: string[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    problems.push(`The password must be at least ${PASSWORD_MIN_LENGTH} characters long.`);
  }
  if (length > PASSWORD_MAX_LENGTH) {
    problems.push(`The password must be at most ${PASSWORD_MAX_LENGTH} characters long.`);
  }
  const normalized = password.trim().toLowerCase();
  const address = email.trim().toLowerCase();
  if (normalized === address || normalized === address.split('@')[0]) {
    problems.push('The password must not be your email address.');
  }
  return problems;
}

/** Throws BAD_USER_INPUT naming `field` when the password breaks the policy. */
export function assertPasswordPolicy(password: string, email: string, field = 'password'): void {
  const problems = passwordProblems(password, email);
  if (problems.length > 0) {
    throw new BadUserInputError(problems.map((message) => ({ field, message })));
  }
}
