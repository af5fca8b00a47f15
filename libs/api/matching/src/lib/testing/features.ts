import fc from 'fast-check';

import { MATURITY_DIMENSIONS, MaturityDimension, WipoRegion } from '@wild/shared/domain';

import type {
  AdoptionStatusValue,
  IntroductionFacts,
  OfficeFeatures,
  StandardAdoptionFeature,
} from '../scoring/office-features';

/** Builders for the unit tests of matching (not exported from the lib). */
export type FeaturesInput = Partial<
  Omit<OfficeFeatures, 'needs' | 'offers'> & {
    needs: readonly MaturityDimension[];
    offers: readonly MaturityDimension[];
  }
>;

export function office(code: string, input: FeaturesInput = {}): OfficeFeatures {
  return {
    code,
    region: input.region ?? null,
    languages: input.languages ?? [],
    timeZone: input.timeZone ?? null,
    businessSystems: input.businessSystems ?? [],
    levels: input.levels ?? {},
    needs: new Set(input.needs ?? []),
    offers: new Set(input.offers ?? []),
    standards: input.standards ?? {},
  };
}

export const NO_INTRODUCTIONS: IntroductionFacts = {
  remainingCapacity: 2,
  open: false,
  declinedSince: null,
};

export const adoption = (
  status: AdoptionStatusValue,
  plannedDate: string | null = null,
): StandardAdoptionFeature => ({ status, plannedDate });

/** 15 January 2027, noon UTC: Paris at UTC+1, New York at UTC−5, Auckland at UTC+13. */
export const NOW = new Date('2027-01-15T12:00:00Z');
export const daysAgo = (days: number) => new Date(NOW.getTime() - days * 24 * 60 * 60 * 1000);

export const ZONES = [
  'Europe/Paris',
  'Africa/Dakar',
  'Asia/Tokyo',
  'America/Sao_Paulo',
  'Asia/Kolkata',
  'Pacific/Kiritimati',
  'UTC',
  null,
] as const;
export const LANGUAGES = ['fr', 'en', 'es', 'ar', 'pt'];
export const SYSTEMS = ['IPAS', 'in-house', 'commercial'];
export const STANDARDS = ['ST.3', 'ST.26', 'ST.36', 'ST.96'];

const levelArb = fc.option(fc.constantFrom(1, 2, 3, 4, 5 as const), { nil: undefined });
const adoptionArb = fc.option(
  fc.record({
    status: fc.constantFrom<AdoptionStatusValue>('COMPLETE', 'PARTIAL', 'NONE'),
    plannedDate: fc.option(fc.constant('2027-06-30'), { nil: null }),
  }),
  { nil: undefined },
);

/** Any office's features (levels, needs, offers, standards and modifiers at random). */
export const featuresArb = (code: string): fc.Arbitrary<OfficeFeatures> =>
  fc
    .record({
      region: fc.option(fc.constantFrom(...Object.values(WipoRegion)), { nil: null }),
      languages: fc.shuffledSubarray(LANGUAGES),
      timeZone: fc.constantFrom(...ZONES),
      businessSystems: fc.subarray(SYSTEMS),
      levels: fc.tuple(...MATURITY_DIMENSIONS.map(() => levelArb)),
      needs: fc.subarray(MATURITY_DIMENSIONS),
      offers: fc.subarray(MATURITY_DIMENSIONS),
      standards: fc.tuple(...STANDARDS.map(() => adoptionArb)),
    })
    .map(({ levels, standards, ...rest }) =>
      office(code, {
        ...rest,
        levels: Object.fromEntries(
          MATURITY_DIMENSIONS.flatMap((dimension, index) =>
            levels[index] === undefined ? [] : [[dimension, levels[index]]],
          ),
        ),
        standards: Object.fromEntries(
          STANDARDS.flatMap((standard, index) =>
            standards[index] === undefined ? [] : [[standard, standards[index]]],
          ),
        ),
      }),
    );

/** Facts that let a candidate through, with or without a decline older than the window. */
export const openFactsArb: fc.Arbitrary<IntroductionFacts> = fc.record({
  remainingCapacity: fc.integer({ min: 1, max: 5 }),
  open: fc.constant(false),
  declinedSince: fc.option(
    fc.integer({ min: 181, max: 2000 }).map((days) => daysAgo(days)),
    { nil: null },
  ),
});

/** Facts with a decline in the last 180 days. */
export const declinedFactsArb: fc.Arbitrary<IntroductionFacts> = fc.record({
  remainingCapacity: fc.integer({ min: 1, max: 5 }),
  open: fc.constant(false),
  declinedSince: fc.integer({ min: 0, max: 179 }).map((days) => daysAgo(days)),
});

/** A copy with some features replaced. */
export function withFeatures(features: OfficeFeatures, input: FeaturesInput): OfficeFeatures {
  return {
    ...features,
    ...input,
    needs: input.needs ? new Set(input.needs) : features.needs,
    offers: input.offers ? new Set(input.offers) : features.offers,
  };
}
