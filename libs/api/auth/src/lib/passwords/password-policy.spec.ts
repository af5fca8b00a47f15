import { BadUserInputError } from '@wild/api/core';

import { assertPasswordPolicy, passwordProblems, passwordRefusals } from './password-policy';

describe('password policy', () => {
  const email = 'ada.lovelace@inpi.fr';

  it('accepts a long password that is not the email', () => {
    expect(passwordProblems('correct horse battery staple', email)).toEqual([]);
  });

  it('refuses a short password', () => {
    expect(passwordProblems('short', email)).toEqual([
      'The password must be at least 12 characters long.',
    ]);
  });

  it('counts characters, not bytes', () => {
    expect(passwordProblems('ééééééééééé', email)).toHaveLength(1); // 11 characters
    expect(passwordProblems('éééééééééééé', email)).toEqual([]); // 12
  });

  it('refuses an overlong password', () => {
    expect(passwordProblems('x'.repeat(257), email)).toEqual([
      'The password must be at most 256 characters long.',
    ]);
  });

  it('refuses the email, or its local part, whatever the case', () => {
    expect(passwordProblems('Ada.Lovelace@INPI.fr', email)).toEqual([
      'The password must not be your email address.',
    ]);
    expect(passwordProblems('ADA.LOVELACE', email)).toContain(
      'The password must not be your email address.',
    );
  });

  it('throws BAD_USER_INPUT naming the field, with each rule and its parameters', () => {
    expect(() => assertPasswordPolicy('short', email, 'newPassword')).toThrow(BadUserInputError);
    try {
      assertPasswordPolicy('short', email, 'newPassword');
    } catch (error) {
      expect((error as BadUserInputError).extensions).toEqual({
        field: 'newPassword',
        rule: 'passwordTooShort',
        params: { min: 12 },
        errors: [
          {
            field: 'newPassword',
            message: 'The password must be at least 12 characters long.',
            rule: 'passwordTooShort',
            params: { min: 12 },
          },
        ],
      });
    }
    expect(passwordRefusals('x'.repeat(257), email)).toEqual([
      expect.objectContaining({ rule: 'passwordTooLong', params: { max: 256 } }),
    ]);
    expect(passwordRefusals('ADA.LOVELACE', email)).toEqual([
      expect.objectContaining({ rule: 'passwordContainsEmail' }),
    ]);
  });
});
