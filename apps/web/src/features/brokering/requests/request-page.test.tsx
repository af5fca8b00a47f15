import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { describe, expect, it } from 'vitest';

import { session } from '../../../app/session/session-store';
import { renderWithApp } from '../../../test/render';
import { RequestPage } from './request-page';
import {
  cancelRequestMock,
  detail,
  requestNotFoundMock,
  requestPageMock,
  suggestedOfficeMock,
} from './requests.fixtures';

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

const INPI = 'National Institute of Industrial Property';

/** Goes where the form goes after its submit, with the state it leaves. */
function Sent() {
  const navigate = useNavigate();
  useEffect(() => {
    void navigate('/requests/request-1', { state: { created: true } });
  }, [navigate]);
  return null;
}

function renderPage(
  id: string,
  mocks: NonNullable<Parameters<typeof renderWithApp>[1]>['mocks'],
  locale = 'en',
) {
  return renderWithApp(<RequestPage />, {
    locale,
    mocks,
    path: `/requests/${id}`,
    route: '/requests/:id',
  });
}

describe('a request’s page', { timeout: 30_000 }, () => {
  it('shows what is asked, the introductions and the history', async () => {
    signInAs('MEMBER');
    renderPage('request-1', [requestPageMock(detail()), suggestedOfficeMock('FR', 'en', INPI)]);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Mentoring in Security' }),
    ).toBeVisible();
    expect(document.title).toBe('Mentoring in Security — WILD Network');
    expect(screen.getByText('Introduction under way')).toBeVisible();
    expect(screen.getByText('Urgency: High')).toBeVisible();
    const facts = screen.getAllByRole('term')[0]?.closest('dl');
    if (!facts) throw new Error('no facts');
    expect(within(facts).getByText('Mentor · Cybersecurity and resilience')).toBeVisible();
    expect(within(facts).getByText('French and Wolof')).toBeVisible();
    expect(await within(facts).findByRole('link', { name: INPI })).toHaveAttribute(
      'href',
      '/offices/FR',
    );
    expect(within(facts).getByText('May 4, 2026').closest('dd')).toHaveTextContent(
      'May 4, 2026 · Waiting for 12 days',
    );

    const introductions = screen.getByRole('list', { name: 'Introductions' });
    const [introduction] = within(introductions).getAllByRole('listitem');
    if (!introduction) throw new Error('no introduction');
    expect(
      within(introduction).getByRole('link', { name: `Introduction to ${INPI}` }),
    ).toHaveAttribute('href', '/introductions/introduction-1');
    expect(within(introduction).getByText('Proposed')).toBeVisible();
    expect(within(introduction).getByText('Proposed on May 6, 2026')).toBeVisible();

    const history = screen.getByRole('list', { name: 'History' });
    expect(within(history).getAllByRole('listitem')).toHaveLength(2);
    expect(history).toHaveTextContent(/Request made.*By the requesting office/);
    expect(history).toHaveTextContent(/Introduction proposed.*By the International Bureau/);
  });

  it('says the request was sent when the form opens it, and takes the focus there', async () => {
    signInAs('MEMBER');
    renderWithApp(null, {
      mocks: [
        requestPageMock(detail({ state: 'OPEN', introductions: [], history: [] })),
        suggestedOfficeMock('FR', 'en', INPI),
      ],
      path: '/requests/new',
      routes: [
        // the form, once its request is made
        { path: '/requests/new', element: <Sent /> },
        { path: '/requests/:id', element: <RequestPage /> },
      ],
    });

    const notice = await screen.findByRole('status', { name: /Your request was sent/ });
    await waitFor(() => expect(notice).toHaveFocus());
    expect(
      screen.getByText('The International Bureau has not proposed an introduction yet.'),
    ).toBeVisible();
  });

  it('cancels the request with a reason, which is required', async () => {
    signInAs('MEMBER');
    const user = userEvent.setup();
    const request = detail();
    renderPage('request-1', [
      requestPageMock(request),
      suggestedOfficeMock('FR', 'en', INPI),
      cancelRequestMock(request, 'We found a partner at a conference.'),
    ]);

    await user.click(await screen.findByRole('button', { name: 'Cancel this request' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cancel this request?' });
    expect(dialog).toHaveTextContent('the introduction proposed for it is cancelled too');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel the request' }));
    expect(within(dialog).getByLabelText(/^Reason/)).toHaveAccessibleDescription(
      expect.stringContaining('This field is required.'),
    );

    await user.type(
      within(dialog).getByLabelText(/^Reason/),
      'We found a partner at a conference.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Cancel the request' }));

    const notice = await screen.findByRole('status', { name: /The request is cancelled/ });
    await waitFor(() => expect(notice).toHaveFocus());
    // the request, and its introduction with it
    expect(screen.getAllByText('Cancelled')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Cancel this request' })).not.toBeInTheDocument();
    const history = screen.getByRole('list', { name: 'History' });
    expect(history).toHaveTextContent(
      /Request cancelled.*Reason: We found a partner at a conference\./,
    );
  });

  it('offers no cancellation to whoever may not cancel', async () => {
    signInAs('MEMBER');
    renderPage('request-1', [
      requestPageMock(detail({ viewerMayCancel: false })),
      suggestedOfficeMock('FR', 'en', INPI),
    ]);
    await screen.findByRole('heading', { level: 1, name: 'Mentoring in Security' });
    expect(screen.queryByRole('button', { name: 'Cancel this request' })).not.toBeInTheDocument();
  });

  it('says so of a request it cannot show, as the office pages do', async () => {
    signInAs('MEMBER');
    renderPage('missing', [requestNotFoundMock('missing')]);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Request not found' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Go to our requests' })).toHaveAttribute(
      'href',
      '/requests',
    );
  });

  it('says the same of an address that holds no request id', async () => {
    signInAs('MEMBER');
    renderPage('not-a-uuid', [requestNotFoundMock('not-a-uuid', 'BAD_USER_INPUT')]);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Request not found' }),
    ).toBeVisible();
  });

  it('speaks French', async () => {
    signInAs('MEMBER');
    renderPage(
      'request-1',
      [
        requestPageMock(detail(), 'fr'),
        suggestedOfficeMock('FR', 'fr', 'Institut national de la propriété industrielle'),
      ],
      'fr',
    );

    expect(await screen.findByText('Mentor · Cybersécurité et résilience')).toBeVisible();
    expect(screen.getByText('Urgence : Élevée')).toBeVisible();
    expect(screen.getByText('français et wolof')).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Historique' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Annuler cette demande' })).toBeVisible();
  });
});
