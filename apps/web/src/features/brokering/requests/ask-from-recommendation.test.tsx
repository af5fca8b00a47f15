import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { session } from '../../../app/session/session-store';
import { renderWithApp } from '../../../test/render';
import { RecommendationsPage } from '../../recommendations/recommendations-page';
import {
  areasMock,
  mentor,
  recommendationsMock,
  seekerMock,
} from '../../recommendations/recommendations.fixtures';
import { newRequestHref, readNewRequestUrl } from './request-url';

function signInAs(role: string, officeCode = 'SN') {
  session.signedIn({
    accessToken: 'token',
    accessTokenExpiresAt: new Date(Date.now() + 900_000).toISOString(),
    account: {
      id: 'a1',
      email: 'awa@example.org',
      displayName: 'Awa Exemple',
      role,
      officeCode,
      preferredLanguage: 'fr',
    },
  });
}

function renderRecommendations(
  path: string,
  mocks: NonNullable<Parameters<typeof renderWithApp>[1]>['mocks'],
  locale = 'en',
) {
  return renderWithApp(<RecommendationsPage />, {
    locale,
    mocks: [...(mocks ?? []), areasMock(locale === 'fr' ? 'fr' : 'en')],
    path,
    route: '/recommendations',
  });
}

const ASK = 'Ask the International Bureau for an introduction';

describe('asking for an introduction from a recommendation', () => {
  it('offers each card’s office to the members of the seeker office, as the form’s address', async () => {
    signInAs('MEMBER');
    renderRecommendations('/recommendations?dimension=SECURITY', [
      seekerMock('en'),
      recommendationsMock({ dimension: 'SECURITY' }, [mentor('MA'), mentor('FR')]),
    ]);

    const cards = await screen.findAllByRole('listitem', { name: /Office|Moroccan/ });
    const [first, second] = cards;
    if (!first || !second) throw new Error('two cards expected');
    const ask = within(first).getByRole('link', { name: ASK });
    expect(ask).toHaveAttribute(
      'href',
      '/requests/new?kind=mentor&dimension=SECURITY&office=SN&suggested=MA',
    );
    // the card's office tells the buttons apart
    expect(ask).toHaveAccessibleDescription('Moroccan Industrial and Commercial Property Office');
    expect(within(second).getByRole('link', { name: ASK })).toHaveAttribute(
      'href',
      '/requests/new?kind=mentor&dimension=SECURITY&office=SN&suggested=FR',
    );
  });

  it('asks for a standards buddy in French', async () => {
    signInAs('OFFICE_ADMIN');
    renderRecommendations(
      '/recommendations?kind=buddy&standard=ST.96',
      [
        seekerMock('fr'),
        recommendationsMock({ kind: 'STANDARD_BUDDY', standard: 'ST.96', language: 'fr' }, [
          mentor('EP'),
        ]),
      ],
      'fr',
    );

    expect(
      await screen.findByRole('link', {
        name: 'Demander une mise en relation au Bureau international',
      }),
    ).toHaveAttribute('href', '/requests/new?kind=buddy&standard=ST.96&office=SN&suggested=EP');
  });

  it('is not offered to the International Bureau, which the API refuses to ask', async () => {
    signInAs('BROKER', 'WO');
    renderRecommendations('/recommendations?office=SN', [
      seekerMock('en'),
      recommendationsMock({ dimension: 'DATA' }, [mentor('MA')]),
    ]);

    await screen.findByText('1 possible mentor, best first');
    expect(screen.queryByRole('link', { name: ASK })).not.toBeInTheDocument();
  });
});

describe('the form’s address', () => {
  it('reads back what the card wrote', () => {
    const url = {
      kind: 'PEER' as const,
      dimension: 'DATA' as const,
      standard: null,
      office: 'SN',
      suggested: 'KE',
    };
    const href = newRequestHref(url);
    expect(href).toBe('/requests/new?kind=peer&dimension=DATA&office=SN&suggested=KE');
    expect(readNewRequestUrl(new URLSearchParams(href.split('?')[1]))).toEqual(url);
  });

  it('keeps only the subject of the kind, and drops what is no office code', () => {
    expect(
      readNewRequestUrl(
        new URLSearchParams('kind=buddy&dimension=DATA&standard=st26&suggested=no%20code'),
      ),
    ).toEqual({
      kind: 'STANDARD_BUDDY',
      dimension: null,
      standard: 'ST.26',
      office: null,
      suggested: null,
    });
  });
});
