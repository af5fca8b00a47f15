import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { renderWithApp, type RenderOptions } from '../../../test/render';
import { telHref } from './contact-section';
import { IntroductionPage } from './introduction-page';
import {
  AWA,
  introduction,
  INTRODUCTION_ID,
  introductionMock,
  moveMock,
  signInAs,
} from './introductions.fixtures';

function renderPage(options: RenderOptions = {}, id = INTRODUCTION_ID) {
  return renderWithApp(<IntroductionPage />, {
    path: `/introductions/${id}`,
    route: '/introductions/:id',
    ...options,
  });
}

/** FR's office admin, asked to answer for the candidate side. */
const ASKED = introduction({
  viewerPermissions: { respond: true, side: 'CANDIDATE', close: false, cancel: false },
  requesterResponse: { accepted: true, at: '2026-05-05T10:30:00Z', reason: null },
});

const ACTIVE = introduction({
  state: 'ACTIVE',
  expiresAt: null,
  activatedAt: '2026-05-06T08:00:00Z',
  requesterResponse: { accepted: true, at: '2026-05-05T10:30:00Z', reason: null },
  candidateResponse: { accepted: true, at: '2026-05-06T08:00:00Z', reason: null },
  viewerPermissions: { respond: false, side: 'CANDIDATE', close: true, cancel: false },
  counterpart: AWA,
});

const answers = () => screen.getByRole('list', { name: 'Answers' });

