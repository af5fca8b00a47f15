import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';

import { DEMO_ACCOUNTS } from '@wild/api/auth';
import { Seed, Seeder } from '@wild/api/database';
import { demoPick, OfficeEntity } from '@wild/api/offices';
import { EXPERTISE_AREAS } from '@wild/shared/reference-data';

import { MemberEntity, MemberExpertiseEntity } from './member.entity';
import { ContactVisibility, Position } from './member.enums';

/** At least this many invented people, spread over the offices of the network. */
export const DEMO_MEMBER_COUNT = 180;

const GIVEN_NAMES = [
  'Amina',
  'Bruno',
  'Chen',
  'Dalia',
  'Emeka',
  'Farida',
  'Goran',
  'Hana',
  'Ines',
  'Jonas',
  'Kwame',
  'Leila',
  'Mateo',
  'Nadia',
  'Olu',
  'Priya',
  'Quentin',
  'Rania',
  'Sven',
  'Tamar',
  'Umar',
  'Vera',
  'Wei',
  'Ximena',
  'Yusuf',
  'Zanele',
];
/** Surnames made up for the demo, so no one takes a demo person for a real one. */
const INVENTED_SURNAMES = [
  'Exampleton',
  'Sampleford',
  'Fictora',
  'Mockwell',
  'Placeholm',
  'Demovic',
  'Testari',
  'Imaginel',
  'Inventado',
  'Notreal',
  'Pretendo',
  'Fabrikant',
  'Sketchley',
  'Draftova',
  'Modelle',
];
const TITLES: Record<Position, string[]> = {
  [Position.CIO]: ['Chief Information Officer', 'Director of Information Systems'],
  [Position.CTO]: ['Chief Technology Officer', 'Director of Digital Technology'],
  [Position.HEAD_OF_IT]: ['Head of IT', 'Head of ICT Operations'],
  [Position.CISO]: ['Chief Information Security Officer', 'Head of Cybersecurity'],
  [Position.DATA_OFFICER]: ['Chief Data Officer', 'Head of IP Data'],
  [Position.ARCHITECT]: ['Enterprise Architect', 'Solution Architect'],
  [Position.OTHER]: ['Digital Transformation Lead', 'ICT Project Manager'],
};
const POSITIONS = Object.values(Position);

const ascii = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

/**
 * Demo data (DEMO_DATA): invented ICT leaders of real offices, without accounts (as if imported
 * before they joined), every one marked illustrative.
 */
@Injectable()
@Seed({ name: 'demo members', order: 40, kind: 'demo' })
export class DemoMembersSeeder implements Seeder {
  async seed(manager: EntityManager): Promise<void> {
    const offices = await manager.find(OfficeEntity, { order: { code: 'ASC' } });
    if (offices.length === 0) return;
    // one statement for what an earlier start already seeded (the seed runs at every start)
    const existing = new Set(
      (
        await manager.find(MemberEntity, { select: { email: true }, where: { illustrative: true } })
      ).map((member) => member.email),
    );
    for (let index = 0; index < DEMO_MEMBER_COUNT; index++) {
      const office = offices[index % offices.length];
      const key = `${office.code}:${index}`;
      const given = GIVEN_NAMES[demoPick(`${key}:given`, GIVEN_NAMES.length)];
      const surname = INVENTED_SURNAMES[demoPick(`${key}:surname`, INVENTED_SURNAMES.length)];
      const email = `${ascii(given)}.${ascii(surname)}.${index}@${office.code.toLowerCase()}.demo.wild.example`;
      if (existing.has(email)) continue;
      const position = POSITIONS[demoPick(`${key}:position`, POSITIONS.length)];
      const titles = TITLES[position];
      const languages = [...new Set([office.languages[0] ?? 'en', 'en'])];
      const member = await manager.save(
        manager.create(MemberEntity, {
          officeCode: office.code,
          email,
          fullName: `${given} ${surname}`,
          title: titles[demoPick(`${key}:title`, titles.length)],
          position,
          languages,
          bio: `Invented demo profile: ${given} ${surname} is not a real person.`,
          timeZone: office.timeZone,
          availableToMentor: demoPick(`${key}:mentor`, 3) === 0,
          seeksMentoring: demoPick(`${key}:mentee`, 3) === 0,
          contactEmail: email,
          contactVisibility:
            demoPick(`${key}:contact`, 4) === 0
              ? ContactVisibility.NETWORK
              : ContactVisibility.RESTRICTED,
          hidden: demoPick(`${key}:hidden`, 15) === 0,
          illustrative: true,
        }),
      );
      const count = 2 + demoPick(`${key}:areas`, 3);
      const start = demoPick(`${key}:first-area`, EXPERTISE_AREAS.length);
      await manager.insert(
        MemberExpertiseEntity,
        Array.from({ length: count }, (_, offset) => ({
          memberId: member.id,
          area: EXPERTISE_AREAS[(start + offset * 7) % EXPERTISE_AREAS.length].code,
          level: 1 + demoPick(`${key}:level:${offset}`, 3),
        })),
      );
    }
    await this.giveDemoAccountsContacts(manager);
  }

  /**
   * The demo accounts' own profiles (made when their accounts were) get contact details shared
   * with no one but brokers and the people they are introduced to, so the brokering demo shows
   * them opening on agreement. Numbers of the fictional 555 range.
   */
  private async giveDemoAccountsContacts(manager: EntityManager): Promise<void> {
    for (const [index, account] of DEMO_ACCOUNTS.entries()) {
      await manager.update(
        MemberEntity,
        { email: account.email, contactEmail: IsNull() },
        {
          contactEmail: account.email,
          contactPhone: `+1 555 010 ${String(index).padStart(4, '0')}`,
          contactVisibility: ContactVisibility.RESTRICTED,
        },
      );
    }
  }
}
