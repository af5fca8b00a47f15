import fc from 'fast-check';

import { MaturityDimension, WipoRegion } from '@wild/shared/domain';

import {
  adoption,
  daysAgo,
  declinedFactsArb,
  featuresArb,
  NO_INTRODUCTIONS,
  NOW,
  office,
  openFactsArb,
  withFeatures,
} from '../testing/features';
import { matchSummary } from '../texts/match-texts';
import { rankScores } from './candidate-index';
import { MatchFactor, MatchKind } from './match-kind';
import {
  rankCandidates,
  scoreCandidate,
  scoringContext,
  type MatchRequest,
  type MatchScore,
} from './match-scorer';
import { KIND_FACTORS, MATCH_WEIGHTS, MODIFIER_FACTORS } from './match-weights';
import type { IntroductionFacts, OfficeFeatures } from './office-features';

const { SECURITY, DATA, INFRA } = MaturityDimension;
const MENTOR_SECURITY: MatchRequest = { kind: MatchKind.MENTOR, dimension: SECURITY };
const PEER_SECURITY: MatchRequest = { kind: MatchKind.PEER, dimension: SECURITY };
const BUDDY_ST26: MatchRequest = { kind: MatchKind.STANDARD_BUDDY, standard: 'ST.26' };
const RUNS = 500;
const context = scoringContext(NOW);

function score(
  seeker: OfficeFeatures,
  candidate: OfficeFeatures,
  request: MatchRequest = MENTOR_SECURITY,
  facts: IntroductionFacts = NO_INTRODUCTIONS,
): MatchScore | null {
  return scoreCandidate(seeker, candidate, request, facts, context);
}

function scored(...args: Parameters<typeof score>): MatchScore {
  const result = score(...args);
  if (!result) throw new Error('excluded, expected a score');
  return result;
}

const contributionOf = (match: MatchScore, factor: MatchFactor) =>
  match.reasons.find((reason) => reason.factor === factor)?.contribution ?? 0;

/** A seeker at `level` in SECURITY, with the rest at random. */
const seekerArb = (level: 1 | 2 | 3 | 4 = 2) =>
  featuresArb('SN').map((features) =>
    withFeatures(features, { levels: { ...features.levels, [SECURITY]: level } }),
  );

/** A candidate eligible as a mentor of a seeker at level 2 in SECURITY; offering or not. */
const mentorArb = (code: string, offers: boolean) =>
  fc.tuple(featuresArb(code), fc.constantFrom(3, 4, 5 as const)).map(([features, level]) =>
    withFeatures(features, {
      levels: { ...features.levels, [SECURITY]: level },
      offers: offers
        ? [...features.offers, SECURITY]
        : [...features.offers].filter((dimension) => dimension !== SECURITY),
    }),
  );

/** A candidate eligible for `request` from a seeker at level 2 in SECURITY planning ST.26. */
const eligibleArb = (code: string, request: MatchRequest) =>
  fc
    .tuple(featuresArb(code), fc.constantFrom(1, 2, 3, 4, 5 as const), fc.boolean())
    .map(([features, level, complete]) => {
      if (request.kind === MatchKind.STANDARD_BUDDY)
        return withFeatures(features, {
          standards: {
            ...features.standards,
            'ST.26': adoption(complete ? 'COMPLETE' : 'PARTIAL'),
          },
        });
      const peerLevel = ([1, 2, 3] as const)[level % 3];
      return withFeatures(features, {
        levels: {
          ...features.levels,
          [SECURITY]: request.kind === MatchKind.MENTOR ? Math.max(3, level) : peerLevel,
        } as OfficeFeatures['levels'],
        needs: [...features.needs, SECURITY],
      });
    });

const requestArb = fc.constantFrom(MENTOR_SECURITY, PEER_SECURITY, BUDDY_ST26);

describe('the weights', () => {
  it('keep every kind at most 1 before a decline, so no clamp hides a difference', () => {
    for (const kind of Object.values(MatchKind)) {
      const positive = [...KIND_FACTORS[kind], ...MODIFIER_FACTORS]
        .map((factor) => MATCH_WEIGHTS[factor])
        .filter((weight) => weight > 0);
      expect(positive.reduce((sum, weight) => sum + weight, 0)).toBeLessThanOrEqual(1 + 1e-9);
    }
  });

  it('weigh RECENT_DECLINE against, and every other factor for', () => {
    for (const [factor, weight] of Object.entries(MATCH_WEIGHTS))
      expect(factor === MatchFactor.RECENT_DECLINE ? weight < 0 : weight > 0).toBe(true);
    expect(MATCH_WEIGHTS[MatchFactor.RECENT_DECLINE]).toBeLessThanOrEqual(-1);
  });
});

