import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { renderWithApp } from '../../../test/render';
import { signInAs } from '../../admin/admin.fixtures';
import { NeedsOffersEditPage } from './needs-offers-edit-page';
import {
  needsOffice,
  needsPageErrorMock,
  needsPageMock,
  saveListsMock,
  saveListsRefusedMock,
} from './needs-offers-edit.fixtures';

const AT_KE = { route: '/offices/:code/needs-offers', path: '/offices/KE/needs-offers' } as const;

describe('the needs and offers page', () => {
  it('is prefilled from the office’s lists and says what saving does', async () => {
    signInAs('OFFICE_ADMIN', 'KE');
    renderWithApp(<NeedsOffersEditPage />, { ...AT_KE, mocks: [needsPageMock()] });

    expect(await screen.findByText('Kenya Industrial Property Institute (KE)')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Needs and offers' })).toBeVisible();
    expect(screen.getByRole('link', { name: /Back to the office page/ })).toHaveAttribute(
      'href',
      '/offices/KE',
    );
    expect(document.title).toBe(
      'Needs and offers of Kenya Industrial Property Institute — WILD Network',
    );

    const data = screen.getByRole('group', { name: 'Need: Data governance and quality' });
    expect(within(data).getByLabelText('Maturity dimension')).toHaveValue('DATA');
    expect(within(data).getByLabelText('What you seek help with')).toHaveValue(
      'Cleaning twenty years of bibliographic data.',
    );
    expect(within(data).getByText('44 of 1,000 characters')).toBeInTheDocument();
    expect(within(data).getByLabelText(/^Confidential need/)).not.toBeChecked();

    const emerging = screen.getByRole('group', { name: 'Need: AI and blockchain' });
    expect(within(emerging).getByLabelText(/^Confidential need/)).toBeChecked();
    expect(within(emerging).getByText('Confidential')).toBeInTheDocument();
    expect(
      within(emerging).getByText('Seen only by your office and the International Bureau.'),
    ).toBeInTheDocument();
    // a dimension another row has is not offered twice
    const taken = within(emerging).getByRole('option', { name: 'Data governance and quality' });
    expect(taken).toBeDisabled();

    const offer = screen.getByRole('group', { name: 'Offer: Online services for applicants' });
    expect(within(offer).getByLabelText('How you can help')).toHaveValue(
      'Our e-filing portal, built in-house.',
    );
    expect(
      screen.getByText(/Saving replaces the office’s whole list of needs/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Saving replaces the office’s whole list of offers/),
    ).toBeInTheDocument();
  });

  it('adds a confidential need, removes one, adds an offer and saves both lists whole', async () => {
    signInAs('OFFICE_ADMIN', 'KE');
    const user = userEvent.setup();
    const input = {
      officeCode: 'KE',
      needs: [
        {
          dimension: 'EMERGING' as const,
          description: 'A first AI pilot for prior-art search.',
          confidential: true,
        },
        {
          dimension: 'SECURITY' as const,
          description: 'A security operations centre.',
          confidential: true,
        },
      ],
      offers: [
        { dimension: 'SERVICES' as const, description: 'Our e-filing portal, built in-house.' },
        { dimension: 'PEOPLE' as const, description: 'Training ICT staff.' },
      ],
    };
    renderWithApp(<NeedsOffersEditPage />, {
      ...AT_KE,
      mocks: [needsPageMock(), saveListsMock(input)],
    });

    await user.click(
      await screen.findByRole('button', { name: 'Remove the need: Data governance and quality' }),
    );
    expect(screen.queryByRole('group', { name: /Data governance/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add a need' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Add a need' }));
    // the new row takes the first free dimension, and the focus
    const added = screen.getByRole('group', { name: 'Need: ICT strategy and governance' });
    const dimension = within(added).getByLabelText('Maturity dimension');
    expect(dimension).toHaveFocus();
    await user.selectOptions(dimension, 'SECURITY');
    const security = screen.getByRole('group', { name: 'Need: Cybersecurity and resilience' });
    await user.type(
      within(security).getByLabelText('What you seek help with'),
      'A security operations centre.',
    );
    await user.click(within(security).getByLabelText(/^Confidential need/));
    expect(within(security).getByText('Confidential')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add an offer' }));
    const offer = screen.getByRole('group', { name: 'Offer: ICT strategy and governance' });
    await user.selectOptions(within(offer).getByLabelText('Maturity dimension'), 'PEOPLE');
    await user.type(within(offer).getByLabelText('How you can help'), 'Training ICT staff.');

    await user.click(screen.getByRole('button', { name: 'Save the needs and offers' }));
    // the mock answers only these exact variables
    expect(await screen.findByRole('status')).toHaveTextContent('The needs and offers are saved.');
    expect(screen.getByRole('link', { name: 'See them on the office page' })).toHaveAttribute(
      'href',
      '/offices/KE#needs-offers',
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the API’s field error beside its row, in French, and keeps what was typed', async () => {
    signInAs('OFFICE_ADMIN', 'KE');
    const user = userEvent.setup();
    const office = needsOffice();
    const input = {
      officeCode: 'KE',
      needs: [
        { dimension: 'DATA' as const, description: '', confidential: false },
        {
          dimension: 'EMERGING' as const,
          description: 'A first AI pilot for prior-art search.',
          confidential: true,
        },
      ],
      offers: [{ dimension: 'SERVICES' as const, description: 'x'.repeat(3) }],
    };
    renderWithApp(<NeedsOffersEditPage />, {
      ...AT_KE,
      locale: 'fr',
      mocks: [
        needsPageMock(office, 'fr'),
        saveListsRefusedMock(input, [
          { field: 'input.needs', rule: 'descriptionRequired', params: { dimension: 'DATA' } },
          { field: 'input.offers.0.description', rule: 'minLength', params: { min: 5 } },
        ]),
      ],
    });

    const data = await screen.findByRole('group', {
      name: /^Besoin\s:\sGouvernance et qualité des données$/,
    });
    await user.clear(within(data).getByLabelText('L’aide que vous cherchez'));
    const offer = screen.getByRole('group', {
      name: /^Offre\s:\sServices en ligne aux déposants$/,
    });
    await user.clear(within(offer).getByLabelText('L’aide que vous pouvez apporter'));
    await user.type(within(offer).getByLabelText('L’aide que vous pouvez apporter'), 'xxx');
    await user.click(screen.getByRole('button', { name: 'Enregistrer les besoins et les offres' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Les besoins et les offres n’ont pas été enregistrés');
    expect(alert).toHaveFocus();
    const description = within(data).getByLabelText('L’aide que vous cherchez');
    expect(description).toHaveAttribute('aria-invalid', 'true');
    expect(description).toHaveAccessibleDescription(/Décrivez cette entrée/);
    const offerText = within(offer).getByLabelText('L’aide que vous pouvez apporter');
    expect(offerText).toHaveValue('xxx');
    expect(offerText).toHaveAttribute('aria-invalid', 'true');
    // the other need is untouched and not marked
    const emerging = screen.getByRole('group', { name: /^Besoin\s:\sIA et chaîne de blocs$/ });
    expect(within(emerging).getByLabelText('L’aide que vous cherchez')).not.toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('refuses a member of the office, with a way back to the office page', async () => {
    signInAs('MEMBER', 'KE');
    renderWithApp(<NeedsOffersEditPage />, { ...AT_KE, mocks: [needsPageMock()] });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('You cannot change these needs and offers');
    expect(alert).toHaveTextContent(/Kenya Industrial Property Institute are kept by/);
    expect(within(alert).getByRole('link', { name: 'Back to the office page' })).toHaveAttribute(
      'href',
      '/offices/KE',
    );
    expect(screen.queryByRole('button', { name: 'Save the needs and offers' })).toBeNull();
  });

  it('lets a broker edit any office, and says when the office does not exist', async () => {
    signInAs('BROKER', 'WO');
    renderWithApp(<NeedsOffersEditPage />, {
      route: '/offices/:code/needs-offers',
      path: '/offices/ZZ/needs-offers',
      mocks: [needsPageErrorMock('ZZ', { code: 'NOT_FOUND' })],
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Office not found');
    expect(alert).toHaveTextContent('No office with code ZZ');
  });

  it('shows a refusal of the save (FORBIDDEN) as a clear message', async () => {
    signInAs('OFFICE_ADMIN', 'KE');
    const user = userEvent.setup();
    const office = needsOffice({ needs: [], offers: [] });
    renderWithApp(<NeedsOffersEditPage />, {
      ...AT_KE,
      mocks: [
        needsPageMock(office),
        saveListsRefusedMock({ officeCode: 'KE', needs: [], offers: [] }, [], 'FORBIDDEN'),
      ],
    });
    expect(await screen.findByText(/No need listed/)).toBeInTheDocument();
    expect(screen.getByText(/No offer listed/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save the needs and offers' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('You are not allowed to do this.');
  });
});
