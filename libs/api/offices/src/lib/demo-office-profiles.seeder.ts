import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';

import { Seed, Seeder } from '@wild/api/database';

import { OfficeEntity } from './office.entity';

/** A number in [0, n) that depends only on the key: the demo is the same on every install. */
export function demoPick(key: string, n: number): number {
  return parseInt(createHash('sha256').update(key).digest('hex').slice(0, 8), 16) % n;
}

const SYSTEMS = [
  ['WIPO IPAS'],
  ['WIPO IPAS', 'WIPO Publish'],
  ['in-house'],
  ['in-house', 'WIPO DAS'],
  ['commercial suite'],
  ['WIPO IPAS', 'in-house e-filing'],
];

/** Fixed for the matching demo (issue 16): SN and two of its mentors run WIPO IPAS. */
const FIXED_SYSTEMS: Record<string, string[]> = {
  SN: ['WIPO IPAS'],
  MA: ['WIPO IPAS', 'WIPO Publish'],
  CI: ['WIPO IPAS'],
};

/**
 * Demo data (DEMO_DATA): invented sizes, systems and capacities for the real offices whose profile
 * nobody has filled in, marked illustrative so no one mistakes them for the office's own figures.
 */
@Injectable()
@Seed({ name: 'demo office profiles', order: 35, kind: 'demo' })
export class DemoOfficeProfilesSeeder implements Seeder {
  async seed(manager: EntityManager): Promise<void> {
    const offices = await manager.find(OfficeEntity, {
      where: { staffSize: IsNull(), illustrative: false },
    });
    for (const office of offices) {
      const staffSize = 40 + demoPick(`${office.code}:staff`, 2500);
      await manager.update(
        OfficeEntity,
        { code: office.code },
        {
          staffSize,
          ictStaffSize: Math.max(
            2,
            Math.round(staffSize * (0.04 + demoPick(`${office.code}:ict`, 10) / 100)),
          ),
          businessSystems:
            FIXED_SYSTEMS[office.code] ??
            SYSTEMS[demoPick(`${office.code}:systems`, SYSTEMS.length)],
          mentoringCapacity: 1 + demoPick(`${office.code}:capacity`, 4),
          description: `Illustrative demo profile of ${office.names.en}: figures invented for the demo, not the office's own.`,
          illustrative: true,
        },
      );
    }
  }
}
