import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { Seed, Seeder } from '@wild/api/database';
import { demoPick, officeCodes } from '@wild/api/offices';
import { MATURITY_DIMENSIONS, MaturityDimension } from '@wild/shared/domain';

import { refreshCurrentMaturity } from './assessments/current-maturity';
import {
  AssessmentStatus,
  MaturityAssessmentEntity,
  MaturityAssessmentLevelEntity,
} from './assessments/maturity-assessment.entity';
import { DEMO_EVIDENCE, DEMO_NEEDS, DEMO_OFFERS } from './demo-maturity.content';
import { MaturityModelEntity } from './maturity-model.entity';
import { OfficeNeedEntity, OfficeOfferEntity } from './needs-offers/office-need-offer.entity';
import { AdoptionStatus, StandardAdoptionEntity } from './standards/standard-adoption.entity';

/** Offices whose invented levels start at 4: large or long-digitised offices. */
const BASE_4 = new Set(
  'AT AU BX CA CH CN DE DK EE EM EP ES FI FR GB IE IL JP KR NL NO NZ SE SG US XN'.split(' '),
);
/** Invented levels start at 3; every other office at 2. */
const BASE_3 = new Set(
  'AE AP AR BG BR BY CL CO CR CZ EA EG GC GE GR HR HU ID IN IS IT JO KZ LT LU LV MA MD MX MY OA OM PE PH PL PT QA RO RS RU SA SI SK TH TR UA UY VN XV ZA'.split(
    ' ',
  ),
);
/**
 * Fixed on purpose, so the demo always answers the product's first question: French-speaking
 * offices at level ≥ 4 in SECURITY.
 */
const FIXED_LEVELS: Record<string, Partial<Record<MaturityDimension, number>>> = {
  FR: { SECURITY: 5 },
  EP: { SECURITY: 5 },
  CA: { SECURITY: 4 },
  CH: { SECURITY: 4 },
  BX: { SECURITY: 4 },
  // matching at work (issue 16): SN seeks help in SECURITY and DATA; mentors ahead of it in
  // SECURITY for different reasons (FR: offers, French, gap 3; MA: offers, French, gap 2; CI: offers,
  // French, gap 2, same region and time zone; EP: gap 3, no offer); a peer cohort in DATA (CI, CM, TN)
  SN: { SECURITY: 2, DATA: 2 },
  MA: { SECURITY: 4 },
  CI: { SECURITY: 4, DATA: 2 },
  CM: { DATA: 3 },
  TN: { DATA: 2 },
};
/** Needs in place of the generated ones, and offers beside them, for the matching demo above. */
const FIXED_NEEDS: Record<string, { dimension: MaturityDimension; confidential: boolean }[]> = {
  SN: [
    { dimension: MaturityDimension.SECURITY, confidential: false },
    { dimension: MaturityDimension.DATA, confidential: true },
  ],
  CI: [{ dimension: MaturityDimension.DATA, confidential: false }],
  CM: [{ dimension: MaturityDimension.DATA, confidential: false }],
  TN: [{ dimension: MaturityDimension.DATA, confidential: false }],
};
const FIXED_OFFERS: Record<string, MaturityDimension[]> = {
  FR: [MaturityDimension.SECURITY],
  MA: [MaturityDimension.SECURITY],
  CI: [MaturityDimension.SECURITY],
  CA: [MaturityDimension.SECURITY],
};
/**
 * Standards fixed for the standards buddies of SN (planning ST.26, implementing ST.96): offices
 * that implemented them completely, French-speaking ones among them.
 */
const FIXED_STANDARDS: Record<
  string,
  Record<string, { status: AdoptionStatus; plannedDate?: string }>
> = {
  SN: {
    'ST.26': { status: AdoptionStatus.NONE, plannedDate: '2027-06-30' },
    'ST.96': { status: AdoptionStatus.PARTIAL },
  },
  FR: {
    'ST.26': { status: AdoptionStatus.COMPLETE },
    'ST.96': { status: AdoptionStatus.COMPLETE },
  },
  MA: { 'ST.26': { status: AdoptionStatus.COMPLETE } },
  CA: { 'ST.96': { status: AdoptionStatus.COMPLETE } },
  CH: { 'ST.96': { status: AdoptionStatus.COMPLETE } },
};
const KEY_STANDARDS = ['ST.96', 'ST.36', 'ST.37', 'ST.27', 'ST.61', 'ST.86', 'ST.87', 'ST.90'];
const DAY = 24 * 60 * 60 * 1000;

