import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { renderWithApp } from '../../test/render';
import { myProfile, myProfileMock, saveMock, saveRefusedMock } from './members.fixtures';
import { inputOf, MyProfilePage } from './my-profile-page';

const AT_PROFILE = { route: '/me/profile', path: '/me/profile' } as const;

/** The input the form sends for the fixture's profile, with some fields changed. */
function expected(patch: Parameters<typeof saveMock>[0]) {
  const member = myProfile();
  return {
    ...inputOf({
      title: member.title ?? '',
      position: member.position,
      bio: member.bio ?? '',
      expertise: member.expertise,
      languages: member.languages,
      availableToMentor: member.availableToMentor,
      seeksMentoring: member.seeksMentoring,
      contactEmail: member.contactEmail ?? '',
      contactPhone: member.contactPhone ?? '',
      contactVisibility: member.contactVisibility,
      hidden: member.hidden,
    }),
    ...patch,
  };
}

describe('my profile', () => {
  it('is prefilled from the caller’s profile', async () => {
    renderWithApp(<MyProfilePage />, { ...AT_PROFILE, mocks: [myProfileMock('en')] });

    expect(await screen.findByLabelText('Job title')).toHaveValue('CIO');
    expect(screen.getByLabelText('Position')).toHaveValue('CIO');
    expect(screen.getByLabelText('Level in Cybersecurity operations')).toHaveValue('3');
    expect(screen.getByLabelText('Contact email')).toHaveValue('camille@inpi.example');
    expect(screen.getByLabelText('Contact phone')).toHaveValue('');
    expect(screen.getByLabelText('I am available to mentor')).toBeChecked();
    expect(screen.getByLabelText('I wish to be mentored')).not.toBeChecked();
    expect(screen.getByLabelText('Every member of the network')).toBeChecked();
    expect(screen.getByLabelText(/^Hide my profile from other members/)).not.toBeChecked();
    // the chosen areas and languages are the multi-selects' values, shown as pills
    const pills = [...document.querySelectorAll('.mantine-Pill-label')].map(
      (pill) => pill.textContent,
    );
    expect(pills).toEqual(['Cybersecurity operations', 'French', 'English']);
    expect(document.querySelector('input[name="languages"]')).toHaveValue('fr,en');
    expect(document.title).toBe('My profile — WILD Network');
  });

  it('saves the whole profile and says so', async () => {
    const user = userEvent.setup();
    const input = expected({
      title: 'Chief information officer',
      expertise: [{ area: 'CYBERSECURITY_OPERATIONS', level: 2 }],
      seeksMentoring: true,
      contactPhone: '+33 1 23 45 67 89',
      contactVisibility: 'RESTRICTED',
      hidden: true,
    });
    renderWithApp(<MyProfilePage />, {
      ...AT_PROFILE,
      mocks: [myProfileMock('en'), saveMock(input)],
    });

    const title = await screen.findByLabelText('Job title');
    await user.clear(title);
    await user.type(title, 'Chief information officer');
    await user.selectOptions(screen.getByLabelText('Level in Cybersecurity operations'), '2');
    await user.click(screen.getByLabelText('I wish to be mentored'));
    await user.type(screen.getByLabelText('Contact phone'), '+33 1 23 45 67 89');
    await user.click(screen.getByLabelText('Brokers and admins only (and introduction parties)'));
    await user.click(screen.getByLabelText(/^Hide my profile from other members/));
    await user.click(screen.getByRole('button', { name: 'Save my profile' }));

    // the mock answers only these exact variables
    expect(await screen.findByRole('status')).toHaveTextContent('Your profile is saved.');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Job title')).toHaveValue('Chief information officer');
  });

  it('shows the API’s field error beside its field, in French, and keeps what was typed', async () => {
    const user = userEvent.setup();
    const input = expected({ contactEmail: 'camille-at-inpi' });
    renderWithApp(<MyProfilePage />, {
      ...AT_PROFILE,
      locale: 'fr',
      mocks: [myProfileMock('fr'), saveRefusedMock(input, 'contactEmail', 'isEmail')],
    });

    const email = await screen.findByLabelText('Courriel de contact');
    await user.clear(email);
    await user.type(email, 'camille-at-inpi');
    await user.click(screen.getByRole('button', { name: 'Enregistrer mon profil' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Votre profil n’a pas été enregistré')).toBeInTheDocument();
    expect(alert).toHaveTextContent('Certains champs demandent votre attention.');
    expect(alert).toHaveFocus();
    const field = screen.getByLabelText('Courriel de contact');
    expect(field).toHaveValue('camille-at-inpi');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(
      'Saisissez une adresse électronique, par exemple nom@office.org.',
    );
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
