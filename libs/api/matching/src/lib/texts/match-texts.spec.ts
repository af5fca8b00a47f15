import { MATURITY_MODEL_V1, MaturityDimension, WipoRegion } from '@wild/shared/domain';

import { MatchFactor, MatchKind } from '../scoring/match-kind';
import { scoreCandidate, scoringContext, type MatchScore } from '../scoring/match-scorer';
import type { IntroductionFacts, OfficeFeatures } from '../scoring/office-features';
import { adoption, daysAgo, NO_INTRODUCTIONS, NOW, office } from '../testing/features';
import { matchSummary, reasonText, type MatchTextNames } from './match-texts';

const { SECURITY, DATA } = MaturityDimension;
const byCode = (dimension: MaturityDimension) => dimension as string;
const en = (officeName: string): MatchTextNames => ({
  language: 'en',
  officeName,
  dimensionName: byCode,
});
const fr = (officeName: string): MatchTextNames => ({
  language: 'fr',
  officeName,
  dimensionName: (dimension) => (dimension === SECURITY ? 'SÉCURITÉ' : dimension),
});

function scored(
  seeker: OfficeFeatures,
  candidate: OfficeFeatures,
  kind: MatchKind = MatchKind.MENTOR,
  facts: IntroductionFacts = NO_INTRODUCTIONS,
): MatchScore {
  const request =
    kind === MatchKind.STANDARD_BUDDY
      ? ({ kind, standard: 'ST.26' } as const)
      : ({ kind, dimension: SECURITY } as const);
  const result = scoreCandidate(seeker, candidate, request, facts, scoringContext(NOW));
  if (!result) throw new Error('excluded');
  return result;
}

const seeker = office('SN', {
  languages: ['fr'],
  timeZone: 'Africa/Dakar',
  region: WipoRegion.AFRICA,
  businessSystems: ['IPAS'],
  levels: { [SECURITY]: 2 },
  needs: [SECURITY, DATA],
  standards: {
    'ST.3': adoption('COMPLETE'),
    'ST.36': adoption('PARTIAL'),
    'ST.26': adoption('NONE', '2027-06-30'),
  },
});

