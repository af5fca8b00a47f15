import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';

import { session } from '../../../app/session/session-store';
import { renderWithApp } from '../../../test/render';
import { RequestFormPage } from './request-form-page';
import {
  createRequestMock,
  createRequestRefusedMock,
  requestFormMock,
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

/** Where the form went after its submit. */
function Arrived() {
  const location = useLocation();
  return (
    <output aria-label="arrived">
      {location.pathname}
      {(location.state as { created?: boolean } | null)?.created ? ' (created)' : ''}
    </output>
  );
}

function renderForm(
  path: string,
  mocks: NonNullable<Parameters<typeof renderWithApp>[1]>['mocks'],
  locale = 'en',
) {
  return renderWithApp(null, {
    locale,
    mocks,
    path,
    routes: [
      { path: '/requests/new', element: <RequestFormPage /> },
      { path: '/requests/:id', element: <Arrived /> },
    ],
  });
}

const FROM_FR = '/requests/new?kind=mentor&dimension=SECURITY&office=SN&suggested=FR';
const INPI = 'National Institute of Industrial Property';

const input = (extra: Record<string, unknown> = {}) => ({
  officeCode: 'SN',
  kind: 'MENTOR' as const,
  dimension: 'SECURITY' as const,
  topic: 'Mentoring in Security',
  goal: 'Set up a security operations centre.',
  urgency: 'NORMAL' as const,
  preferredLanguages: ['fr', 'wo'],
  suggestedOfficeCode: 'FR',
  ...extra,
});

describe('the request form', { timeout: 30_000 }, () => {
  it('is prefilled from the recommendation it was opened from, and sends the request', async () => {
    signInAs('MEMBER');
    const user = userEvent.setup();
    renderForm(FROM_FR, [
      requestFormMock('en'),
      suggestedOfficeMock('FR', 'en', INPI),
      createRequestMock(input({ urgency: 'HIGH' }), 'request-9'),
    ]);

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Ask the International Bureau for an introduction',
      }),
    ).toBeVisible();
    const asked = await screen.findByRole('region', { name: 'What you ask for' });
    expect(within(asked).getByText('Mentor')).toBeVisible();
    expect(within(asked).getByText('Cybersecurity and resilience')).toBeVisible();
    expect(screen.getByLabelText(/^Topic/)).toHaveValue('Mentoring in Security');
    expect(screen.getByLabelText(/^Goal/)).toHaveValue('');
    expect(screen.getByRole('radio', { name: 'Normal' })).toBeChecked();
    // the office's working languages, preferred until changed
    expect(document.querySelector('input[name="preferredLanguages"]')).toHaveValue('fr,wo');
    expect(
      await screen.findByText(
        `You are asking from the recommendation of ${INPI}; the International Bureau will consider it.`,
      ),
    ).toBeVisible();
    expect(document.title).toBe('Ask for an introduction — WILD Network');

    await user.type(screen.getByLabelText(/^Goal/), 'Set up a security operations centre.');
    await user.click(screen.getByRole('radio', { name: 'High' }));
    await user.click(screen.getByRole('button', { name: 'Send the request' }));

    expect(await screen.findByRole('status', { name: 'arrived' })).toHaveTextContent(
      '/requests/request-9 (created)',
    );
  });

  it('speaks French, and proposes a topic in French', async () => {
    signInAs('OFFICE_ADMIN');
    renderForm(
      '/requests/new?kind=buddy&standard=ST.26&suggested=EP',
      [requestFormMock('fr'), suggestedOfficeMock('EP', 'fr', 'Office européen des brevets')],
      'fr',
    );

    expect(await screen.findByLabelText(/^Sujet/)).toHaveValue('Partenaire pour la norme ST.26');
    const asked = screen.getByRole('region', { name: 'Ce que vous demandez' });
    expect(within(asked).getByText('Partenaire pour une norme')).toBeVisible();
    expect(within(asked).getByText('Norme')).toBeVisible();
    expect(within(asked).getByText('ST.26')).toBeVisible();
    expect(screen.getByRole('radio', { name: 'Normale' })).toBeChecked();
    expect(
      await screen.findByText(/depuis la recommandation de Office européen des brevets/),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Envoyer la demande' })).toBeVisible();
  });

  it('asks for the goal before sending anything, and takes the focus to what is wrong', async () => {
    signInAs('MEMBER');
    const user = userEvent.setup();
    // no mutation is mocked: sending one would fail the test with another message
    renderForm(FROM_FR, [requestFormMock('en'), suggestedOfficeMock('FR', 'en', INPI)]);

    await user.clear(await screen.findByLabelText(/^Topic/));
    await user.click(screen.getByRole('button', { name: 'Send the request' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The request was not sent');
    await waitFor(() => expect(alert).toHaveFocus());
    expect(
      within(alert).getByRole('link', { name: 'Topic: This field is required.' }),
    ).toBeVisible();
    expect(
      within(alert).getByRole('link', { name: 'Goal: This field is required.' }),
    ).toBeVisible();
    expect(screen.getByLabelText(/^Goal/)).toHaveAccessibleDescription(
      expect.stringContaining('This field is required.'),
    );

    await user.click(within(alert).getByRole('link', { name: /^Goal/ }));
    expect(screen.getByLabelText(/^Goal/)).toHaveFocus();
  });

  it('shows the API’s refusals beside their fields, in the interface’s language, keeping what was typed', async () => {
    signInAs('MEMBER');
    const user = userEvent.setup();
    renderForm(
      FROM_FR,
      [
        requestFormMock('fr'),
        suggestedOfficeMock('FR', 'fr', 'Institut national de la propriété industrielle'),
        createRequestRefusedMock(
          input({ topic: 'Mentorat\u00a0: Sécurité', goal: 'Un centre de sécurité.' }),
          [
            {
              field: 'topic',
              message: 'topic is 1 to 200 characters.',
              rule: 'maxLength',
              params: { max: 200 },
            },
            {
              field: 'preferredLanguages',
              message: 'Not ISO 639-1 language codes: wo.',
              rule: 'unknownCode',
              params: { list: 'language', values: ['wo'] },
            },
            {
              field: 'suggestedOfficeCode',
              message: 'No office with code FR is in the network.',
              rule: 'officeNotInNetwork',
              params: { code: 'FR' },
            },
          ],
        ),
      ],
      'fr',
    );

    await user.type(await screen.findByLabelText(/^Objectif/), 'Un centre de sécurité.');
    await user.click(screen.getByRole('button', { name: 'Envoyer la demande' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('La demande n’a pas été envoyée');
    expect(alert).toHaveTextContent('Certains champs demandent votre attention.');
    expect(screen.getByLabelText(/^Sujet/)).toHaveAccessibleDescription(
      expect.stringContaining('Au plus 200 caractères.'),
    );
    expect(
      within(alert).getByRole('link', { name: /^Langues souhaitées\s:\sCode inconnu\s:\swo/ }),
    ).toBeVisible();
    expect(screen.getByRole('note')).toHaveTextContent('L’office FR ne fait pas partie du réseau.');
    // nothing typed is lost
    expect(screen.getByLabelText(/^Objectif/)).toHaveValue('Un centre de sécurité.');
    expect(screen.getByLabelText(/^Sujet/)).toHaveValue('Mentorat\u00a0: Sécurité');
  });

  it('is not offered to the International Bureau, which proposes introductions', async () => {
    signInAs('BROKER', 'WO');
    renderForm(FROM_FR, []);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Requests come from the members and office admins of an office.',
    );
    expect(screen.queryByRole('button', { name: 'Send the request' })).not.toBeInTheDocument();
  });

  it('sends to the recommendations when it does not say what to ask for', async () => {
    signInAs('MEMBER');
    renderForm('/requests/new?kind=mentor', []);

    expect(await screen.findByText(/What to ask for comes from a recommendation/)).toBeVisible();
    expect(screen.getByRole('link', { name: /start from a recommendation/ })).toHaveAttribute(
      'href',
      '/recommendations',
    );
  });
});
