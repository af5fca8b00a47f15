import { screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';

import type { InvitationStatus } from '../../gql/graphql';
import { renderWithApp } from '../../test/render';
import { AcceptInvitationPage } from './accept-invitation-page';
import { InvitationPreview } from './sign-in.graphql';

const TOKEN = 'tok-123';
const AT_LINK = { route: '/invitations/accept', path: `/invitations/accept?token=${TOKEN}` };

function previewMock(status: InvitationStatus, language = 'en') {
  return {
    request: { query: InvitationPreview, variables: { token: TOKEN, language } },
    result: {
      data: {
        invitationPreview: {
          __typename: 'InvitationPreview' as const,
          email: 'new.cio@ipo.example',
          officeCode: 'KE',
          officeName: 'Kenya Industrial Property Institute',
          role: 'OFFICE_ADMIN' as const,
          status,
          expiresAt: '2026-12-09T10:00:00Z',
        },
      },
    },
  };
}

describe('the invitation page', () => {
  it('says to whom and into which office the link leads, before anything is typed', async () => {
    renderWithApp(<AcceptInvitationPage />, { ...AT_LINK, mocks: [previewMock('PENDING')] });
    expect(
      await screen.findByText(/You are invited to join .* with the role “Office administrator”/),
    ).toHaveTextContent('Kenya Industrial Property Institute');
    expect(screen.getByText('new.cio@ipo.example')).toBeInTheDocument();
    expect(screen.getByText('This link can be used until December 9, 2026.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create my account' })).toBeInTheDocument();
  });

  it('says at once, in French, that an expired link cannot be used, and shows no form', async () => {
    renderWithApp(<AcceptInvitationPage />, {
      ...AT_LINK,
      locale: 'fr',
      mocks: [previewMock('EXPIRED', 'fr')],
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Cette invitation a expiré le 9 décembre 2026.',
    );
    expect(screen.queryByRole('button', { name: 'Créer mon compte' })).not.toBeInTheDocument();
  });

  it('says that a used link is used, with the way to sign in', async () => {
    renderWithApp(<AcceptInvitationPage />, { ...AT_LINK, mocks: [previewMock('ACCEPTED')] });
    expect(await screen.findByRole('alert')).toHaveTextContent('already been used');
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in');
  });

  it('says that a link that is no invitation is not valid', async () => {
    renderWithApp(<AcceptInvitationPage />, {
      ...AT_LINK,
      mocks: [
        {
          request: { query: InvitationPreview, variables: { token: TOKEN, language: 'en' } },
          result: {
            errors: [
              new GraphQLError('This invitation link is not valid.', {
                extensions: {
                  code: 'BAD_USER_INPUT',
                  field: 'token',
                  rule: 'invitationInvalid',
                  errors: [
                    {
                      field: 'token',
                      message: 'This invitation link is not valid.',
                      rule: 'invitationInvalid',
                    },
                  ],
                },
              }),
            ],
          },
        },
      ],
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This invitation link is not valid. Ask for a new invitation.',
    );
    expect(screen.queryByRole('button', { name: 'Create my account' })).not.toBeInTheDocument();
  });
});