type Levels = Record<MaturityDimension, number | null>;

/**
 * Demo data (DEMO_DATA): for most real offices, an invented current self-assessment and an older
 * one, needs (some confidential) and offers that follow from it, and WIPO standards adoption. All
 * illustrative; an office that has any of its own is left alone.
 */
@Injectable()
@Seed({ name: 'demo maturity, needs, offers and standards', order: 45, kind: 'demo' })
export class DemoMaturitySeeder implements Seeder {
  async seed(manager: EntityManager): Promise<void> {
    const model = await manager.findOneBy(MaturityModelEntity, { inForce: true });
    if (!model) return;
    const offices = await officeCodes(manager);
    // one after the other: the seed's transaction is one connection, which runs one statement at
    // a time (node-postgres warns of, and will refuse, overlapping queries on a client)
    const assessed = await codesIn(manager, 'maturity_assessment');
    const withStatements = await codesIn(manager, 'office_need', 'office_offer');
    const withStandards = await codesIn(manager, 'standard_adoption');
    const now = Date.now();
    const assessments: Partial<MaturityAssessmentEntity>[] = [];
    const levels: Partial<MaturityAssessmentLevelEntity>[] = [];
    const needs: Partial<OfficeNeedEntity>[] = [];
    const offers: Partial<OfficeOfferEntity>[] = [];
    const standards: Partial<StandardAdoptionEntity>[] = [];

    for (const code of offices) {
      // the International Bureau brokers; it does not assess itself. One office in eight has no demo.
      if (code === 'WO' || (!FIXED_LEVELS[code] && demoPick(`${code}:assessed`, 8) === 0)) continue;
      const current = currentLevels(code);
      if (!assessed.has(code)) {
        const submitted = now - (20 + demoPick(`${code}:when`, 200)) * DAY;
        const older = submitted - (300 + demoPick(`${code}:older`, 200)) * DAY;
        for (const [at, values] of [
          [older, olderLevels(code, current)],
          [submitted, current],
        ] as const) {
          const id = randomUUID();
          assessments.push({
            id,
            officeCode: code,
            modelVersion: model.version,
            status: AssessmentStatus.SUBMITTED,
            submittedAt: new Date(at),
            illustrative: true,
          });
          for (const dimension of MATURITY_DIMENSIONS) {
            const level = values[dimension];
            levels.push({
              assessmentId: id,
              dimension,
              level,
              evidence: level === null ? null : evidenceOf(dimension, level),
            });
          }
        }
      }
      if (!withStatements.has(code)) {
        const officeNeeds =
          FIXED_NEEDS[code] ??
          needsOf(code, current).map((dimension) => ({
            dimension,
            confidential: demoPick(`${code}:${dimension}:confidential`, 4) === 0,
          }));
        for (const { dimension, confidential } of officeNeeds) {
          needs.push({
            officeCode: code,
            dimension,
            description: DEMO_NEEDS[dimension][demoPick(`${code}:${dimension}:need`, 2)],
            confidential,
            illustrative: true,
          });
        }
        const officeOffers = new Set([...(FIXED_OFFERS[code] ?? []), ...offersOf(code, current)]);
        for (const dimension of officeOffers) {
          offers.push({
            officeCode: code,
            dimension,
            description: DEMO_OFFERS[dimension][demoPick(`${code}:${dimension}:offer`, 2)],
            illustrative: true,
          });
        }
      }
      if (!withStandards.has(code)) standards.push(...standardsOf(code, current));
    }

    await insertInChunks(manager, MaturityAssessmentEntity, assessments);
    await insertInChunks(manager, MaturityAssessmentLevelEntity, levels);
    await insertInChunks(manager, OfficeNeedEntity, needs);
    await insertInChunks(manager, OfficeOfferEntity, offers);
    await insertInChunks(manager, StandardAdoptionEntity, standards);
    await refreshCurrentMaturity(manager, [
      ...new Set(assessments.map((row) => row.officeCode as string)),
    ]);
  }
}

function currentLevels(code: string): Levels {
  const base = BASE_4.has(code) ? 4 : BASE_3.has(code) ? 3 : 2;
  return Object.fromEntries(
    MATURITY_DIMENSIONS.map((dimension) => {
      const fixed = FIXED_LEVELS[code]?.[dimension];
      if (fixed) return [dimension, fixed];
      if (demoPick(`${code}:${dimension}:unknown`, 25) === 0) return [dimension, null];
      const noise = [-1, 0, 0, 0, 1][demoPick(`${code}:${dimension}:level`, 5)];
      const offset = dimension === MaturityDimension.EMERGING ? -1 : 0; // AI is young everywhere
      return [dimension, Math.min(5, Math.max(1, base + offset + noise))];
    }),
  ) as Levels;
}

