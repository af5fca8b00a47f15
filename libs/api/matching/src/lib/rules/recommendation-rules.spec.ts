import { BadUserInputError } from '@wild/api/core';
import { MaturityDimension } from '@wild/shared/domain';

import { MatchKind } from '../scoring/match-kind';
import type { OfficeFeatures } from '../scoring/office-features';
import { adoption, office } from '../testing/features';
import {
  assertSeekerMayAsk,
  parseRecommendationRequest,
  requestProblems,
  seekerProblems,
} from './recommendation-rules';

const { SECURITY } = MaturityDimension;
const { MENTOR, PEER, STANDARD_BUDDY } = MatchKind;

const rules = (problems: { field: string; rule: string; params?: unknown }[]) =>
  problems.map(({ field, rule, params }) => ({ field, rule, params }));

describe('requestProblems', () => {
  it.each([MENTOR, PEER])('%s: needs a dimension and takes no standard', (kind) => {
    expect(requestProblems({ kind, dimension: SECURITY })).toEqual([]);
    expect(requestProblems({ kind, dimension: SECURITY, standard: null })).toEqual([]);
    expect(rules(requestProblems({ kind }))).toEqual([
      { field: 'dimension', rule: 'required', params: undefined },
    ]);
    expect(rules(requestProblems({ kind, dimension: SECURITY, standard: 'ST.26' }))).toEqual([
      { field: 'standard', rule: 'notForKind', params: { kind } },
    ]);
    expect(rules(requestProblems({ kind, dimension: null, standard: 'ST.26' }))).toEqual([
      { field: 'dimension', rule: 'required', params: undefined },
      { field: 'standard', rule: 'notForKind', params: { kind } },
    ]);
  });

  it('STANDARD_BUDDY: needs a standard of the CWS list and takes no dimension', () => {
    expect(requestProblems({ kind: STANDARD_BUDDY, standard: 'ST.26' })).toEqual([]);
    expect(requestProblems({ kind: STANDARD_BUDDY, standard: 'st26', dimension: null })).toEqual(
      [],
    );
    expect(rules(requestProblems({ kind: STANDARD_BUDDY }))).toEqual([
      { field: 'standard', rule: 'required', params: undefined },
    ]);
    expect(rules(requestProblems({ kind: STANDARD_BUDDY, standard: '  ' }))).toEqual([
      { field: 'standard', rule: 'required', params: undefined },
    ]);
    expect(rules(requestProblems({ kind: STANDARD_BUDDY, standard: 'ST.999' }))).toEqual([
      { field: 'standard', rule: 'unknownCode', params: { list: 'standard', values: ['ST.999'] } },
    ]);
    expect(
      rules(requestProblems({ kind: STANDARD_BUDDY, dimension: SECURITY, standard: 'ST.26' })),
    ).toEqual([{ field: 'dimension', rule: 'notForKind', params: { kind: STANDARD_BUDDY } }]);
  });

  it('gives each problem a message a person understands', () => {
    for (const problem of requestProblems({ kind: STANDARD_BUDDY, dimension: SECURITY }))
      expect(problem.message).toMatch(/^A STANDARD_BUDDY recommendation (needs|takes no) /);
  });
});

describe('parseRecommendationRequest', () => {
  it('answers the request, its standard normalized', () => {
    expect(parseRecommendationRequest({ kind: MENTOR, dimension: SECURITY })).toEqual({
      kind: MENTOR,
      dimension: SECURITY,
    });
    expect(parseRecommendationRequest({ kind: STANDARD_BUDDY, standard: ' st 96 ' })).toEqual({
      kind: STANDARD_BUDDY,
      standard: 'ST.96',
    });
  });

  it('throws every problem as one BAD_USER_INPUT', () => {
    expect.assertions(2);
    try {
      parseRecommendationRequest({ kind: PEER, standard: 'ST.26' });
    } catch (error) {
      expect(error).toBeInstanceOf(BadUserInputError);
      expect((error as BadUserInputError).extensions).toMatchObject({
        field: 'dimension',
        rule: 'required',
        errors: [
          { field: 'dimension', rule: 'required', params: {} },
          { field: 'standard', rule: 'notForKind', params: { kind: PEER } },
        ],
      });
    }
  });
});

describe('seekerProblems', () => {
  it.each([MENTOR, PEER] as const)(
    '%s: the seeker needs a known level in the dimension',
    (kind) => {
      const request = { kind, dimension: SECURITY };
      expect(seekerProblems(request, office('SN', { levels: { [SECURITY]: 2 } }))).toEqual([]);
      const [problem] = seekerProblems(request, office('SN', { levels: {} }));
      expect(problem).toEqual({
        field: 'dimension',
        message: 'SN has no known level in SECURITY: record a level first.',
        rule: 'levelUnknown',
        params: { dimension: SECURITY },
      });
    },
  );

  it('STANDARD_BUDDY: the seeker plans the standard (NONE with a date) or implements it partly', () => {
    const request = { kind: STANDARD_BUDDY, standard: 'ST.26' } as const;
    const seeker = (standards: OfficeFeatures['standards']) =>
      seekerProblems(request, office('SN', { standards })).map((problem) => problem.rule);
    expect(seeker({ 'ST.26': adoption('PARTIAL') })).toEqual([]);
    expect(seeker({ 'ST.26': adoption('NONE', '2027-06-30') })).toEqual([]);
    expect(seeker({ 'ST.26': adoption('NONE') })).toEqual(['standardNotPlanned']);
    expect(seeker({ 'ST.26': adoption('COMPLETE') })).toEqual(['standardNotPlanned']);
    expect(seeker({})).toEqual(['standardNotPlanned']);
    expect(seekerProblems(request, office('SN'))[0]).toMatchObject({
      field: 'standard',
      params: { standard: 'ST.26' },
      message:
        'SN neither plans nor partly implements ST.26: record a planned date or a partial implementation first.',
    });
  });

  it('assertSeekerMayAsk throws them as BAD_USER_INPUT', () => {
    expect(() => assertSeekerMayAsk({ kind: MENTOR, dimension: SECURITY }, office('SN'))).toThrow(
      BadUserInputError,
    );
    expect(() =>
      assertSeekerMayAsk(
        { kind: MENTOR, dimension: SECURITY },
        office('SN', { levels: { [SECURITY]: 1 } }),
      ),
    ).not.toThrow();
  });
});
