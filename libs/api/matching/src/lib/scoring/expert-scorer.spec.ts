import fc from 'fast-check';

import { LANGUAGES, NOW, ZONES } from '../testing/features';
import { expertReasonText, expertSummary } from '../texts/match-texts';
import {
  rankExperts,
  scoreExpert,
  type ExpertAudience,
  type ExpertFeatures,
  type ExpertiseLevel,
  type ExpertScore,
} from './expert-scorer';
import { MatchFactor } from './match-kind';
import { scoringContext } from './match-scorer';
import { EXPERT_FACTORS, EXPERT_LEVEL_VALUES, MATCH_WEIGHTS } from './match-weights';

const AREA = 'CYBERSECURITY_OPERATIONS';
const RUNS = 500;
const context = scoringContext(NOW);

/** SN: French first, then Wolof; Dakar (UTC+0 all year). */
const SN: ExpertAudience = { languages: ['fr', 'wo'], timeZone: 'Africa/Dakar' };

function expert(id: string, input: Partial<Omit<ExpertFeatures, 'id'>> = {}): ExpertFeatures {
  return {
    id,
    level: input.level ?? 2,
    availableToMentor: input.availableToMentor ?? false,
    languages: input.languages ?? [],
    timeZone: input.timeZone ?? null,
  };
}

const score = (candidate: ExpertFeatures, audience: ExpertAudience | null = SN): ExpertScore =>
  scoreExpert(AREA, candidate, audience, context);

const contributionOf = (match: ExpertScore, factor: MatchFactor) =>
  match.reasons.find((reason) => reason.factor === factor)?.contribution ?? 0;

const levelArb = fc.constantFrom<ExpertiseLevel>(1, 2, 3);
const idArb = fc.uuid();

/** Any member holding the area, at `level` when given. */
const expertArb = (level?: ExpertiseLevel): fc.Arbitrary<ExpertFeatures> =>
  fc
    .record({
      id: idArb,
      level: level ? fc.constant(level) : levelArb,
      availableToMentor: fc.boolean(),
      languages: fc.shuffledSubarray(LANGUAGES),
      timeZone: fc.constantFrom(...ZONES),
    })
    .map((features) => features);

/** Any office the experts are for (or none known). */
const audienceArb: fc.Arbitrary<ExpertAudience | null> = fc.option(
  fc.record({
    languages: fc.shuffledSubarray(LANGUAGES),
    timeZone: fc.constantFrom(...ZONES),
  }),
  { nil: null },
);

describe('the expert weights', () => {
  it('add up to 1: no clamp hides a difference', () => {
    const total = EXPERT_FACTORS.reduce((sum, factor) => sum + MATCH_WEIGHTS[factor], 0);
    expect(total).toBeCloseTo(1, 9);
  });

  it('make one level worth more than all the other factors together, and availability more than language and time zone', () => {
    const step = MATCH_WEIGHTS[MatchFactor.EXPERTISE_LEVEL];
    const others = EXPERT_FACTORS.filter((f) => f !== MatchFactor.EXPERTISE_LEVEL).reduce(
      (sum, factor) => sum + MATCH_WEIGHTS[factor],
      0,
    );
    expect(step * (EXPERT_LEVEL_VALUES[3] - EXPERT_LEVEL_VALUES[2])).toBeGreaterThan(others);
    expect(step * (EXPERT_LEVEL_VALUES[2] - EXPERT_LEVEL_VALUES[1])).toBeGreaterThan(others);
    expect(MATCH_WEIGHTS[MatchFactor.AVAILABLE_TO_MENTOR]).toBeGreaterThan(
      MATCH_WEIGHTS[MatchFactor.LANGUAGE] + MATCH_WEIGHTS[MatchFactor.TIME_ZONE],
    );
  });
});

