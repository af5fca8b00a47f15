import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderWithApp } from '../../test/render';
import { MemberPage } from './member-page';
import { MEMBER_ID, memberMock, memberNotFoundMock } from './members.fixtures';

const AT_MEMBER = { route: '/members/:id', path: `/members/${MEMBER_ID}` } as const;

describe('the member page', () => {
  it('announces that it loads', () => {
    renderWithApp(<MemberPage />, { ...AT_MEMBER, mocks: [memberMock('en')] });
    expect(screen.getByRole('status')).toHaveTextContent('Loading the member…');
  });

  it('shows the profile, expertise, languages and availability in French, and withheld contacts as not shared', async () => {
    renderWithApp(<MemberPage />, { ...AT_MEMBER, locale: 'fr', mocks: [memberMock('fr')] });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Camille Exemple' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Directrice des systèmes d’information')).toBeInTheDocument();
    expect(screen.getAllByText('Données de démonstration — illustratives').length).toBeGreaterThan(
      0,
    );
    expect(screen.getByRole('note')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Institut national de la propriété industrielle' }),
    ).toHaveAttribute('href', '/offices/FR');
    expect(document.title).toBe('Camille Exemple — WILD Network');

    const profile = screen.getByRole('region', { name: 'Profil' });
    expect(
      within(profile).getByText('Vingt ans de systèmes de propriété industrielle.'),
    ).toBeInTheDocument();
    expect(within(profile).getByText('français et anglais')).toBeInTheDocument();
    expect(within(profile).getByText('Europe/Paris')).toBeInTheDocument();
    expect(within(profile).getByText('Disponible pour du mentorat').nextSibling).toHaveTextContent(
      'Oui',
    );
    expect(within(profile).getByText('Souhaite être accompagné').nextSibling).toHaveTextContent(
      'Non',
    );

    const expertise = screen.getByRole('region', { name: 'Expertise' });
    const items = within(expertise).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Opérations de cybersécuritéExpert',
      'Gouvernance des donnéesPraticien',
    ]);

    const contact = screen.getByRole('region', { name: 'Coordonnées' });
    expect(within(contact).getAllByText('Non communiqué')).toHaveLength(2);
    expect(
      within(contact).getByText(
        'Les courtiers et administrateurs seulement (et les parties d’une mise en relation)',
      ),
    ).toBeInTheDocument();
  });

  it('shows the contact details the API lets through', async () => {
    renderWithApp(<MemberPage />, {
      ...AT_MEMBER,
      mocks: [
        memberMock(
          'en',
          {
            contactVisibility: 'NETWORK',
            contactEmail: 'camille@inpi.example',
            contactPhone: '+33 1 23 45 67 89',
            illustrative: false,
          },
          false,
        ),
      ],
    });
    const contact = await screen.findByRole('region', { name: 'Contact details' });
    expect(within(contact).getByRole('link', { name: 'camille@inpi.example' })).toHaveAttribute(
      'href',
      'mailto:camille@inpi.example',
    );
    expect(within(contact).getByRole('link', { name: '+33 1 23 45 67 89' })).toHaveAttribute(
      'href',
      'tel:+33123456789',
    );
    expect(within(contact).queryByText('Not shared')).not.toBeInTheDocument();
    expect(screen.queryByText('Demo data — illustrative')).not.toBeInTheDocument();
  });

  it('says so when there is no such member, or one the caller may not see', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    renderWithApp(<MemberPage />, {
      route: '/members/:id',
      path: `/members/${id}`,
      mocks: [memberNotFoundMock(id)],
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Member not found' }),
    ).toBeInTheDocument();
    expect(screen.getByText('No member here, or you may not see them.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the directory' })).toHaveAttribute(
      'href',
      '/directory',
    );
  });

  it('shows an error it cannot place, with a way to try again', async () => {
    renderWithApp(<MemberPage />, {
      ...AT_MEMBER,
      mocks: [
        {
          request: memberMock('en').request,
          error: new Error('offline'),
        },
      ],
    });
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'The member could not be shown' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