describe('scoreCandidate: the hard rules', () => {
  const seeker = office('SN', { levels: { [SECURITY]: 2 }, needs: [SECURITY] });

  it('never answers the seeker itself', () => {
    expect(score(seeker, office('SN', { levels: { [SECURITY]: 4 } }))).toBeNull();
  });

  it('MENTOR: a known level above the seeker’s, and a known level of the seeker', () => {
    expect(score(seeker, office('FR', { levels: { [SECURITY]: 3 } }))).not.toBeNull();
    expect(score(seeker, office('FR', { levels: { [SECURITY]: 2 } }))).toBeNull();
    expect(score(seeker, office('FR', { levels: { [SECURITY]: 1 } }))).toBeNull();
    expect(score(seeker, office('FR', { levels: { [DATA]: 5 } }))).toBeNull();
    expect(score(office('SN'), office('FR', { levels: { [SECURITY]: 5 } }))).toBeNull();
  });

  it('MENTOR: an office at level 4–5 that offers no help still appears, lower', () => {
    const helping = scored(seeker, office('FR', { levels: { [SECURITY]: 4 }, offers: [SECURITY] }));
    const silent = scored(seeker, office('EP', { levels: { [SECURITY]: 5 } }));
    expect(silent.score).toBeGreaterThan(0);
    expect(silent.score).toBeLessThan(helping.score);
  });

  it('PEER: levels at most 1 apart, and the candidate seeks help in the dimension too', () => {
    const peer = (level: 1 | 2 | 3 | 4 | 5, needs = [SECURITY]) =>
      score(seeker, office('MA', { levels: { [SECURITY]: level }, needs }), PEER_SECURITY);
    expect(peer(1)).not.toBeNull();
    expect(peer(2)).not.toBeNull();
    expect(peer(3)).not.toBeNull();
    expect(peer(4)).toBeNull();
    expect(peer(2, [])).toBeNull();
    expect(peer(2, [DATA])).toBeNull();
    expect(
      score(seeker, office('MA', { needs: [SECURITY] }), PEER_SECURITY), // level unknown
    ).toBeNull();
  });

  it('PEER: the seeker seeks the dimension by asking, whatever its recorded needs', () => {
    const candidate = office('MA', { levels: { [SECURITY]: 2 }, needs: [SECURITY] });
    expect(
      score(office('SN', { levels: { [SECURITY]: 2 } }), candidate, PEER_SECURITY),
    ).not.toBeNull();
  });

  it('STANDARD_BUDDY: the standard implemented completely, or partly (sharing the work)', () => {
    const buddy = (standards: OfficeFeatures['standards']) =>
      score(seeker, office('EP', { standards }), BUDDY_ST26);
    expect(buddy({ 'ST.26': adoption('COMPLETE') })).not.toBeNull();
    expect(buddy({ 'ST.26': adoption('PARTIAL') })).not.toBeNull();
    expect(buddy({ 'ST.26': adoption('NONE', '2027-06-30') })).toBeNull();
    expect(buddy({ 'ST.96': adoption('COMPLETE') })).toBeNull();
    expect(buddy({ 'ST.26': adoption('COMPLETE') })?.score).toBeGreaterThan(
      buddy({ 'ST.26': adoption('PARTIAL') })?.score ?? 1,
    );
  });

  it('every kind: no remaining capacity, or an open introduction, excludes (property)', () => {
    fc.assert(
      fc.property(
        requestArb.chain((request) =>
          fc.tuple(fc.constant(request), seekerArb(), eligibleArb('FR', request)),
        ),
        fc.integer({ min: -2, max: 0 }),
        fc.integer({ min: 1, max: 5 }),
        ([request, seeker, candidate], noCapacity, capacity) => {
          expect(score(seeker, candidate, request, NO_INTRODUCTIONS)).not.toBeNull();
          const full = { ...NO_INTRODUCTIONS, remainingCapacity: noCapacity };
          expect(score(seeker, candidate, request, full)).toBeNull();
          const open = { ...NO_INTRODUCTIONS, remainingCapacity: capacity, open: true };
          expect(score(seeker, candidate, request, open)).toBeNull();
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('scoreCandidate: the score', () => {
  it('is clamp(Σ weight × value, 0, 1), each value in [0, 1] (property)', () => {
    fc.assert(
      fc.property(
        requestArb.chain((request) =>
          fc.tuple(fc.constant(request), seekerArb(), eligibleArb('FR', request)),
        ),
        fc.oneof(openFactsArb, declinedFactsArb),
        ([request, seeker, candidate], facts) => {
          const result = scored(seeker, candidate, request, facts);
          let sum = 0;
          for (const reason of result.reasons) {
            expect(reason.weight).toBe(MATCH_WEIGHTS[reason.factor]);
            expect(reason.value).toBeGreaterThan(0);
            expect(reason.value).toBeLessThanOrEqual(1);
            expect(reason.contribution).toBeCloseTo(reason.weight * reason.value, 5);
            expect(reason.detail.factor).toBe(reason.factor);
            sum += reason.contribution;
          }
          expect(result.score).toBeCloseTo(Math.min(1, Math.max(0, sum)), 5);
          expect(result.score).toBeGreaterThanOrEqual(0);
          expect(result.score).toBeLessThanOrEqual(1);
          const factors = result.reasons.map((reason) => reason.factor);
          expect(factors).toEqual(Object.values(MatchFactor).filter((f) => factors.includes(f)));
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('scoreCandidate: DOMAIN’s orders hold whatever the other factors', () => {
  it('an offering candidate above every non-offering one (property)', () => {
    fc.assert(
      fc.property(
        seekerArb(),
        mentorArb('FR', true),
        mentorArb('EP', false),
        openFactsArb,
        openFactsArb,
        (seeker, offering, silent, factsA, factsB) => {
          const a = scored(seeker, offering, MENTOR_SECURITY, factsA);
          const b = scored(seeker, silent, MENTOR_SECURITY, factsB);
          expect(a.score).toBeGreaterThan(b.score);
        },
      ),
      { numRuns: RUNS * 2 },
    );
  });

  it('a gap of 2 above 3, above 1, above 4, all else equal (property)', () => {
    fc.assert(
      fc.property(seekerArb(1), featuresArb('FR'), openFactsArb, (seeker, features, facts) => {
        const at = (level: 2 | 3 | 4 | 5) =>
          scored(
            seeker,
            withFeatures(features, { levels: { ...features.levels, [SECURITY]: level } }),
            MENTOR_SECURITY,
            facts,
          ).score;
        // seeker at 1: levels 2, 3, 4, 5 are gaps 1, 2, 3, 4
        expect(at(3)).toBeGreaterThan(at(4));
        expect(at(4)).toBeGreaterThan(at(2));
        expect(at(2)).toBeGreaterThan(at(5));
      }),
      { numRuns: RUNS },
    );
  });

  it('PEER: the same level above one apart, all else equal (property)', () => {
    fc.assert(
      fc.property(seekerArb(2), eligibleArb('MA', PEER_SECURITY), (seeker, candidate) => {
        const at = (level: 1 | 2 | 3) =>
          scored(
            seeker,
            withFeatures(candidate, { levels: { ...candidate.levels, [SECURITY]: level } }),
            PEER_SECURITY,
          ).score;
        expect(at(2)).toBeGreaterThan(at(1));
        expect(at(2)).toBeGreaterThan(at(3));
        expect(at(1)).toBeCloseTo(at(3), 9);
      }),
      { numRuns: RUNS },
    );
  });

  it('a decline in the last 180 days below every candidate without one, every kind (property)', () => {
    fc.assert(
      fc.property(
        requestArb.chain((request) =>
          fc.tuple(
            fc.constant(request),
            seekerArb(),
            eligibleArb('FR', request),
            eligibleArb('EP', request),
          ),
        ),
        declinedFactsArb,
        openFactsArb,
        ([request, seeker, declined, other], declinedFacts, otherFacts) => {
          const a = scored(seeker, declined, request, declinedFacts);
          const b = scored(seeker, other, request, otherFacts);
          expect(a.score).toBeLessThan(b.score);
          expect(contributionOf(a, MatchFactor.RECENT_DECLINE)).toBe(-1);
        },
      ),
      { numRuns: RUNS * 2 },
    );
  });

  it('a decline counts for 180 days, from either side', () => {
    const seeker = office('SN', { levels: { [SECURITY]: 2 } });
    const candidate = office('FR', { levels: { [SECURITY]: 4 }, offers: [SECURITY] });
    const after = (days: number) =>
      scored(seeker, candidate, MENTOR_SECURITY, {
        ...NO_INTRODUCTIONS,
        declinedSince: daysAgo(days),
      });
    expect(after(0).score).toBe(0);
    expect(after(179.9).score).toBe(0);
    expect(after(180).score).toBe(scored(seeker, candidate).score);
    expect(after(30).reasons.at(-1)).toMatchObject({
      factor: MatchFactor.RECENT_DECLINE,
      weight: -1,
      value: 1,
      contribution: -1,
      detail: { days: 30 },
    });
  });
});

describe('scoreCandidate: the modifiers move the score as documented', () => {
  /** Base features with the modifier absent; then the same with it. */
  function moves(
    request: MatchRequest,
    without: (
      seeker: OfficeFeatures,
      candidate: OfficeFeatures,
    ) => [OfficeFeatures, OfficeFeatures],
    withIt: (seeker: OfficeFeatures, candidate: OfficeFeatures) => [OfficeFeatures, OfficeFeatures],
    factor: MatchFactor,
    value: number,
  ) {
    fc.assert(
      fc.property(seekerArb(), eligibleArb('FR', request), openFactsArb, (s, c, facts) => {
        const base = scored(...without(s, c), request, facts);
        const more = scored(...withIt(s, c), request, facts);
        expect(contributionOf(base, factor)).toBe(0);
        expect(contributionOf(more, factor)).toBeCloseTo(MATCH_WEIGHTS[factor] * value, 6);
        expect(more.score - base.score).toBeCloseTo(MATCH_WEIGHTS[factor] * value, 6);
      }),
      { numRuns: 200 },
    );
  }

  it.each([MENTOR_SECURITY, PEER_SECURITY, BUDDY_ST26])(
    'LANGUAGE: the seeker’s main language 1, another of its languages 0.5 (%o)',
    (request) => {
      const none = (s: OfficeFeatures, c: OfficeFeatures): [OfficeFeatures, OfficeFeatures] => [
        withFeatures(s, { languages: ['fr', 'en'] }),
        withFeatures(c, { languages: ['de'] }),
      ];
      moves(
        request,
        none,
        (s, c) => [
          withFeatures(s, { languages: ['fr', 'en'] }),
          withFeatures(c, { languages: ['de', 'fr'] }),
        ],
        MatchFactor.LANGUAGE,
        1,
      );
      moves(
        request,
        none,
        (s, c) => [
          withFeatures(s, { languages: ['fr', 'en'] }),
          withFeatures(c, { languages: ['en'] }),
        ],
        MatchFactor.LANGUAGE,
        0.5,
      );
    },
  );

  it.each([MENTOR_SECURITY, PEER_SECURITY, BUDDY_ST26])(
    'BUSINESS_SYSTEM: a system in common, whatever its case (%o)',
    (request) => {
      moves(
        request,
        (s, c) => [
          withFeatures(s, { businessSystems: ['IPAS'] }),
          withFeatures(c, { businessSystems: ['in-house'] }),
        ],
        (s, c) => [
          withFeatures(s, { businessSystems: ['IPAS'] }),
          withFeatures(c, { businessSystems: [' ipas'] }),
        ],
        MatchFactor.BUSINESS_SYSTEM,
        1,
      );
    },
  );

  it.each([MENTOR_SECURITY, PEER_SECURITY, BUDDY_ST26])(
    'SHARED_STANDARDS: the share of the seeker’s implemented standards the candidate implements (%o)',
    (request) => {
      const seekerStandards = {
        'ST.3': adoption('COMPLETE'),
        'ST.36': adoption('PARTIAL'),
        'ST.96': adoption('NONE', '2027-06-30'),
        'ST.26': adoption('PARTIAL'),
      };
      const candidate = (standards: OfficeFeatures['standards']) => (c: OfficeFeatures) =>
        withFeatures(c, { standards: { 'ST.26': adoption('COMPLETE'), ...standards } });
      const none = candidate({ 'ST.96': adoption('COMPLETE') });
      const half = candidate({ 'ST.36': adoption('COMPLETE') });
      const all = candidate({ 'ST.3': adoption('PARTIAL'), 'ST.36': adoption('COMPLETE') });
      // ST.26 is shared too: it counts for MENTOR and PEER, not as the buddy's own standard
      const buddy = request.kind === MatchKind.STANDARD_BUDDY;
      const seeker = (s: OfficeFeatures) => withFeatures(s, { standards: seekerStandards });
      moves(
        request,
        (s, c) => [
          seeker(s),
          withFeatures(none(c), {
            standards: { ...none(c).standards, 'ST.26': adoption(buddy ? 'COMPLETE' : 'NONE') },
          }),
        ],
        (s, c) => [seeker(s), half(c)],
        MatchFactor.SHARED_STANDARDS,
        buddy ? 1 / 2 : 2 / 3,
      );
      moves(
        request,
        (s, c) => [
          seeker(s),
          withFeatures(none(c), {
            standards: { ...none(c).standards, 'ST.26': adoption(buddy ? 'COMPLETE' : 'NONE') },
          }),
        ],
        (s, c) => [seeker(s), all(c)],
        MatchFactor.SHARED_STANDARDS,
        1,
      );
    },
  );

  it.each([MENTOR_SECURITY, PEER_SECURITY, BUDDY_ST26])(
    'REGION: the same WIPO region (%o)',
    (request) => {
      moves(
        request,
        (s, c) => [
          withFeatures(s, { region: WipoRegion.AFRICA }),
          withFeatures(c, { region: WipoRegion.ARAB }),
        ],
        (s, c) => [
          withFeatures(s, { region: WipoRegion.AFRICA }),
          withFeatures(c, { region: WipoRegion.AFRICA }),
        ],
        MatchFactor.REGION,
        1,
      );
    },
  );

  it('TIME_ZONE: 1 − hours apart / 12, from the IANA zones at the clock’s instant', () => {
    const seeker = office('FR', { levels: { [SECURITY]: 2 }, timeZone: 'Europe/Paris' });
    const at = (timeZone: string | null, now = NOW) => {
      const candidate = office('XX', { levels: { [SECURITY]: 4 }, timeZone });
      const result = scoreCandidate(
        seeker,
        candidate,
        MENTOR_SECURITY,
        NO_INTRODUCTIONS,
        scoringContext(now),
      );
      return result?.reasons.find((reason) => reason.factor === MatchFactor.TIME_ZONE)?.value ?? 0;
    };
    expect(at('Europe/Berlin')).toBe(1); // same hours
    expect(at('Europe/Helsinki')).toBeCloseTo(11 / 12, 6); // 1 h
    expect(at('Asia/Dubai')).toBeCloseTo(9 / 12, 6); // 3 h
    expect(at('Asia/Kolkata')).toBeCloseTo(1 - 4.5 / 12, 6); // 4 h 30
    expect(at('Asia/Tokyo')).toBeCloseTo(4 / 12, 6); // 8 h
    expect(at('America/Los_Angeles')).toBeCloseTo(3 / 12, 6); // 9 h
    expect(at('Pacific/Auckland')).toBe(0); // 12 h in January (UTC+13 against UTC+1)
    expect(at('Pacific/Auckland', new Date('2027-07-15T12:00:00Z'))).toBeCloseTo(2 / 12, 6); // 10 h
    expect(at(null)).toBe(0);
    expect(at('Not/AZone')).toBe(0);
    // and it moves the score in that order
    const total = (timeZone: string) =>
      scored(seeker, office('XX', { levels: { [SECURITY]: 4 }, timeZone })).score;
    expect(total('Europe/Berlin')).toBeGreaterThan(total('Asia/Dubai'));
    expect(total('Asia/Dubai')).toBeGreaterThan(total('Asia/Tokyo'));
    expect(total('Asia/Tokyo')).toBeGreaterThan(total('Pacific/Auckland'));
  });

  it('PEER: SHARED_NEED is the share of the seeker’s needs (the asked one included) shared', () => {
    const seeker = office('SN', { levels: { [SECURITY]: 2 }, needs: [DATA, INFRA] });
    const need = (needs: MaturityDimension[]) =>
      scored(
        seeker,
        office('MA', { levels: { [SECURITY]: 2 }, needs }),
        PEER_SECURITY,
      ).reasons.find((reason) => reason.factor === MatchFactor.SHARED_NEED);
    expect(need([SECURITY])).toMatchObject({ value: 0.333333, detail: { dimensions: [SECURITY] } });
    expect(need([SECURITY, DATA])).toMatchObject({ value: 0.666667 });
    expect(need([SECURITY, DATA, INFRA, MaturityDimension.PEOPLE])).toMatchObject({ value: 1 });
  });
});

describe('the worked example of docs/matching.md', () => {
  const seeker = office('SN', {
    region: WipoRegion.AFRICA,
    languages: ['fr'],
    timeZone: 'Africa/Dakar',
    businessSystems: ['IPAS'],
    levels: { [SECURITY]: 2 },
    needs: [SECURITY],
    standards: { 'ST.3': adoption('COMPLETE'), 'ST.36': adoption('PARTIAL') },
  });
  const fr = office('FR', {
    region: WipoRegion.TRANSITION_DEVELOPED,
    languages: ['fr'],
    timeZone: 'Europe/Paris',
    businessSystems: ['in-house'],
    levels: { [SECURITY]: 4 },
    offers: [SECURITY],
    standards: {
      'ST.3': adoption('COMPLETE'),
      'ST.36': adoption('COMPLETE'),
      'ST.96': adoption('PARTIAL'),
    },
  });
  const ep = office('EP', {
    region: WipoRegion.TRANSITION_DEVELOPED,
    languages: ['en', 'fr', 'de'],
    timeZone: 'Europe/Berlin',
    levels: { [SECURITY]: 5 },
    offers: [SECURITY],
    standards: { 'ST.36': adoption('COMPLETE') },
  });
  const tn = office('TN', {
    region: WipoRegion.ARAB,
    languages: ['ar', 'fr'],
    timeZone: 'Africa/Tunis',
    businessSystems: ['IPAS'],
    levels: { [SECURITY]: 3 },
  });
  const br = office('BR', {
    region: WipoRegion.LATIN_AMERICA_CARIBBEAN,
    languages: ['pt'],
    timeZone: 'America/Sao_Paulo',
    businessSystems: ['IPAS'],
    levels: { [SECURITY]: 4 },
    offers: [SECURITY],
  });
  const gh = office('GH', { levels: { [SECURITY]: 4 }, offers: [SECURITY] });
  const facts = (candidate: OfficeFeatures): IntroductionFacts =>
    candidate.code === 'BR'
      ? { ...NO_INTRODUCTIONS, declinedSince: daysAgo(40) }
      : candidate.code === 'GH'
        ? { ...NO_INTRODUCTIONS, remainingCapacity: 0 }
        : NO_INTRODUCTIONS;
  const ranked = rankCandidates(seeker, [tn, br, gh, ep, fr, seeker], MENTOR_SECURITY, facts, NOW);
  const contributions = (code: string) =>
    Object.fromEntries(
      (ranked.find((match) => match.candidate.code === code)?.reasons ?? []).map((r) => [
        r.factor,
        r.contribution,
      ]),
    );

  it('ranks FR, EP, TN, BR; GH (no capacity) and SN itself left out', () => {
    expect(ranked.map((match) => [match.candidate.code, match.score])).toEqual([
      ['FR', 0.906667],
      ['EP', 0.824167],
      ['TN', 0.301667],
      ['BR', 0],
    ]);
  });

  it('FR: gap 2, offers help, French, both standards, 1 h', () => {
    expect(contributions('FR')).toEqual({
      LEVEL_GAP: 0.25,
      OFFERS_HELP: 0.5,
      LANGUAGE: 0.08,
      SHARED_STANDARDS: 0.04,
      TIME_ZONE: 0.036667,
    });
  });

  it('EP: gap 3, offers help, French (not its first language, but the seeker’s), ST.36 of 2, 1 h', () => {
    expect(contributions('EP')).toEqual({
      LEVEL_GAP: 0.1875,
      OFFERS_HELP: 0.5,
      LANGUAGE: 0.08,
      SHARED_STANDARDS: 0.02,
      TIME_ZONE: 0.036667,
    });
  });

  it('TN: gap 1, no offer, French, IPAS, 1 h', () => {
    expect(contributions('TN')).toEqual({
      LEVEL_GAP: 0.125,
      LANGUAGE: 0.08,
      BUSINESS_SYSTEM: 0.06,
      TIME_ZONE: 0.036667,
    });
  });

  it('FR’s summary, in English and in French', () => {
    const match = ranked[0];
    const names = (language: 'en' | 'fr') => ({
      language,
      officeName: 'INPI',
      dimensionName: (dimension: MaturityDimension) =>
        language === 'fr' && dimension === SECURITY ? 'SÉCURITÉ' : dimension,
    });
    expect(matchSummary(match, names('en'))).toBe(
      'INPI: SECURITY 4 against your 2; offers help in SECURITY; works in French; ' +
        'also implements ST.3 and ST.36; 1 h from your time',
    );
    expect(matchSummary(match, names('fr'))).toBe(
      'INPI : SÉCURITÉ 4 contre votre 2 ; propose son aide en SÉCURITÉ ; travaille en ' +
        'français ; met aussi en œuvre ST.3 et ST.36 ; à 1 h de votre heure',
    );
  });

  it('BR: declined 40 days ago, 0.84 − 1 clamped to 0', () => {
    expect(contributions('BR')).toEqual({
      LEVEL_GAP: 0.25,
      OFFERS_HELP: 0.5,
      BUSINESS_SYSTEM: 0.06,
      TIME_ZONE: 0.03,
      RECENT_DECLINE: -1,
    });
  });
});

describe('rankCandidates', () => {
  it('breaks equal scores by office code', () => {
    const seeker = office('SN', { levels: { [SECURITY]: 2 } });
    const same = (code: string) => office(code, { levels: { [SECURITY]: 4 } });
    const ranked = rankCandidates(
      seeker,
      [same('JP'), same('AT'), same('EP'), same('BR')],
      MENTOR_SECURITY,
      () => NO_INTRODUCTIONS,
      NOW,
    );
    expect(ranked.map((match) => match.candidate.code)).toEqual(['AT', 'BR', 'EP', 'JP']);
  });

  it('orders many random candidates best first, ties by code (property)', () => {
    fc.assert(
      fc.property(
        seekerArb(),
        fc
          .uniqueArray(
            fc.constantFrom('AT', 'BR', 'CN', 'DE', 'EP', 'FR', 'JP', 'KR', 'MA', 'US'),
            { minLength: 1 },
          )
          .chain((codes) =>
            fc.tuple(
              ...codes.map((code) =>
                fc.tuple(featuresArb(code), fc.oneof(openFactsArb, declinedFactsArb)),
              ),
            ),
          ),
        requestArb,
        (seeker, pairs, request) => {
          const facts = new Map(pairs.map(([features, f]) => [features.code, f]));
          const ranked = rankCandidates(
            seeker,
            pairs.map(([features]) => features),
            request,
            (c) => facts.get(c.code) ?? NO_INTRODUCTIONS,
            NOW,
          );
          for (let i = 1; i < ranked.length; i++) {
            const [a, b] = [ranked[i - 1], ranked[i]];
            expect(
              a.score > b.score || (a.score === b.score && a.candidate.code < b.candidate.code),
            ).toBe(true);
          }
          const expected = pairs.filter(
            ([features, f]) => score(seeker, features, request, f) !== null,
          );
          expect(ranked).toHaveLength(expected.length);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('rankScores gives the same order and scores, without the reasons (property)', () => {
    fc.assert(
      fc.property(
        seekerArb(),
        fc
          .uniqueArray(
            fc.constantFrom('AT', 'BR', 'CN', 'DE', 'EP', 'FR', 'JP', 'KR', 'MA', 'US'),
            { minLength: 1 },
          )
          .chain((codes) =>
            fc.tuple(
              ...codes.map((code) =>
                fc.tuple(
                  featuresArb(code),
                  fc.oneof(
                    fc.constant(NO_INTRODUCTIONS),
                    openFactsArb,
                    declinedFactsArb,
                    // excluded: no capacity left, or an introduction open between the two
                    fc.record({
                      remainingCapacity: fc.integer({ min: -1, max: 3 }),
                      open: fc.boolean(),
                      declinedSince: fc.constant(null),
                    }),
                  ),
                ),
              ),
            ),
          ),
        requestArb,
        (seeker, pairs, request) => {
          const facts = new Map(pairs.map(([features, f]) => [features.code, f]));
          const factsOf = (c: OfficeFeatures) => facts.get(c.code) ?? NO_INTRODUCTIONS;
          const candidates = [seeker, ...pairs.map(([features]) => features)];
          const full = rankCandidates(seeker, candidates, request, factsOf, NOW);
          const fast = rankScores(seeker, candidates, request, factsOf, NOW);
          expect(fast.map((m) => [m.candidate.code, m.score])).toEqual(
            full.map((m) => [m.candidate.code, m.score]),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });
});