describe('the introduction page', () => {
  it('shows the broker’s message, both answers, the history; no contact before both accept', async () => {
    signInAs('OFFICE_ADMIN', 'FR');
    renderPage({ mocks: [introductionMock(ASKED)] });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'ASPIT (SN) introduced to INPI (FR)' }),
    ).toBeVisible();
    expect(document.title).toBe('Introduction SN → FR — WILD Network');
    expect(screen.getByText('Proposed')).toBeVisible();
    expect(screen.getByText('A mentor in Security')).toBeVisible();
    expect(screen.getByText('Goal: Set up a SOC within a year.')).toBeVisible();
    // the request is the requesting office's: the candidate does not open it
    expect(screen.queryByRole('link', { name: 'See the request' })).not.toBeInTheDocument();
    expect(screen.getByText(/^INPI runs a SOC/)).toHaveTextContent(
      'INPI runs a SOC and offers help in security. Both of you work in French.',
    );
    const [requester, candidate] = within(answers()).getAllByRole('listitem');
    expect(requester).toHaveTextContent('Requesting office (SN): accepted on May 5, 2026');
    expect(candidate).toHaveTextContent('Proposed office (FR): waiting · your side');
    expect(screen.getByText(/^Proposed on/)).toHaveTextContent(
      'Proposed on May 4, 2026 · expires on May 18, 2026 unless both sides accept',
    );
    expect(screen.getByText('Contact details are shared once both sides accept.')).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Your contact' })).not.toBeInTheDocument();

    const history = screen.getByRole('list', { name: 'History' });
    expect(
      within(history)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      expect.stringMatching(/^Request made/),
      expect.stringMatching(/^Introduction proposedBy the International Bureau/),
    ]);
    expect(screen.getByRole('button', { name: 'Accept' })).toBeVisible();
    expect(
      screen.queryByRole('button', { name: 'Close the introduction' }),
    ).not.toBeInTheDocument();
  });

  it('accepts: both sides have, and the other side’s contact shows, with mail and phone links', async () => {
    signInAs('OFFICE_ADMIN', 'FR');
    const user = userEvent.setup();
    renderPage({
      mocks: [
        introductionMock(ASKED),
        moveMock(
          { mutation: 'respond', input: { introductionId: INTRODUCTION_ID, accept: true } },
          ACTIVE,
        ),
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Accept' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Both sides accepted: the introduction is active, and your contact is shown.',
    );
    const card = screen.getByRole('region', { name: 'Your contact' });
    expect(within(card).getByText('Awa Ndiaye')).toBeVisible();
    expect(within(card).getByText('Head of IT')).toBeVisible();
    expect(within(card).getByRole('link', { name: 'awa.ndiaye@aspit.example' })).toHaveAttribute(
      'href',
      'mailto:awa.ndiaye@aspit.example',
    );
    expect(within(card).getByRole('link', { name: '+221 33 869 47 70' })).toHaveAttribute(
      'href',
      'tel:+221338694770',
    );
    expect(within(answers()).getAllByRole('listitem')[1]).toHaveTextContent(
      'Proposed office (FR): accepted on May 6, 2026',
    );
    expect(screen.queryByRole('button', { name: 'Accept' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Close the introduction' })).toBeVisible();
  });

  it('declines in a modal that asks why, required', async () => {
    signInAs('OFFICE_ADMIN', 'FR');
    const user = userEvent.setup();
    const declined = introduction({
      state: 'DECLINED',
      expiresAt: null,
      endedAt: '2026-05-06T08:00:00Z',
      requesterResponse: { accepted: true, at: '2026-05-05T10:30:00Z', reason: null },
      candidateResponse: {
        accepted: false,
        at: '2026-05-06T08:00:00Z',
        reason: 'No capacity this year.',
      },
      viewerPermissions: { respond: false, side: 'CANDIDATE', close: false, cancel: false },
    });
    renderPage({
      mocks: [
        introductionMock(ASKED),
        moveMock(
          {
            mutation: 'respond',
            input: {
              introductionId: INTRODUCTION_ID,
              accept: false,
              reason: 'No capacity this year.',
            },
          },
          declined,
        ),
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Decline' }));
    const dialog = await screen.findByRole('dialog', { name: 'Decline the introduction' });
    const reason = within(dialog).getByRole('textbox', { name: /^Why do you decline\?/ });
    await user.click(within(dialog).getByRole('button', { name: 'Decline the introduction' }));
    expect(reason).toHaveAccessibleDescription('This field is required.');

    await user.type(reason, '  No capacity this year.  ');
    await user.click(within(dialog).getByRole('button', { name: 'Decline the introduction' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByRole('status')).toHaveTextContent('You declined the introduction.');
    const candidate = within(answers()).getAllByRole('listitem')[1];
    expect(candidate).toHaveTextContent('Proposed office (FR): declined on May 6, 2026');
    expect(candidate).toHaveTextContent('Reason: No capacity this year.');
    expect(
      screen.getByText('The introduction did not go ahead: no contact details were shared.'),
    ).toBeVisible();
  });

  it('says in French that it expired meanwhile, and shows it as it is now', async () => {
    signInAs('OFFICE_ADMIN', 'FR');
    const user = userEvent.setup();
    const expired = introduction({
      state: 'EXPIRED',
      expiresAt: null,
      endedAt: '2026-05-18T09:00:00Z',
      requesterResponse: ASKED.requesterResponse,
      viewerPermissions: { respond: false, side: 'CANDIDATE', close: false, cancel: false },
      history: [
        ...ASKED.history,
        {
          action: 'INTRODUCTION_EXPIRED',
          actor: 'SYSTEM',
          at: '2026-05-18T09:00:00Z',
          fromState: 'PROPOSED',
          toState: 'EXPIRED',
          reason: null,
        },
      ],
    });
    renderPage({
      locale: 'fr',
      mocks: [
        introductionMock(ASKED, 'fr'),
        moveMock(
          { mutation: 'respond', input: { introductionId: INTRODUCTION_ID, accept: true } },
          { code: 'CONFLICT', reason: 'INTRODUCTION_EXPIRED' },
          'fr',
        ),
        introductionMock(expired, 'fr'),
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Accepter' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Cette mise en relation a expiré entre-temps : on ne peut plus y répondre.',
    );
    expect(await screen.findByText('Expirée')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Accepter' })).not.toBeInTheDocument();
    const [, candidate] = within(screen.getByRole('list', { name: 'Réponses' })).getAllByRole(
      'listitem',
    );
    expect(candidate).toHaveTextContent('Office proposé (FR) : pas de réponse');
    expect(
      within(screen.getByRole('list', { name: 'Historique' }))
        .getAllByRole('listitem')
        .at(-1),
    ).toHaveTextContent(/^Mise en relation expiréeAutomatiquement/);
  });

  it('shows no contact to a colleague who did not accept, and says whom to ask', async () => {
    signInAs('MEMBER', 'FR');
    renderPage({
      mocks: [
        introductionMock({
          ...ACTIVE,
          counterpart: null,
          viewerPermissions: { respond: false, side: null, close: false, cancel: false },
        }),
      ],
    });
    expect(
      await screen.findByText(
        'The contact details went to the administrator of FR who accepted. Ask your office’s administrators.',
      ),
    ).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Your contact' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^mailto:/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'What you can do' })).not.toBeInTheDocument();
  });

  it('closes an active one with its outcome and notes', async () => {
    signInAs('OFFICE_ADMIN', 'FR');
    const user = userEvent.setup();
    const closed = {
      ...ACTIVE,
      state: 'CLOSED' as const,
      endedAt: '2026-06-01T08:00:00Z',
      outcome: 'PARTLY' as const,
      outcomeNotes: 'Two workshops held.',
      counterpart: null,
      viewerPermissions: {
        respond: false,
        side: 'CANDIDATE' as const,
        close: false,
        cancel: false,
      },
    };
    renderPage({
      mocks: [
        introductionMock(ACTIVE),
        moveMock(
          {
            mutation: 'close',
            input: {
              introductionId: INTRODUCTION_ID,
              outcome: 'PARTLY',
              notes: 'Two workshops held.',
            },
          },
          closed,
        ),
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Close the introduction' }));
    const dialog = await screen.findByRole('dialog', { name: 'Close the introduction' });
    await user.click(within(dialog).getByRole('button', { name: 'Close the introduction' }));
    expect(within(dialog).getByText('Choose how it went.')).toBeVisible();
    await user.click(within(dialog).getByRole('radio', { name: 'Partly useful' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Notes' }), 'Two workshops held.');
    await user.click(within(dialog).getByRole('button', { name: 'Close the introduction' }));

    expect(await screen.findByRole('status')).toHaveTextContent('The introduction is closed.');
    const outcome = screen.getByRole('region', { name: 'Outcome' });
    expect(outcome).toHaveTextContent('Partly usefulTwo workshops held.');
    expect(screen.queryByRole('region', { name: 'Your contact' })).not.toBeInTheDocument();
    expect(
      screen.getByText('The introduction is closed: its contact details are no longer shown.'),
    ).toBeVisible();
  });

  it('lets the requesting side cancel a proposed one, with a reason', async () => {
    signInAs('MEMBER', 'SN');
    const user = userEvent.setup();
    const mine = introduction({
      viewerPermissions: { respond: true, side: 'REQUESTER', close: false, cancel: true },
    });
    renderPage({
      mocks: [
        introductionMock(mine),
        moveMock(
          { mutation: 'cancel', input: { introductionId: INTRODUCTION_ID, reason: 'Found help.' } },
          introduction({
            state: 'CANCELLED',
            expiresAt: null,
            viewerPermissions: { respond: false, side: 'REQUESTER', close: false, cancel: false },
          }),
        ),
      ],
    });
    expect(await screen.findByRole('link', { name: 'See the request' })).toHaveAttribute(
      'href',
      '/requests/request-1',
    );
    expect(
      screen.getByText(/^You answer for the requesting office \(SN\)\. An answer is final/),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Cancel the introduction' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cancel the introduction' });
    await user.type(
      within(dialog).getByRole('textbox', { name: /^Why do you cancel it\?/ }),
      'Found help.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Cancel the introduction' }));
    expect(await screen.findByRole('status')).toHaveTextContent('The introduction is cancelled.');
    expect(screen.getByText('Cancelled')).toBeVisible();
  });

  it('keeps a refused reason in the modal, beside its field', async () => {
    signInAs('OFFICE_ADMIN', 'FR');
    const user = userEvent.setup();
    renderPage({
      mocks: [
        introductionMock(ASKED),
        moveMock(
          {
            mutation: 'respond',
            input: { introductionId: INTRODUCTION_ID, accept: false, reason: 'x' },
          },
          { code: 'BAD_USER_INPUT', field: 'input.reason', rule: 'isMultiLineText' },
        ),
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Decline' }));
    const dialog = await screen.findByRole('dialog', { name: 'Decline the introduction' });
    const reason = within(dialog).getByRole('textbox', { name: /^Why do you decline\?/ });
    await user.type(reason, 'x');
    await user.click(within(dialog).getByRole('button', { name: 'Decline the introduction' }));
    await waitFor(() =>
      expect(reason).toHaveAccessibleDescription('Enter text without control characters.'),
    );
    expect(reason).toHaveValue('x');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says when there is no such introduction, or one the caller may not see', async () => {
    signInAs('MEMBER', 'KE');
    renderPage({ mocks: [introductionMock(null)] });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Introduction not found' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'All introductions' })).toHaveAttribute(
      'href',
      '/introductions',
    );
  });

  it('makes tel: links of phone numbers as written', () => {
    expect(telHref('+33 (0)1 53 04 53 04')).toBe('tel:+330153045304');
    expect(telHref(' 01-53 ')).toBe('tel:0153');
  });
});
