import { EntityManager } from 'typeorm';

import { ForbiddenError, NotFoundError } from '@wild/api/core';
import { Role } from '@wild/shared/domain';

import { mayEditOffice, officeToEdit } from './office-editing';
import { OfficeEntity } from './office.entity';

describe('mayEditOffice', () => {
  it.each([
    [Role.ADMIN, 'WO', 'FR', true],
    [Role.BROKER, 'WO', 'FR', true],
    [Role.OFFICE_ADMIN, 'FR', 'FR', true],
    [Role.OFFICE_ADMIN, 'DE', 'FR', false],
    [Role.MEMBER, 'FR', 'FR', false],
    [Role.MEMBER, 'DE', 'FR', false],
  ])('lets a %s of %s edit %s: %s', (role, officeCode, code, allowed) => {
    expect(mayEditOffice({ role, officeCode }, code)).toBe(allowed);
  });
});

describe('officeToEdit', () => {
  const france = { code: 'FR' } as OfficeEntity;
  const managerFinding = (office: OfficeEntity | null) => {
    const findOne = jest.fn(async () => office);
    return { manager: { findOne } as unknown as EntityManager, findOne };
  };
  const refusal = 'Office admins may assess their own office only.';

  it('gives the office to those who may edit it, read without a lock unless asked', async () => {
    const { manager, findOne } = managerFinding(france);
    const admin = { role: Role.OFFICE_ADMIN, officeCode: 'FR' };
    await expect(officeToEdit(manager, admin, 'FR', { refusal })).resolves.toBe(france);
    expect(findOne).toHaveBeenLastCalledWith(OfficeEntity, { where: { code: 'FR' } });

    const broker = { role: Role.BROKER, officeCode: 'WO' };
    await expect(officeToEdit(manager, broker, 'FR', { refusal, lock: true })).resolves.toBe(
      france,
    );
    expect(findOne).toHaveBeenLastCalledWith(OfficeEntity, {
      where: { code: 'FR' },
      lock: { mode: 'pessimistic_write' },
    });
  });

  it('refuses another office’s admin and a member with the refusal given', async () => {
    const { manager } = managerFinding(france);
    for (const actor of [
      { role: Role.OFFICE_ADMIN, officeCode: 'DE' },
      { role: Role.MEMBER, officeCode: 'FR' },
    ]) {
      const refused = officeToEdit(manager, actor, 'FR', { refusal });
      await expect(refused).rejects.toBeInstanceOf(ForbiddenError);
      await expect(refused).rejects.toThrow(refusal);
    }
  });

  it('answers NOT_FOUND for an office not in the network, before asking who edits it', async () => {
    const { manager } = managerFinding(null);
    const refused = officeToEdit(manager, { role: Role.MEMBER, officeCode: 'DE' }, 'FR', {
      refusal,
    });
    await expect(refused).rejects.toBeInstanceOf(NotFoundError);
    await expect(refused).rejects.toThrow('No office with code FR is in the network.');
  });
});
