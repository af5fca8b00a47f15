import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';

import { session } from '../../app/session/session-store';
import { renderWithApp } from '../../test/render';
import { RecommendationsPage } from './recommendations-page';
import {
  areasMock,
  expert,
  expertsMock,
  mentor,
  recommendationsMock,
  seekerMock,
} from './recommendations.fixtures';
import { ExpertsQuery } from './recommendations.graphql';

session.signedIn({
  accessToken: 'token',
  accessTokenExpiresAt: new Date(Date.now() + 900_000).toISOString(),
  account: {
    id: 'a1',
    email: 'awa@example.org',
    displayName: 'Awa Exemple',
    role: 'MEMBER',
    officeCode: 'SN',
    preferredLanguage: 'fr',
  },
});

function renderPage(
  path: string,
  mocks: NonNullable<Parameters<typeof renderWithApp>[1]>['mocks'],
  locale = 'en',
) {
  return renderWithApp(<RecommendationsPage />, { locale, mocks, path, route: '/recommendations' });
}

describe('the experts beside the recommendations', () => {
  it('lists the experts of the area chosen, with their reasons, and contacts only when given', async () => {
    const user = userEvent.setup();
    renderPage('/recommendations', [
      seekerMock('en'),
      recommendationsMock({ dimension: 'DATA' }, [mentor('MA')]),
      areasMock('en'),
      expertsMock('CYBERSECURITY_OPERATIONS', [
        expert('m1'),
        expert('m2', {
          fullName: 'Sven Sketchley',
          contactEmail: 'sven@ph.example',
          contactPhone: '+63 2 1234 5678',
          office: {
            code: 'PH',
            name: 'Intellectual Property Office of the Philippines',
            acronym: 'IPOPHL',
          },
        }),
      ]),
    ]);

    const experts = await screen.findByRole('region', { name: 'Experts' });
    expect(
      await within(experts).findByText('Choose an area to see who in the network knows it best.'),
    ).toBeVisible();
    const select = within(experts).getByLabelText('Expertise area');
    // by name, in the interface's language
    await within(select).findByRole('option', { name: 'Data governance' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'Choose an area',
      'AI and machine learning for examination',
      'Cybersecurity operations',
      'Data governance',
    ]);
    await user.selectOptions(select, 'CYBERSECURITY_OPERATIONS');

    expect(await within(experts).findByText('2 experts, best first')).toBeVisible();
    const vera = within(experts).getByRole('listitem', { name: 'Vera Sketchley' });
    expect(within(vera).getByRole('link', { name: 'Vera Sketchley' })).toHaveAttribute(
      'href',
      '/members/m1',
    );
    expect(within(vera).getByText('Chief Information Security Officer')).toBeVisible();
    expect(
      within(vera).getByRole('link', {
        name: 'Institut national de la propriété industrielle · INPI',
      }),
    ).toHaveAttribute('href', '/offices/FR');
    expect(within(vera).getByText('100%')).toBeVisible();
    const reasons = within(within(vera).getByRole('list', { name: 'Reasons' })).getAllByRole(
      'listitem',
    );
    expect(reasons.map((row) => row.textContent)).toEqual([
      'Expertise level+75 pts+75 pointsexpert level in Cybersecurity operations',
      'Available to mentor+13 pts+13 pointsavailable to mentor',
      'Language+8 pts+8 pointsspeaks French',
    ]);
    // withheld contact details are simply not there
    expect(within(vera).queryByText('Contact')).not.toBeInTheDocument();
    const sven = within(experts).getByRole('listitem', { name: 'Sven Sketchley' });
    expect(within(sven).getByRole('link', { name: 'sven@ph.example' })).toHaveAttribute(
      'href',
      'mailto:sven@ph.example',
    );
    expect(within(sven).getByRole('link', { name: '+63 2 1234 5678' })).toHaveAttribute(
      'href',
      'tel:+63212345678',
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('speaks French, and opens at the area of a shared link', async () => {
    renderPage(
      '/recommendations?area=CYBERSECURITY_OPERATIONS',
      [
        seekerMock('fr'),
        recommendationsMock({ dimension: 'DATA', language: 'fr' }, [mentor('MA')]),
        areasMock('fr'),
        expertsMock('CYBERSECURITY_OPERATIONS', [expert('m1')], { language: 'fr' }),
      ],
      'fr',
    );

    const experts = await screen.findByRole('region', { name: 'Experts' });
    expect(await within(experts).findByText('1 expert, les plus pertinents d’abord')).toBeVisible();
    expect(within(experts).getByLabelText('Domaine d’expertise')).toHaveValue(
      'CYBERSECURITY_OPERATIONS',
    );
    const reasons = within(experts).getByRole('list', { name: 'Raisons' });
    expect(within(reasons).getByText('Niveau d’expertise')).toBeVisible();
    expect(within(reasons).getByText('+75 pts')).toBeVisible();
  });

  it('shows the API’s refusal of an area beside the select', async () => {
    renderPage('/recommendations?area=NOPE', [
      seekerMock('en'),
      recommendationsMock({ dimension: 'DATA' }, [mentor('MA')]),
      areasMock('en'),
      {
        request: {
          query: ExpertsQuery,
          variables: { area: 'NOPE', officeCode: 'SN', first: 5, language: 'en' },
        },
        result: {
          data: null,
          errors: [
            new GraphQLError('NOPE is not an area.', {
              path: ['experts'],
              extensions: {
                code: 'BAD_USER_INPUT',
                field: 'area',
                rule: 'unknownCode',
                params: { list: 'expertiseArea', values: ['NOPE'] },
              },
            }),
          ],
        },
      },
    ]);

    const experts = await screen.findByRole('region', { name: 'Experts' });
    const alert = await within(experts).findByRole('alert');
    expect(alert).toHaveTextContent('Not a known code: NOPE.');
    expect(within(experts).getByLabelText('Expertise area')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });
});