/** A year or so earlier: a level lower in about a third of the dimensions. */
function olderLevels(code: string, current: Levels): Levels {
  return Object.fromEntries(
    MATURITY_DIMENSIONS.map((dimension) => {
      const level = current[dimension];
      const step = demoPick(`${code}:${dimension}:progress`, 3) === 0 ? 1 : 0;
      return [dimension, level === null ? null : Math.max(1, level - step)];
    }),
  ) as Levels;
}

function evidenceOf(dimension: MaturityDimension, level: number): string {
  return DEMO_EVIDENCE[dimension][level <= 2 ? 0 : level === 3 ? 1 : 2];
}

/** Up to two of the weakest dimensions (level 1–2); else, for half the offices, one at level 3. */
function needsOf(code: string, levels: Levels): MaturityDimension[] {
  const shuffled = byPick(code, 'need-order');
  const weak = shuffled.filter((dimension) => (levels[dimension] ?? 5) <= 2).slice(0, 2);
  if (weak.length > 0) return weak;
  if (demoPick(`${code}:need-any`, 2) === 0) return [];
  return shuffled.filter((dimension) => levels[dimension] === 3).slice(0, 1);
}

/** Up to two of the strongest dimensions (level 4–5). */
function offersOf(code: string, levels: Levels): MaturityDimension[] {
  return byPick(code, 'offer-order')
    .filter((dimension) => (levels[dimension] ?? 0) >= 4)
    .slice(0, 2);
}

function standardsOf(code: string, levels: Levels): Partial<StandardAdoptionEntity>[] {
  const interop = levels[MaturityDimension.INTEROP] ?? 2;
  const chosen = [...KEY_STANDARDS]
    .sort((a, b) => demoPick(`${code}:${a}:order`, 1000) - demoPick(`${code}:${b}:order`, 1000))
    .slice(0, 3 + demoPick(`${code}:standards`, 3));
  const fixed = FIXED_STANDARDS[code] ?? {};
  const standards = [...new Set(['ST.26', ...chosen, ...Object.keys(fixed)])];
  return standards.map((standard) => {
    const chosenStatus = fixed[standard];
    if (chosenStatus) {
      return {
        officeCode: code,
        standard,
        status: chosenStatus.status,
        plannedDate: chosenStatus.plannedDate ?? null,
        comment: null,
        illustrative: true,
      };
    }
    const score = interop + [-1, 0, 1][demoPick(`${code}:${standard}:status`, 3)];
    const status =
      score >= 4 || (standard === 'ST.26' && interop >= 3)
        ? AdoptionStatus.COMPLETE
        : score === 3
          ? AdoptionStatus.PARTIAL
          : AdoptionStatus.NONE;
    const planned =
      status === AdoptionStatus.NONE && demoPick(`${code}:${standard}:planned`, 2) === 0
        ? `${2027 + demoPick(`${code}:${standard}:year`, 2)}-${['03-31', '06-30', '12-31'][demoPick(`${code}:${standard}:date`, 3)]}`
        : null;
    return {
      officeCode: code,
      standard,
      status,
      plannedDate: planned,
      comment: null,
      illustrative: true,
    };
  });
}

function byPick(code: string, salt: string): MaturityDimension[] {
  return [...MATURITY_DIMENSIONS].sort(
    (a, b) => demoPick(`${code}:${a}:${salt}`, 1000) - demoPick(`${code}:${b}:${salt}`, 1000),
  );
}

/** Office codes that already have rows in any of the tables (their own data is never touched). */
async function codesIn(manager: EntityManager, ...tables: string[]): Promise<Set<string>> {
  const rows: { office_code: string }[] = await manager.query(
    tables.map((table) => `SELECT DISTINCT office_code FROM ${table}`).join(' UNION '),
  );
  return new Set(rows.map((row) => row.office_code));
}

async function insertInChunks<T extends object>(
  manager: EntityManager,
  entity: new () => T,
  rows: Partial<T>[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += 500) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- TypeORM's insert type is a deep partial
    await manager.insert(entity, rows.slice(start, start + 500) as any);
  }
}
