import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';

import { session } from '../../app/session/session-store';
import { renderWithApp } from '../../test/render';
import { RecommendationsPage } from './recommendations-page';
import {
  areasMock,
  LEVEL_UNKNOWN,
  mentor,
  recommendationsMock,
  recommendationsRefusedMock,
  seeker,
  seekerMock,
  seekerNotFoundMock,
} from './recommendations.fixtures';

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

/** The address as the router has it, to check that choices live in the URL. */
function Address() {
  const location = useLocation();
  return <output aria-label="address">{location.pathname + location.search}</output>;
}

function renderPage(
  path: string,
  mocks: NonNullable<Parameters<typeof renderWithApp>[1]>['mocks'],
  locale = 'en',
) {
  return renderWithApp(null, {
    locale,
    // the experts' areas, beside
    mocks: [...(mocks ?? []), areasMock(locale === 'fr' ? 'fr' : 'en')],
    path,
    routes: [
      {
        path: '/recommendations',
        element: (
          <>
            <RecommendationsPage />
            <Address />
          </>
        ),
      },
    ],
  });
}

const address = () => screen.getByRole('status', { name: 'address' });

describe('the recommendations page', () => {
  it('shows my office’s mentors in its first need’s dimension, each with its score and reasons', async () => {
    signInAs('MEMBER');
    renderPage('/recommendations', [
      seekerMock('en'),
      recommendationsMock({ dimension: 'DATA' }, [mentor('MA'), mentor('CH', { score: 0.9 })]),
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Recommendations' })).toBeVisible();
    expect(await screen.findByText('2 possible mentors, best first')).toBeVisible();
    expect(screen.getByRole('radio', { name: /^Mentors/ })).toBeChecked();
    const dimension = screen.getByLabelText('Dimension');
    expect(dimension).toHaveValue('DATA');
    expect(dimension).toHaveAccessibleDescription('Current level of SN: 2');
    // the office's needs come first
    expect(within(dimension).getByRole('group', { name: 'Needs of SN' })).toBeInTheDocument();

    const cards = screen.getAllByRole('listitem', { name: /Office|Moroccan/ });
    expect(cards).toHaveLength(2);
    const [first] = cards;
    if (!first) throw new Error('no card');
    expect(within(first).getByText('Rank 1:')).toBeInTheDocument();
    expect(
      within(first).getByRole('link', {
        name: 'Moroccan Industrial and Commercial Property Office',
      }),
    ).toHaveAttribute('href', '/offices/MA');
    expect(within(first).getByText('MA · OMPIC')).toBeVisible();
    expect(within(first).getByText('97%')).toBeVisible();
    expect(
      within(first).getByText(/^OMPIC: Cybersecurity and resilience 4 against your 2/),
    ).toBeVisible();
    const reasons = within(first).getByRole('list', { name: 'Reasons' });
    const rows = within(reasons).getAllByRole('listitem');
    expect(rows.map((row) => row.textContent)).toEqual([
      'Level gap+25 pts+25 pointsCybersecurity and resilience 4 against your 2',
      'Offers help+50 pts+50 pointsoffers help in Cybersecurity and resilience',
      'Language+8 pts+8 pointsworks in French',
      'Time zone+3.7 pts+3.7 points1 h from your time',
    ]);
    expect(document.title).toBe('Recommendations — WILD Network');
    // a member looks at their own office only
    expect(screen.queryByLabelText(/^Office code/)).not.toBeInTheDocument();
  });

  it('keeps the choice in the address: another dimension, then peers', async () => {
    signInAs('MEMBER');
    const user = userEvent.setup();
    renderPage('/recommendations', [
      seekerMock('en'),
      recommendationsMock({ dimension: 'DATA' }, [mentor('MA')]),
      recommendationsMock({ dimension: 'SECURITY' }, [mentor('FR'), mentor('EM')]),
      recommendationsMock({ kind: 'PEER', dimension: 'SECURITY' }, [mentor('TN')]),
    ]);

    await screen.findByText('1 possible mentor, best first');
    await user.selectOptions(screen.getByLabelText('Dimension'), 'SECURITY');
    expect(await screen.findByText('2 possible mentors, best first')).toBeVisible();
    expect(address()).toHaveTextContent('/recommendations?dimension=SECURITY');

    await user.click(screen.getByRole('radio', { name: /^Peers/ }));
    expect(await screen.findByText('1 possible peer, best first')).toBeVisible();
    expect(address()).toHaveTextContent('/recommendations?kind=peer&dimension=SECURITY');
    expect(screen.getByRole('link', { name: 'Office TN' })).toHaveAttribute('href', '/offices/TN');
  });

  it('opens at the choice of a shared link', async () => {
    signInAs('MEMBER');
    renderPage('/recommendations?kind=buddy&standard=ST.96', [
      seekerMock('en'),
      recommendationsMock({ kind: 'STANDARD_BUDDY', standard: 'ST.96' }, [mentor('EP')]),
    ]);

    expect(await screen.findByText('1 possible buddy, best first')).toBeVisible();
    expect(screen.getByRole('radio', { name: /^Standards buddies/ })).toBeChecked();
    const standard = screen.getByLabelText('Standard');
    expect(standard).toHaveValue('ST.96');
    // planned (NONE with a date) or partly implemented; ST.27, with no date, is not offered
    expect(
      within(standard)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['ST.26 — planned for June 30, 2027', 'ST.96 — implemented partly']);
  });

  it('shows the API’s refusal beside the dimension, in French, with where to fix it', async () => {
    signInAs('MEMBER');
    const user = userEvent.setup();
    renderPage(
      '/recommendations?kind=peer&dimension=SECURITY',
      [
        seekerMock('fr'),
        recommendationsMock({ kind: 'PEER', dimension: 'SECURITY', language: 'fr' }, [
          mentor('TN'),
        ]),
        recommendationsRefusedMock(
          { kind: 'PEER', dimension: 'COOPERATION', language: 'fr' },
          LEVEL_UNKNOWN('COOPERATION'),
        ),
      ],
      'fr',
    );

    await screen.findByText('1 pair possible, les plus pertinents d’abord');
    await user.selectOptions(screen.getByLabelText('Dimension'), 'COOPERATION');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'L’office n’a pas encore de niveau connu dans cette dimension : indiquez-en un d’abord dans son autoévaluation.',
    );
    const dimension = screen.getByLabelText('Dimension');
    expect(dimension).toHaveAttribute('aria-invalid', 'true');
    expect(dimension).toHaveAccessibleDescription(/indiquez-en un d’abord/);
    expect(dimension).toHaveValue('COOPERATION');
    // a member cannot record a level: the office's maturity, where its admins would
    expect(
      within(alert).getByRole('link', { name: 'Voir la maturité de l’office' }),
    ).toHaveAttribute('href', '/offices/SN#maturity');
    expect(screen.queryByRole('list', { name: 'Raisons' })).not.toBeInTheDocument();
  });

  it('offers its office admins to record the missing level', async () => {
    signInAs('OFFICE_ADMIN');
    renderPage('/recommendations?dimension=COOPERATION', [
      seekerMock('en'),
      recommendationsRefusedMock({ dimension: 'COOPERATION' }, LEVEL_UNKNOWN('COOPERATION')),
    ]);

    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByRole('link', { name: 'Record a level in the self-assessment' }),
    ).toHaveAttribute('href', '/offices/SN/assessment');
  });

  it('says clearly when the API refuses another office’s recommendations', async () => {
    signInAs('MEMBER');
    renderPage('/recommendations?office=KE', [
      seekerMock(
        'en',
        seeker({
          code: 'KE',
          name: 'Kenya Industrial Property Institute',
          acronym: 'KIPI',
          needs: [],
        }),
      ),
      recommendationsRefusedMock(
        { officeCode: 'KE', dimension: 'SECURITY' },
        { code: 'FORBIDDEN' },
      ),
    ]);

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Not your office')).toBeVisible();
    expect(alert).toHaveTextContent(
      'Only the members of KE and the International Bureau (brokers, admins) may see its recommendations.',
    );
    expect(
      within(alert).getByRole('link', { name: 'See those of my office (SN)' }),
    ).toHaveAttribute('href', '/recommendations');
  });

  it('says why the list is empty', async () => {
    signInAs('MEMBER');
    renderPage('/recommendations?dimension=PEOPLE', [
      seekerMock('en'),
      recommendationsMock({ dimension: 'PEOPLE' }, []),
    ]);

    expect(await screen.findByText('No mentor to suggest')).toBeVisible();
    expect(
      screen.getByText(
        /^No office ahead of SN in Skills and organisation can take on an introduction now/,
      ),
    ).toBeVisible();
  });

  it('says so when the office plans no standard, and where to record one', async () => {
    signInAs('OFFICE_ADMIN');
    renderPage('/recommendations?kind=buddy', [
      seekerMock(
        'en',
        seeker({ standards: [{ standard: 'ST.27', status: 'NONE', plannedDate: null }] }),
      ),
    ]);

    expect(
      await screen.findByText(/^SN reports no WIPO standard that it plans or implements partly/),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Record the office’s standards' })).toHaveAttribute(
      'href',
      '/offices/SN/standards',
    );
    expect(screen.queryByLabelText('Standard')).not.toBeInTheDocument();
  });

  it('shows more with the cursor, and moves the focus to the first new card', async () => {
    signInAs('MEMBER');
    const user = userEvent.setup();
    const firstPage = ['MA', 'CH', 'EM', 'FR', 'BE'].map((code) => mentor(code));
    renderPage('/recommendations?dimension=SECURITY', [
      seekerMock('en'),
      recommendationsMock({ dimension: 'SECURITY' }, firstPage, {
        totalCount: 6,
        hasNextPage: true,
        endCursor: 'cursor-5',
      }),
      recommendationsMock({ dimension: 'SECURITY', after: 'cursor-5' }, [mentor('EP')], {
        totalCount: 6,
      }),
    ]);

    expect(await screen.findByText('Showing 5 of 6')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    expect(await screen.findByText('Showing 6 of 6')).toBeVisible();
    const added = screen.getByRole('listitem', { name: 'Office EP' });
    await waitFor(() => expect(added).toHaveFocus());
    expect(within(added).getByText('Rank 6:')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
  });

  it('lets the International Bureau choose the office, and says when there is none', async () => {
    signInAs('BROKER', 'WO');
    const user = userEvent.setup();
    renderPage('/recommendations?office=SN', [
      seekerMock('en'),
      recommendationsMock({ dimension: 'DATA' }, [mentor('MA')]),
      seekerNotFoundMock('AD'),
    ]);

    await screen.findByText('1 possible mentor, best first');
    const code = screen.getByLabelText(/^Office code/);
    expect(code).toHaveValue('SN');
    await user.clear(code);
    await user.type(code, 'ad');
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(address()).toHaveTextContent('/recommendations?office=AD');
    await waitFor(() =>
      expect(screen.getByLabelText(/^Office code/)).toHaveAccessibleDescription(
        /No office of the network has the code AD\./,
      ),
    );
    expect(screen.getByRole('link', { name: 'Back to my office (WO)' })).toHaveAttribute(
      'href',
      '/recommendations',
    );
  });

  it('explains how the list is ranked, for the kind shown', async () => {
    signInAs('MEMBER');
    const user = userEvent.setup();
    renderPage(
      '/recommendations',
      [
        seekerMock('fr'),
        recommendationsMock({ dimension: 'DATA', language: 'fr' }, [mentor('MA')]),
      ],
      'fr',
    );

    await user.click(
      await screen.findByRole('button', { name: /^Comment ce classement est-il établi/ }),
    );
    const table = await screen.findByRole('table', {
      name: 'Les critères de cette liste et leurs points',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual([
      '+25',
      '+50',
      '+8',
      '+6',
      '+4',
      '+4',
      '+3',
      '−100',
    ]);
    expect(within(table).getByRole('rowheader', { name: 'Propose son aide' })).toBeInTheDocument();
  });
});
