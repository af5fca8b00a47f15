import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { renderWithApp } from '../../../test/render';
import { signInAs } from '../../admin/admin.fixtures';
import { StandardsEditPage } from './standards-edit-page';
import {
  saveAdoptionMock,
  saveAdoptionRefusedMock,
  standardsOffice,
  standardsPageErrorMock,
  standardsPageMock,
} from './standards-edit.fixtures';

const AT_KE = { route: '/offices/:code/standards', path: '/offices/KE/standards' } as const;

describe('the standards page', () => {
  it('lists the reported standards with their status, planned date and comment', async () => {
    signInAs('OFFICE_ADMIN', 'KE');
    renderWithApp(<StandardsEditPage />, { ...AT_KE, mocks: [standardsPageMock()] });

    expect(await screen.findByText('Kenya Industrial Property Institute (KE)')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'WIPO standards' })).toBeVisible();
    expect(document.title).toBe(
      'WIPO standards of Kenya Industrial Property Institute — WILD Network',
    );
    const st26 = screen.getByRole('row', { name: /ST\.26/ });
    expect(within(st26).getByText('Sequence listings in XML')).toBeInTheDocument();
    expect(within(st26).getByRole('cell', { name: 'Implemented partly' })).toBeInTheDocument();
    expect(within(st26).getByRole('cell', { name: 'Receiving office only.' })).toBeInTheDocument();
    const st96 = screen.getByRole('row', { name: /ST\.96/ });
    expect(within(st96).getByRole('cell', { name: 'Jun 30, 2027' })).toBeInTheDocument();
    expect(within(st96).getByRole('button', { name: 'Edit ST.96' })).toBeInTheDocument();
  });

  it('changes a standard’s status with a planned date, and the table shows it', async () => {
    signInAs('OFFICE_ADMIN', 'KE');
    const user = userEvent.setup();
    const input = {
      officeCode: 'KE',
      standard: 'ST.26',
      status: 'NONE' as const,
      plannedDate: '2027-03-31',
      comment: 'Receiving office only.',
    };
    renderWithApp(<StandardsEditPage />, {
      ...AT_KE,
      mocks: [standardsPageMock(), saveAdoptionMock(input)],
    });

    await user.click(await screen.findByRole('button', { name: 'Edit ST.26' }));
    const form = screen.getByRole('region', { name: 'ST.26: Sequence listings in XML' });
    expect(
      within(form).getByRole('heading', { name: 'ST.26: Sequence listings in XML' }),
    ).toHaveFocus();
    expect(within(form).getByLabelText('Implemented partly')).toBeChecked();
    await user.click(within(form).getByLabelText('Not implemented'));
    fireEvent.change(within(form).getByLabelText(/^Planned for/), {
      target: { value: '2027-03-31' },
    });
    await user.click(within(form).getByRole('button', { name: 'Save this standard' }));

    // the mock answers only these exact variables
    expect(await screen.findByRole('status')).toHaveTextContent('ST.26 is saved.');
    expect(screen.queryByRole('region', { name: /ST\.26:/ })).not.toBeInTheDocument();
    const st26 = screen.getByRole('row', { name: /ST\.26/ });
    expect(within(st26).getByRole('cell', { name: 'Not implemented' })).toBeInTheDocument();
    expect(within(st26).getByRole('cell', { name: 'Mar 31, 2027' })).toBeInTheDocument();
  });

  it('reports a standard not yet listed, chosen from the CWS list', async () => {
    signInAs('BROKER', 'WO');
    const user = userEvent.setup();
    const input = {
      officeCode: 'KE',
      standard: 'ST.37',
      status: 'COMPLETE' as const,
      plannedDate: null,
      comment: 'Published since 2024.',
    };
    renderWithApp(<StandardsEditPage />, {
      ...AT_KE,
      mocks: [standardsPageMock(), saveAdoptionMock(input)],
    });

    await user.click(await screen.findByRole('button', { name: 'Report on another standard' }));
    const form = screen.getByRole('region', { name: 'Report on a standard' });
    const standard = within(form).getByLabelText('Standard');
    // the standards reported already are not offered again
    expect(within(standard).queryByRole('option', { name: /^ST\.26/ })).toBeNull();
    await user.selectOptions(
      standard,
      within(standard).getByRole('option', {
        name: 'ST.37 — Authority file of published patent documents',
      }),
    );
    await user.click(within(form).getByLabelText('Implemented completely'));
    await user.type(within(form).getByLabelText('Comment'), 'Published since 2024.');
    await user.click(within(form).getByRole('button', { name: 'Save this standard' }));

    expect(await screen.findByRole('status')).toHaveTextContent('ST.37 is saved.');
    expect(screen.getByRole('row', { name: /ST\.37/ })).toHaveTextContent('Implemented completely');
  });

  it('shows the API’s refusal beside the planned date, in French, and keeps what was typed', async () => {
    signInAs('ADMIN', 'WO');
    const user = userEvent.setup();
    const input = {
      officeCode: 'KE',
      standard: 'ST.96',
      status: 'COMPLETE' as const,
      plannedDate: '2027-06-30',
      comment: null,
    };
    renderWithApp(<StandardsEditPage />, {
      ...AT_KE,
      locale: 'fr',
      mocks: [
        standardsPageMock(standardsOffice(), 'fr'),
        saveAdoptionRefusedMock(input, 'plannedDate', 'plannedDateWhenComplete'),
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Modifier ST.96' }));
    const form = screen.getByRole('region', { name: /^ST\.96\s:/ });
    await user.click(within(form).getByLabelText('Mise en œuvre complète'));
    await user.click(within(form).getByRole('button', { name: 'Enregistrer cette norme' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('La norme n’a pas été enregistrée');
    expect(alert).toHaveFocus();
    const date = within(form).getByLabelText(/^Prévue pour/);
    expect(date).toHaveValue('2027-06-30');
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(date).toHaveAccessibleDescription(/Une norme déjà mise en œuvre n’a pas de date prévue/);
    expect(within(form).getByLabelText('Mise en œuvre complète')).toBeChecked();
  });

  it('opens the form the address names (?edit=ST.96), and Cancel closes it', async () => {
    signInAs('OFFICE_ADMIN', 'KE');
    const user = userEvent.setup();
    renderWithApp(<StandardsEditPage />, {
      route: '/offices/:code/standards',
      path: '/offices/KE/standards?edit=ST.96',
      mocks: [standardsPageMock()],
    });
    const form = await screen.findByRole('region', {
      name: 'ST.96: Processing of IP information using XML (all IP types)',
    });
    expect(within(form).getByLabelText('Not implemented')).toBeChecked();
    expect(within(form).getByLabelText(/^Planned for/)).toHaveValue('2027-06-30');
    await user.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('region', { name: /^ST\.96:/ })).not.toBeInTheDocument();
  });

  it('refuses an office admin of another office, with a way back to the office page', async () => {
    signInAs('OFFICE_ADMIN', 'FR');
    renderWithApp(<StandardsEditPage />, { ...AT_KE, mocks: [standardsPageMock()] });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('You cannot report on these standards');
    expect(within(alert).getByRole('link', { name: 'Back to the office page' })).toHaveAttribute(
      'href',
      '/offices/KE',
    );
    expect(screen.queryByRole('button', { name: /^Edit/ })).toBeNull();
  });

  it('says when the office does not exist', async () => {
    signInAs('ADMIN', 'WO');
    renderWithApp(<StandardsEditPage />, {
      route: '/offices/:code/standards',
      path: '/offices/ZZ/standards',
      mocks: [standardsPageErrorMock('ZZ', { code: 'NOT_FOUND' })],
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Office not found');
  });
});
