import { Role } from '@wild/shared/domain';

import { needsVisibilityScope, needVisibleTo } from './need-visibility';

describe('needVisibleTo', () => {
  const confidential = { officeCode: 'FR', confidential: true };
  const open = { officeCode: 'FR', confidential: false };

  it('shows a public need to everyone', () => {
    for (const role of Object.values(Role))
      expect(needVisibleTo({ role, officeCode: 'DE' }, open)).toBe(true);
  });

  it('shows a confidential need to its own office and the International Bureau only', () => {
    expect(needVisibleTo({ role: Role.MEMBER, officeCode: 'FR' }, confidential)).toBe(true);
    expect(needVisibleTo({ role: Role.OFFICE_ADMIN, officeCode: 'FR' }, confidential)).toBe(true);
    expect(needVisibleTo({ role: Role.BROKER, officeCode: 'WO' }, confidential)).toBe(true);
    expect(needVisibleTo({ role: Role.ADMIN, officeCode: 'WO' }, confidential)).toBe(true);
    expect(needVisibleTo({ role: Role.MEMBER, officeCode: 'DE' }, confidential)).toBe(false);
    expect(needVisibleTo({ role: Role.OFFICE_ADMIN, officeCode: 'DE' }, confidential)).toBe(false);
    expect(needVisibleTo({ role: Role.MEMBER, officeCode: 'WO' }, confidential)).toBe(false);
  });

  it('agrees with the scope: callers of one scope see the same needs', () => {
    const callers = [
      { role: Role.MEMBER, officeCode: 'FR' },
      { role: Role.OFFICE_ADMIN, officeCode: 'FR' },
      { role: Role.MEMBER, officeCode: 'DE' },
      { role: Role.BROKER, officeCode: 'WO' },
      { role: Role.ADMIN, officeCode: 'WO' },
    ];
    for (const a of callers)
      for (const b of callers)
        if (needsVisibilityScope(a) === needsVisibilityScope(b))
          expect(needVisibleTo(a, confidential)).toBe(needVisibleTo(b, confidential));
  });
});