describe('matchSummary', () => {
  const epo = office('EP', {
    languages: ['en', 'fr', 'de'],
    levels: { [SECURITY]: 5 },
    offers: [SECURITY],
  });

  it('says the issue’s example, in English and in French', () => {
    expect(matchSummary(scored(seeker, epo), en('EPO'))).toBe(
      'EPO: SECURITY 5 against your 2; offers help in SECURITY; works in French',
    );
    expect(matchSummary(scored(seeker, epo), fr('OEB'))).toBe(
      'OEB : SÉCURITÉ 5 contre votre 2 ; propose son aide en SÉCURITÉ ; travaille en français',
    );
  });

  it('names the dimension as the model does in the reader’s language', () => {
    const model = (language: 'en' | 'fr') => (dimension: MaturityDimension) =>
      MATURITY_MODEL_V1.dimensions.find((entry) => entry.dimension === dimension)?.name[language] ??
      dimension;
    expect(
      matchSummary(scored(seeker, epo), {
        language: 'fr',
        officeName: 'OEB',
        dimensionName: model('fr'),
      }),
    ).toBe(
      'OEB : Cybersécurité et résilience 5 contre votre 2 ; propose son aide en Cybersécurité et résilience ; travaille en français',
    );
  });

  it('lists every reason in MatchFactor’s order, numbers rounded', () => {
    const inpi = office('FR', {
      languages: ['fr', 'en'],
      timeZone: 'Asia/Kolkata', // 5 h 30 from Dakar
      region: WipoRegion.AFRICA,
      businessSystems: ['IPAS', 'in-house'],
      levels: { [SECURITY]: 4 },
      offers: [SECURITY],
      standards: { 'ST.3': adoption('COMPLETE'), 'ST.36': adoption('COMPLETE') },
    });
    const match = scored(seeker, inpi, MatchKind.MENTOR, {
      ...NO_INTRODUCTIONS,
      declinedSince: daysAgo(40.6),
    });
    expect(match.reasons.map((reason) => reason.factor)).toEqual([
      MatchFactor.LEVEL_GAP,
      MatchFactor.OFFERS_HELP,
      MatchFactor.LANGUAGE,
      MatchFactor.BUSINESS_SYSTEM,
      MatchFactor.SHARED_STANDARDS,
      MatchFactor.TIME_ZONE,
      MatchFactor.REGION,
      MatchFactor.RECENT_DECLINE,
    ]);
    expect(matchSummary(match, en('INPI'))).toBe(
      'INPI: SECURITY 4 against your 2; offers help in SECURITY; works in French; also runs IPAS; ' +
        'also implements ST.3 and ST.36; 5.5 h from your time; in your WIPO region (Africa); ' +
        'an introduction between you was declined 40 days ago',
    );
    expect(matchSummary(match, fr('INPI'))).toBe(
      'INPI : SÉCURITÉ 4 contre votre 2 ; propose son aide en SÉCURITÉ ; travaille en français ; ' +
        'utilise aussi IPAS ; met aussi en œuvre ST.3 et ST.36 ; à 5,5 h de votre heure ; ' +
        'dans votre région OMPI (Afrique) ; une mise en relation entre vous a été déclinée il y a 40 jours',
    );
  });

  it('says a peer’s shared needs and a buddy’s status', () => {
    const peer = office('TN', { levels: { [SECURITY]: 3 }, needs: [SECURITY, DATA] });
    expect(matchSummary(scored(seeker, peer, MatchKind.PEER), en('INNORPI'))).toBe(
      'INNORPI: SECURITY 3 against your 2; also seeks help in SECURITY and DATA',
    );
    expect(matchSummary(scored(seeker, peer, MatchKind.PEER), fr('INNORPI'))).toBe(
      'INNORPI : SÉCURITÉ 3 contre votre 2 ; cherche aussi de l’aide en SÉCURITÉ et DATA',
    );
    const complete = office('EP', { standards: { 'ST.26': adoption('COMPLETE') } });
    const partial = office('JP', { standards: { 'ST.26': adoption('PARTIAL') } });
    expect(matchSummary(scored(seeker, complete, MatchKind.STANDARD_BUDDY), en('EPO'))).toBe(
      'EPO: implemented ST.26 completely',
    );
    expect(matchSummary(scored(seeker, partial, MatchKind.STANDARD_BUDDY), fr('JPO'))).toBe(
      'JPO : met en œuvre ST.26 en ce moment',
    );
  });
});

describe('reasonText', () => {
  it('says several languages, the seeker’s order kept', () => {
    const detail = { factor: MatchFactor.LANGUAGE, languages: ['fr', 'en', 'es'] } as const;
    expect(reasonText(detail, en('X'))).toBe('works in French, English, and Spanish');
    expect(reasonText(detail, fr('X'))).toBe('travaille en français, en anglais et en espagnol');
  });

  it('says the time zone rounded, and the same hours as such', () => {
    expect(reasonText({ factor: MatchFactor.TIME_ZONE, hours: 0 }, en('X'))).toBe('on your time');
    expect(reasonText({ factor: MatchFactor.TIME_ZONE, hours: 0 }, fr('X'))).toBe(
      'à la même heure que vous',
    );
    expect(reasonText({ factor: MatchFactor.TIME_ZONE, hours: 5.75 }, en('X'))).toBe(
      '5.8 h from your time',
    );
    expect(reasonText({ factor: MatchFactor.TIME_ZONE, hours: 3 }, fr('X'))).toBe(
      'à 3 h de votre heure',
    );
  });

  it('says a decline today, one day or several days ago', () => {
    const text = (days: number, names: MatchTextNames) =>
      reasonText({ factor: MatchFactor.RECENT_DECLINE, days }, names);
    expect(text(0, en('X'))).toBe('an introduction between you was declined today');
    expect(text(1, en('X'))).toBe('an introduction between you was declined 1 day ago');
    expect(text(1, fr('X'))).toBe('une mise en relation entre vous a été déclinée il y a 1 jour');
    expect(text(0, fr('X'))).toBe('une mise en relation entre vous a été déclinée aujourd’hui');
  });

  it('has a text for every region in both languages', () => {
    for (const region of Object.values(WipoRegion))
      for (const names of [en('X'), fr('X')])
        expect(reasonText({ factor: MatchFactor.REGION, region }, names)).toMatch(/\(.+\)$/);
  });
});