describe('scoreExpert: each factor moves the score as docs/matching.md says', () => {
  it('the level alone: 3 → 0.75, 2 → 0.45, 1 → 0.15', () => {
    expect(score(expert('a', { level: 3 }), null).score).toBe(0.75);
    expect(score(expert('a', { level: 2 }), null).score).toBe(0.45);
    expect(score(expert('a', { level: 1 }), null).score).toBe(0.15);
    expect(score(expert('a', { level: 3 }), null).reasons).toEqual([
      {
        factor: MatchFactor.EXPERTISE_LEVEL,
        weight: 0.75,
        value: 1,
        contribution: 0.75,
        detail: { factor: MatchFactor.EXPERTISE_LEVEL, area: AREA, level: 3 },
      },
    ]);
  });

  it('available to mentor adds 0.13', () => {
    const without = score(expert('a'));
    const withIt = score(expert('a', { availableToMentor: true }));
    expect(withIt.score - without.score).toBeCloseTo(0.13, 9);
    expect(contributionOf(withIt, MatchFactor.AVAILABLE_TO_MENTOR)).toBe(0.13);
  });

  it('speaking the office’s main language adds 0.08, another of its languages 0.04, none 0', () => {
    const base = score(expert('a', { languages: ['en'] })).score;
    const main = score(expert('a', { languages: ['en', 'fr'] }));
    const other = score(expert('a', { languages: ['wo'] }));
    expect(main.score - base).toBeCloseTo(0.08, 9);
    expect(other.score - base).toBeCloseTo(0.04, 9);
    expect(main.reasons.find((r) => r.factor === MatchFactor.LANGUAGE)?.detail).toEqual({
      factor: MatchFactor.LANGUAGE,
      languages: ['fr'],
    });
    // both: the office's order, valued by the main one
    const both = score(expert('a', { languages: ['wo', 'fr'] }));
    expect(both.reasons.find((r) => r.factor === MatchFactor.LANGUAGE)).toMatchObject({
      value: 1,
      detail: { languages: ['fr', 'wo'] },
    });
  });

  it('the time zone adds 0.04 × (1 − h / 12), nothing when a zone is unknown', () => {
    const at = (timeZone: string | null) =>
      contributionOf(score(expert('a', { timeZone })), MatchFactor.TIME_ZONE);
    expect(at('Africa/Abidjan')).toBe(0.04); // same hours as Dakar
    expect(at('Europe/Paris')).toBeCloseTo(0.04 * (11 / 12), 6); // UTC+1 in January
    expect(at('Asia/Kolkata')).toBeCloseTo(0.04 * (1 - 5.5 / 12), 6);
    expect(at('Pacific/Kiritimati')).toBeCloseTo(0.04 * (1 - 10 / 12), 6); // UTC+14: 10 h on the clock
    expect(at(null)).toBe(0);
    expect(at('Not/AZone')).toBe(0);
    expect(
      contributionOf(
        score(expert('a', { timeZone: 'Europe/Paris' }), { languages: ['fr'], timeZone: null }),
        MatchFactor.TIME_ZONE,
      ),
    ).toBe(0);
  });

  it('without an office to compare with: only the level and the availability', () => {
    const match = score(
      expert('a', { level: 3, availableToMentor: true, languages: ['fr'], timeZone: 'UTC' }),
      null,
    );
    expect(match.reasons.map((reason) => reason.factor)).toEqual([
      MatchFactor.EXPERTISE_LEVEL,
      MatchFactor.AVAILABLE_TO_MENTOR,
    ]);
    expect(match.score).toBe(0.88);
  });

  it('a perfect match scores 1: expert, available, the main language, the same hours', () => {
    const match = score(
      expert('a', {
        level: 3,
        availableToMentor: true,
        languages: ['fr'],
        timeZone: 'Africa/Dakar',
      }),
    );
    expect(match.score).toBe(1);
    expect(match.reasons.map((reason) => reason.factor)).toEqual(EXPERT_FACTORS);
  });

  it('is Σ weight × value within [0, 1], reasons in MatchFactor’s order, values above 0 (property)', () => {
    fc.assert(
      fc.property(expertArb(), audienceArb, (candidate, audience) => {
        const result = score(candidate, audience);
        let sum = 0;
        for (const reason of result.reasons) {
          expect(reason.weight).toBe(MATCH_WEIGHTS[reason.factor]);
          expect(reason.value).toBeGreaterThan(0);
          expect(reason.value).toBeLessThanOrEqual(1);
          expect(reason.contribution).toBeCloseTo(reason.weight * reason.value, 5);
          expect(reason.detail.factor).toBe(reason.factor);
          expect(EXPERT_FACTORS).toContain(reason.factor);
          sum += reason.contribution;
        }
        expect(result.score).toBeCloseTo(Math.min(1, Math.max(0, sum)), 5);
        expect(result.score).toBeGreaterThan(0);
        expect(result.score).toBeLessThanOrEqual(1);
        const factors = result.reasons.map((reason) => reason.factor);
        expect(factors).toEqual(Object.values(MatchFactor).filter((f) => factors.includes(f)));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('rankExperts: the order', () => {
  it('by level first: every expert above every practitioner, above every member only familiar (property)', () => {
    fc.assert(
      fc.property(
        expertArb(3),
        expertArb(2),
        expertArb(1),
        audienceArb,
        (three, two, one, audience) => {
          expect(score(three, audience).score).toBeGreaterThan(score(two, audience).score);
          expect(score(two, audience).score).toBeGreaterThan(score(one, audience).score);
        },
      ),
      { numRuns: RUNS * 2 },
    );
  });

  it('then by availability: within a level, every available member above every other (property)', () => {
    fc.assert(
      fc.property(levelArb, expertArb(), expertArb(), audienceArb, (level, a, b, audience) => {
        const available = { ...a, level, availableToMentor: true };
        const not = { ...b, level, availableToMentor: false };
        expect(score(available, audience).score).toBeGreaterThan(score(not, audience).score);
      }),
      { numRuns: RUNS },
    );
  });

  it('then language and time zone, each adding exactly weight × value, all else equal (property)', () => {
    fc.assert(
      fc.property(expertArb(), (candidate) => {
        const base = { ...candidate, languages: ['xx'], timeZone: null };
        const speaking = { ...base, languages: ['fr'] };
        const near = { ...base, timeZone: 'Africa/Dakar' };
        expect(score(speaking).score).toBeCloseTo(score(base).score + 0.08, 6);
        expect(score(near).score).toBeCloseTo(score(base).score + 0.04, 6);
      }),
      { numRuns: RUNS },
    );
  });

  it('best first, equal scores by member id: stable whatever the input order (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(expertArb(), { selector: (e) => e.id, maxLength: 30 }),
        audienceArb,
        (experts, audience) => {
          const ranked = rankExperts(AREA, experts, audience, NOW);
          const again = rankExperts(AREA, [...experts].reverse(), audience, NOW);
          expect(again.map((m) => m.expert.id)).toEqual(ranked.map((m) => m.expert.id));
          for (let i = 1; i < ranked.length; i++) {
            const [before, after] = [ranked[i - 1], ranked[i]];
            expect(before.score).toBeGreaterThanOrEqual(after.score);
            if (before.score === after.score) expect(before.expert.id < after.expert.id).toBe(true);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('ties rank by id', () => {
    const ranked = rankExperts(AREA, [expert('b'), expert('c'), expert('a')], SN, NOW);
    expect(ranked.map((m) => m.expert.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('expert texts', () => {
  const awa = expert('a', {
    level: 3,
    availableToMentor: true,
    languages: ['fr', 'en'],
    timeZone: 'Europe/Paris',
  });

  it('say the level, the availability, the languages and the hours, in English', () => {
    expect(expertSummary(score(awa), { language: 'en' })).toBe(
      'Expert in Cybersecurity operations; available to mentor; speaks French; 1 h from your time',
    );
    expect(
      expertSummary(score(expert('b', { level: 1, languages: ['wo', 'fr'] })), { language: 'en' }),
    ).toBe('Familiar with Cybersecurity operations; speaks French and Wolof');
  });

  it('and in French', () => {
    expect(expertSummary(score(awa), { language: 'fr' })).toBe(
      'Niveau expert en Opérations de cybersécurité ; disponible pour du mentorat ; parle français ; à 1 h de votre heure',
    );
    const practitioner = score(expert('b', { level: 2, timeZone: 'Africa/Dakar' }));
    expect(expertSummary(practitioner, { language: 'fr' })).toBe(
      'Niveau praticien en Opérations de cybersécurité ; à la même heure que vous',
    );
    expect(expertSummary(practitioner, { language: 'en' })).toBe(
      'Practitioner in Cybersecurity operations; on your time',
    );
  });

  it('each reason’s text, as the summary says it', () => {
    const match = score(awa);
    const texts = match.reasons.map((r) => expertReasonText(r.detail, { language: 'en' }));
    expect(texts).toEqual([
      'expert in Cybersecurity operations',
      'available to mentor',
      'speaks French',
      '1 h from your time',
    ]);
    expect(
      expertReasonText({ factor: MatchFactor.TIME_ZONE, hours: 5.5 }, { language: 'fr' }),
    ).toBe('à 5,5 h de votre heure');
  });
});
