import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';

import { session } from '../../../app/session/session-store';
import { renderWithApp } from '../../../test/render';
import { RequestsPage } from './requests-page';
import { requestsMock, summary } from './requests.fixtures';

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

function Address() {
  const location = useLocation();
  return <output aria-label="address">{location.pathname + location.search}</output>;
}

function renderList(
  path: string,
  mocks: NonNullable<Parameters<typeof renderWithApp>[1]>['mocks'],
  locale = 'en',
) {
  return renderWithApp(null, {
    locale,
    mocks,
    path,
    routes: [
      {
        path: '/requests',
        element: (
          <>
            <RequestsPage />
            <Address />
          </>
        ),
      },
    ],
  });
}

const INPI = { code: 'FR', name: 'National Institute of Industrial Property' };

const MENTORING = summary('r1', {
  topic: 'Mentoring in Security',
  state: 'INTRODUCED',
  urgency: 'HIGH',
  waitingDays: 12,
  introductions: [{ id: 'i1', state: 'PROPOSED', candidateOffice: INPI }],
});
const BUDDY = summary('r2', {
  topic: 'Standards buddy for ST.26',
  kind: 'STANDARD_BUDDY',
  dimension: null,
  standard: 'ST.26',
  state: 'OPEN',
  urgency: 'LOW',
  waitingDays: 1,
});
const PEERS = summary('r3', {
  topic: 'Data quality peers',
  kind: 'PEER',
  dimension: 'DATA',
  state: 'FULFILLED',
  createdAt: '2026-01-15T10:00:00.000Z',
  introductions: [
    {
      id: 'i3',
      state: 'ACTIVE',
      candidateOffice: { code: 'KE', name: 'Kenya Industrial Property Institute' },
    },
    { id: 'i2', state: 'DECLINED', candidateOffice: INPI },
  ],
});
const OURS = [MENTORING, BUDDY, PEERS];

describe('our requests', () => {
  it('lists my office’s requests, each with its state, subject, urgency, wait and latest introduction', async () => {
    signInAs('MEMBER');
    renderList('/requests', [requestsMock({ filter: { officeCodes: ['SN'] } }, OURS)]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Our requests' })).toBeVisible();
    expect(await screen.findByText('3 requests')).toBeVisible();
    expect(document.title).toBe('Our requests — WILD Network');
    const list = screen.getByRole('list', { name: 'Requests' });
    const [first, second, third] = within(list).getAllByRole('listitem');
    if (!first || !second || !third) throw new Error('three cards expected');

    expect(first).toHaveAccessibleName('Mentoring in Security');
    expect(within(first).getByRole('link', { name: 'Mentoring in Security' })).toHaveAttribute(
      'href',
      '/requests/r1',
    );
    expect(within(first).getByText('Introduction under way')).toBeVisible();
    expect(within(first).getByText('Mentor · Security')).toBeVisible();
    expect(within(first).getByText('Urgency: High')).toBeVisible();
    expect(within(first).getByText('Waiting for 12 days')).toBeVisible();
    expect(
      within(first).getByText('Latest introduction: National Institute of Industrial Property'),
    ).toBeVisible();
    expect(within(first).getByText('Proposed')).toBeVisible();

    expect(within(second).getByText('Standards buddy · ST.26')).toBeVisible();
    expect(within(second).getByText('Waiting for 1 day')).toBeVisible();
    expect(within(second).getByText('No introduction yet')).toBeVisible();

    // a fulfilled request waits no more; its latest introduction is the newest
    expect(within(third).getByText('Made on January 15, 2026')).toBeVisible();
    expect(
      within(third).getByText('Latest introduction: Kenya Industrial Property Institute'),
    ).toBeVisible();
    expect(within(third).getByText('Active')).toBeVisible();
    // the office is the reader's own: not repeated on each card
    expect(within(third).queryByText(/Agence sénégalaise/)).not.toBeInTheDocument();
  });

  it('filters by state and orders by the wait, in the address', async () => {
    signInAs('OFFICE_ADMIN');
    const user = userEvent.setup();
    renderList('/requests', [
      requestsMock({ filter: { officeCodes: ['SN'] } }, OURS),
      requestsMock({ filter: { states: ['OPEN'], officeCodes: ['SN'] } }, [BUDDY]),
      requestsMock(
        {
          filter: { states: ['OPEN'], officeCodes: ['SN'] },
          orderBy: { field: 'WAITING', direction: 'DESC' },
        },
        [],
      ),
    ]);

    await screen.findByText('3 requests');
    await user.click(screen.getByRole('radio', { name: 'Open' }));
    expect(await screen.findByText('1 request')).toBeVisible();
    expect(screen.getByRole('status', { name: 'address' })).toHaveTextContent(
      '/requests?state=open',
    );

    await user.click(screen.getByRole('radio', { name: 'Longest waiting first' }));
    expect(await screen.findByText('No open request')).toBeVisible();
    expect(screen.getByRole('status', { name: 'address' })).toHaveTextContent(
      '/requests?state=open&order=waiting',
    );
  });

  it('opens at the filter of a shared link, in French', async () => {
    signInAs('MEMBER');
    renderList(
      '/requests?state=cancelled',
      [
        requestsMock(
          { filter: { states: ['CANCELLED'], officeCodes: ['SN'] }, language: 'fr' },
          [],
        ),
      ],
      'fr',
    );

    expect(await screen.findByRole('heading', { level: 1, name: 'Nos demandes' })).toBeVisible();
    expect(screen.getByRole('radio', { name: 'Annulées' })).toBeChecked();
    expect(await screen.findByText('Aucune demande annulée')).toBeVisible();
  });

  it('shows the International Bureau every office’s requests, with the office that asks', async () => {
    signInAs('BROKER', 'WO');
    renderList('/requests', [
      requestsMock({ filter: {} }, [
        MENTORING,
        summary('r9', {
          office: { code: 'KE', name: 'Kenya Industrial Property Institute' },
          officeCode: 'KE',
        }),
      ]),
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Requests' })).toBeVisible();
    const cards = await screen.findAllByRole('listitem');
    expect(cards[0]).toHaveTextContent(/Agence sénégalaise .* \(SN\)/);
    expect(cards[1]).toHaveTextContent('Kenya Industrial Property Institute (KE)');
  });
});
