import { describe, expect, it } from 'vitest';

import { readUrl, searchOf } from './recommendations-url';

const read = (search: string) => readUrl(new URLSearchParams(search));

describe('the recommendations address', () => {
  it('reads nothing as my office’s mentors, with the defaults to come from the office', () => {
    expect(read('')).toEqual({
      office: null,
      kind: 'MENTOR',
      dimension: null,
      standard: null,
      area: null,
    });
  });

  it('reads what a shared link says, whatever its case', () => {
    expect(read('office=ke&kind=BUDDY&standard=st26&dimension=data&area=DEVOPS')).toEqual({
      office: 'KE',
      kind: 'STANDARD_BUDDY',
      dimension: 'DATA',
      standard: 'ST.26',
      area: 'DEVOPS',
    });
  });

  it('reads what it cannot use as not given', () => {
    expect(read('office=K%20E&kind=boss&dimension=LUCK&standard=ISO9001')).toEqual({
      office: null,
      kind: 'MENTOR',
      dimension: null,
      standard: null,
      area: null,
    });
  });

  it('writes only what differs from the defaults, and keeps both choices', () => {
    expect(
      searchOf({
        office: null,
        kind: 'MENTOR',
        dimension: 'SECURITY',
        standard: null,
        area: null,
      }).toString(),
    ).toBe('dimension=SECURITY');
    const search = searchOf({
      office: 'KE',
      kind: 'STANDARD_BUDDY',
      dimension: 'DATA',
      standard: 'ST.96',
      area: 'DEVOPS',
    });
    expect(search.toString()).toBe(
      'office=KE&kind=buddy&dimension=DATA&standard=ST.96&area=DEVOPS',
    );
    expect(readUrl(search)).toEqual({
      office: 'KE',
      kind: 'STANDARD_BUDDY',
      dimension: 'DATA',
      standard: 'ST.96',
      area: 'DEVOPS',
    });
  });
});
