import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import type { AdminInvitationsQueryVariables } from '../../gql/graphql';
import { renderWithApp } from '../../test/render';
import { invitation, invitationsMock, signInAs } from './admin.fixtures';
import { InvitationsPage } from './invitations-page';
import { AdminCreateInvitation, AdminRevokeInvitation } from './invitations.graphql';

const CREATED = invitation('i2', 'new@example.org', { role: 'OFFICE_ADMIN', officeCode: 'EP' });

describe('the invitations page', () => {
  it('creates an invitation and shows its link once, with a copy button', async () => {
    signInAs('ADMIN', 'WO');
    const user = userEvent.setup();
    const seen: AdminInvitationsQueryVariables[] = [];
    renderWithApp(<InvitationsPage />, {
      mocks: [
        invitationsMock(() => ({ nodes: [invitation('i1', 'old@example.org')] }), seen),
        {
          request: {
            query: AdminCreateInvitation,
            variables: {
              input: { email: 'new@example.org', officeCode: 'EP', role: 'OFFICE_ADMIN' },
            },
          },
          result: {
            data: {
              createInvitation: {
                __typename: 'CreatedInvitation',
                acceptUrl: 'https://wild.example.org/invitations/accept?token=secret',
                invitation: { __typename: 'Invitation', ...CREATED },
              },
            },
          },
        },
      ],
    });
    expect(await screen.findByRole('row', { name: /old@example.org/ })).toBeInTheDocument();
    expect(seen.at(-1)).toEqual({ filter: {}, first: 20, after: null });
    await user.type(screen.getByRole('textbox', { name: /Email address/ }), 'new@example.org');
    const office = screen.getByRole('textbox', { name: /Office code/ });
    await user.clear(office);
    await user.type(office, 'ep');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Role' }), 'OFFICE_ADMIN');
    await user.click(screen.getByRole('button', { name: 'Create the invitation' }));

    const created = await screen.findByRole('status');
    expect(created).toHaveTextContent('Invitation created for new@example.org');
    expect(within(created).getByRole('textbox', { name: 'Invitation link' })).toHaveValue(
      'https://wild.example.org/invitations/accept?token=secret',
    );
    expect(within(created).getByRole('button', { name: 'Copy the link' })).toBeInTheDocument();
  });

  it('offers an office admin their own office and the roles they may give', async () => {
    signInAs('OFFICE_ADMIN', 'FR');
    renderWithApp(<InvitationsPage />, { mocks: [invitationsMock(() => ({ nodes: [] }))] });
    expect(await screen.findByText('No invitations.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Office code/ })).toHaveAttribute('readonly');
    expect(screen.getByRole('textbox', { name: /Office code/ })).toHaveValue('FR');
    const roles = within(screen.getByRole('combobox', { name: 'Role' }))
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(roles).toEqual(['Member', 'Office administrator']);
  });

  it("shows a field's error in French and keeps what was typed", async () => {
    signInAs('ADMIN', 'WO');
    const user = userEvent.setup();
    renderWithApp(<InvitationsPage />, {
      locale: 'fr',
      mocks: [
        invitationsMock(() => ({ nodes: [] })),
        {
          request: {
            query: AdminCreateInvitation,
            variables: { input: { email: 'pas-un-courriel', officeCode: 'WO', role: 'MEMBER' } },
          },
          result: {
            errors: [
              {
                message: 'email must be an email',
                extensions: {
                  code: 'BAD_USER_INPUT',
                  errors: [
                    { field: 'input.email', message: 'email must be an email', rule: 'isEmail' },
                  ],
                },
              },
            ],
          },
        },
      ],
    });
    const email = await screen.findByRole('textbox', { name: /Adresse électronique/ });
    await user.type(email, 'pas-un-courriel');
    await user.click(screen.getByRole('button', { name: 'Créer l’invitation' }));
    expect(
      await screen.findByText('Saisissez une adresse électronique, par exemple nom@office.org.'),
    ).toBeInTheDocument();
    expect(email).toHaveValue('pas-un-courriel');
    expect(screen.getByRole('alert')).toBeInTheDocument();
  });

  it('revokes a pending invitation after a confirmation', async () => {
    signInAs('ADMIN', 'WO');
    const user = userEvent.setup();
    renderWithApp(<InvitationsPage />, {
      mocks: [
        invitationsMock(() => ({ nodes: [invitation('i1', 'old@example.org')] })),
        {
          request: { query: AdminRevokeInvitation, variables: { input: { invitationId: 'i1' } } },
          result: {
            data: {
              revokeInvitation: {
                __typename: 'Invitation',
                id: 'i1',
                status: 'REVOKED',
                revokedAt: '2025-03-02T10:00:00Z',
              },
            },
          },
        },
      ],
    });
    const row = await screen.findByRole('row', { name: /old@example.org/ });
    await user.click(
      within(row).getByRole('button', { name: 'Revoke the invitation of old@example.org' }),
    );
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Revoke the invitation' }));
    expect(await within(row).findByText('Revoked')).toBeInTheDocument();
    expect(within(row).queryByRole('button')).not.toBeInTheDocument();
  });
});
