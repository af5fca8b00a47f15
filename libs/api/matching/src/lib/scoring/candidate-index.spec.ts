import fc from 'fast-check';

import { MaturityDimension } from '@wild/shared/domain';

import { adoption, featuresArb, NO_INTRODUCTIONS, NOW, office } from '../testing/features';
import { CandidateIndex, rankScores } from './candidate-index';
import { MatchKind } from './match-kind';
import type { MatchRequest } from './match-scorer';

const requestArb: fc.Arbitrary<MatchRequest> = fc.constantFrom(
  { kind: MatchKind.MENTOR, dimension: 'SECURITY' } as MatchRequest,
  { kind: MatchKind.PEER, dimension: 'SECURITY' } as MatchRequest,
  { kind: MatchKind.STANDARD_BUDDY, standard: 'ST.26' } as MatchRequest,
);
const seekerArb = () => featuresArb('SN');
const CODES = ['AT', 'BR', 'CN', 'DE', 'EP', 'FR', 'JP', 'KR', 'MA', 'US', 'GH', 'TN', 'CA'];

describe('CandidateIndex.rank: a page of the ranking', () => {
  it('answers the count, and the page after a cursor, as the whole ranking cut there (property)', () => {
    fc.assert(
      fc.property(
        seekerArb(),
        fc
          .uniqueArray(fc.constantFrom(...CODES), { minLength: 1 })
          .chain((codes) => fc.tuple(...codes.map((code) => featuresArb(code)))),
        requestArb,
        fc.integer({ min: 1, max: 5 }),
        fc.nat(12),
        (seeker, candidates, request, first, cut) => {
          const whole = rankScores(seeker, candidates, request, () => NO_INTRODUCTIONS, NOW);
          const index = new CandidateIndex(candidates);
          const introductions = { facts: new Map(), capacityOf: () => 2 };
          const at = Math.min(cut, whole.length);
          const cursor = at > 0 ? whole[at - 1] : undefined;
          const answer = index.rank(seeker, request, introductions, NOW, {
            first,
            after: cursor ? [cursor.score, cursor.candidate.code] : null,
          });
          expect(answer.total).toBe(whole.length);
          expect(answer.after).toBe(whole.length - at);
          expect(answer.page.map((match) => [match.candidate.code, match.score])).toEqual(
            whole.slice(at, at + first).map((match) => [match.candidate.code, match.score]),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('takes a candidate’s capacity from the index when no introduction concerns it', () => {
    const seeker = office('SN', { standards: { 'ST.26': adoption('NONE', '2027-06-30') } });
    const index = new CandidateIndex([
      office('FR', { standards: { 'ST.26': adoption('COMPLETE') } }),
      office('MA', { standards: { 'ST.26': adoption('PARTIAL') } }),
    ]);
    const request = { kind: MatchKind.STANDARD_BUDDY, standard: 'ST.26' } as MatchRequest;
    const codes = (capacityOf: (index: number) => number, facts = new Map()) =>
      index
        .rank(seeker, request, { facts, capacityOf }, NOW, { first: 5 })
        .page.map((match) => match.candidate.code);
    expect(codes(() => 1)).toEqual(['FR', 'MA']);
    // none left for FR (index 0): out; an introduction's facts win over the capacity as set
    expect(codes((at) => (at === 0 ? 0 : 1))).toEqual(['MA']);
    expect(codes(() => 0, new Map([['MA', NO_INTRODUCTIONS]]))).toEqual(['MA']);
    expect(codes(() => 3, new Map([['FR', { ...NO_INTRODUCTIONS, open: true }]]))).toEqual(['MA']);
  });
});

describe('CandidateIndex.best: the first page, reading only the groups that can beat it', () => {
  const MANY = Array.from({ length: 40 }, (_, at) => `O${String(at).padStart(2, '0')}`);
  const factsArb = fc.dictionary(
    fc.constantFrom(...MANY),
    fc.record({
      remainingCapacity: fc.integer({ min: 0, max: 2 }),
      open: fc.boolean(),
      declinedSince: fc.option(fc.constant(NOW), { nil: null }),
    }),
    { maxKeys: 10 },
  );

  it('equals rank’s first page, declines, capacity and open introductions included (property)', () => {
    fc.assert(
      fc.property(
        seekerArb(),
        fc
          .uniqueArray(fc.constantFrom(...MANY), { minLength: 1 })
          .chain((codes) => fc.tuple(...codes.map((code) => featuresArb(code)))),
        requestArb,
        fc.integer({ min: 1, max: 8 }),
        factsArb,
        (seeker, candidates, request, first, facts) => {
          const index = new CandidateIndex(candidates);
          const introductions = { facts: new Map(Object.entries(facts)), capacityOf: () => 1 };
          const page = index.rank(seeker, request, introductions, NOW, { first }).page;
          expect(index.best(seeker, request, introductions, NOW, first)).toEqual(
            page.map((match) => ({ officeCode: match.candidate.code, score: match.score })),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('leaves the seeker out even when it is among the candidates', () => {
    const seeker = office('SN', { levels: { SECURITY: 2 }, offers: [MaturityDimension.SECURITY] });
    const index = new CandidateIndex([
      seeker,
      office('FR', { levels: { SECURITY: 4 }, offers: [MaturityDimension.SECURITY] }),
    ]);
    const request = { kind: MatchKind.MENTOR, dimension: 'SECURITY' } as MatchRequest;
    const introductions = { facts: new Map(), capacityOf: () => 1 };
    expect(index.best(seeker, request, introductions, NOW, 5).map((m) => m.officeCode)).toEqual([
      'FR',
    ]);
  });
});
