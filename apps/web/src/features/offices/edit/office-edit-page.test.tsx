import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { renderWithApp, type RenderOptions } from '../../../test/render';
import { OfficeEditPage } from './office-edit-page';
import {
  kenya,
  officeEditMock,
  officeEditRefusedMock,
  saveMock,
  saveRefusedMock,
  signInAs,
} from './office-edit-page.fixtures';

function renderEdit(code: string, options: RenderOptions = {}) {
  return renderWithApp(null, {
    path: `/offices/${code}/edit`,
    routes: [
      { path: '/offices/:code/edit', element: <OfficeEditPage /> },
      { path: '/offices/:code', element: <h1>The office page</h1> },
    ],
    ...options,
  });
}

/** Picks `option` in a Mantine select (a searchable combobox), as a person types and clicks. */
async function choose(
  user: ReturnType<typeof userEvent.setup>,
  input: HTMLElement,
  option: string,
) {
  await user.click(input);
  await user.type(input, option.slice(0, 3));
  const listbox = document.querySelector<HTMLElement>(
    `[role="listbox"][aria-labelledby="${input.id}-label"]`,
  );
  if (!listbox) throw new Error(`no listbox for ${input.id}`);
  // the dropdown's transition never ends in jsdom: its options stay "hidden"
  await user.click(within(listbox).getByRole('option', { name: option, hidden: true }));
  expect(input).toHaveValue(option);
}

// typing in a long form takes a while on a busy machine
describe('the office profile editing page', { timeout: 30_000 }, () => {
  it('is prefilled from the office, with an h1 and a title naming it', async () => {
    signInAs('OFFICE_ADMIN', 'KE');
    renderEdit('KE', { mocks: [officeEditMock()] });

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Edit profile: Kenya Industrial Property Institute',
      }),
    ).toBeInTheDocument();
    expect(document.title).toBe('Edit profile: Kenya Industrial Property Institute — WILD Network');
    expect(screen.getByLabelText(/^Name in English/)).toHaveValue(
      'Kenya Industrial Property Institute',
    );
    expect(screen.getByRole('textbox', { name: 'Name in French' })).toHaveValue(
      'Institut kényan de la propriété industrielle',
    );
    expect(screen.getByLabelText('Acronym in English')).toHaveValue('KIPI');
    expect(screen.getByText('No acronym in another language.')).toBeInTheDocument();
    expect(screen.getByLabelText('Description')).toHaveValue('The national office of Kenya.');
    expect(screen.getByLabelText('Website')).toHaveValue('https://www.kipi.go.ke');
    expect(screen.getByLabelText('Label of link 1')).toHaveValue('Annual report');
    expect(screen.getByLabelText('Address of link 1')).toHaveValue('https://www.kipi.go.ke/report');
    expect(document.querySelector('input[name="languages"]')).toHaveValue('en,sw');
    expect(document.querySelector('input[name="businessSystems"]')).toHaveValue('WIPO IPAS');
    expect(screen.getByLabelText('Staff size')).toHaveValue('320');
    expect(screen.getByLabelText('ICT staff size')).toHaveValue('18');
    expect(screen.getByLabelText(/^Mentoring capacity/)).toHaveValue('2');
    expect(screen.getByRole('combobox', { name: 'Time zone' })).toHaveValue(
      'Africa/Nairobi — East Africa Time',
    );
    // each section is a group named by its legend
    for (const legend of [
      'Names and acronyms',
      'About the office',
      'Languages and systems',
      'Staff, mentoring and time zone',
    ])
      expect(screen.getByRole('group', { name: legend })).toBeInTheDocument();
  });

  it('saves only what changed, says so, and links back to the office page', async () => {
    signInAs('OFFICE_ADMIN', 'KE');
    const user = userEvent.setup();
    const input = {
      code: 'KE',
      acronyms: [
        { language: 'en', text: 'KIPI' },
        { language: 'fr', text: 'IKPI' },
      ],
      description: 'The national office of Kenya.\nOpen data since 2025.',
      links: [
        { label: 'Annual report', url: 'https://www.kipi.go.ke/report' },
        { label: 'E-filing', url: 'https://efiling.kipi.go.ke' },
      ],
    };
    const after = kenya('en', {
      acronyms: input.acronyms,
      description: input.description,
      links: input.links,
    });
    renderEdit('KE', { mocks: [officeEditMock(), saveMock(input, after)] });

    const description = await screen.findByLabelText('Description');
    await user.type(description, '\nOpen data since 2025.');
    await user.click(screen.getByRole('button', { name: 'Add a link' }));
    // the new row's first field has the focus
    expect(screen.getByLabelText('Label of link 2')).toHaveFocus();
    await user.type(screen.getByLabelText('Label of link 2'), 'E-filing');
    await user.type(screen.getByLabelText('Address of link 2'), 'https://efiling.kipi.go.ke');
    await user.click(screen.getByRole('button', { name: 'Add an acronym in another language' }));
    const acronymsGroup = screen.getByRole('group', { name: 'Acronyms in other languages' });
    await choose(user, within(acronymsGroup).getByLabelText('Language'), 'French');
    await user.type(screen.getByRole('textbox', { name: 'Acronym in French' }), 'IKPI');
    await user.click(screen.getByRole('button', { name: 'Save the profile' }));

    // the mock answers only these exact variables: only the changed fields
    const notice = await screen.findByRole('status');
    expect(notice).toHaveTextContent('The profile is saved.');
    expect(within(notice).getByRole('link', { name: 'See the office page' })).toHaveAttribute(
      'href',
      '/offices/KE',
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Label of link 2')).toHaveValue('E-filing');

    // saving again without a change sends nothing
    await user.click(screen.getByRole('button', { name: 'Save the profile' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Nothing to save: no field has changed.',
    );
  });

  it('shows the API’s field error beside its field, in French, and keeps what was typed', async () => {
    signInAs('OFFICE_ADMIN', 'KE');
    const user = userEvent.setup();
    const input = {
      code: 'KE',
      links: [
        { label: 'Annual report', url: 'https://www.kipi.go.ke/report' },
        { label: 'Données ouvertes', url: 'kipi.go.ke/data' },
      ],
    };
    renderEdit('KE', {
      locale: 'fr',
      mocks: [officeEditMock('fr'), saveRefusedMock(input, 'links.1.url', 'isUrl', 'fr')],
    });

    await user.click(await screen.findByRole('button', { name: 'Ajouter un lien' }));
    await user.type(screen.getByLabelText('Intitulé du lien 2'), 'Données ouvertes');
    await user.type(screen.getByLabelText('Adresse du lien 2'), 'kipi.go.ke/data');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le profil' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Le profil n’a pas été enregistré')).toBeInTheDocument();
    expect(alert).toHaveTextContent('Certains champs demandent votre attention.');
    expect(alert).toHaveFocus();
    // the summary names the field and leads to it
    const item = within(alert).getByRole('link', {
      name: 'Adresse du lien 2 : Saisissez une adresse web commençant par https://.',
    });
    const field = screen.getByLabelText('Adresse du lien 2');
    expect(field).toHaveValue('kipi.go.ke/data');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('Saisissez une adresse web commençant par https://.');
    await user.click(item);
    expect(field).toHaveFocus();
    expect(screen.getByLabelText('Intitulé du lien 2')).toHaveValue('Données ouvertes');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('maps an error of a list entry to the row it came from, blank rows left out', async () => {
    signInAs('BROKER', 'WO');
    const user = userEvent.setup();
    // the blank first new row is not sent, so the API's names.2 is the second new row
    const input = {
      code: 'KE',
      names: [
        { language: 'en', text: 'Kenya Industrial Property Institute' },
        { language: 'fr', text: 'Institut kényan de la propriété industrielle' },
        { language: 'sw', text: 'x'.repeat(3) },
      ],
    };
    renderEdit('KE', {
      mocks: [officeEditMock(), saveRefusedMock(input, 'names.2.text', 'isOneLineText')],
    });
    const add = await screen.findByRole('button', { name: 'Add a name in another language' });
    await user.click(add);
    await user.click(add);
    const rows = within(
      screen.getByRole('group', { name: 'Names in other languages' }),
    ).getAllByRole('listitem');
    expect(rows).toHaveLength(3);
    await choose(user, within(rows[2]).getByLabelText('Language'), 'Swahili');
    await user.type(screen.getByRole('textbox', { name: 'Name in Swahili' }), 'xxx');
    await user.click(screen.getByRole('button', { name: 'Save the profile' }));

    await screen.findByRole('alert');
    const swahili = screen.getByRole('textbox', { name: 'Name in Swahili' });
    expect(swahili).toHaveAttribute('aria-invalid', 'true');
    expect(swahili).toHaveAccessibleDescription(
      'Enter text on one line, without control characters.',
    );
    expect(within(rows[1]).getByRole('textbox')).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('asks for the language of a name typed without one, and sends nothing', async () => {
    signInAs('ADMIN', 'WO');
    const user = userEvent.setup();
    renderEdit('KE', { mocks: [officeEditMock()] });
    await user.click(await screen.findByRole('button', { name: 'Add a name in another language' }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Taasisi ya Mali');
    const capacity = screen.getByLabelText(/^Mentoring capacity/);
    await user.clear(capacity);
    await user.click(screen.getByRole('button', { name: 'Save the profile' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('New name — language: Choose the language of this text.');
    expect(alert).toHaveTextContent('Mentoring capacity: This field is required.');
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Taasisi ya Mali');
  });

  it('tells a person who may not edit the office so, without the form', async () => {
    signInAs('MEMBER', 'KE');
    renderEdit('KE', { mocks: [officeEditMock()] });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('You may not edit this office');
    expect(
      screen.getByRole('heading', {
        level: 1,
        name: 'Edit profile: Kenya Industrial Property Institute',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the office page' })).toHaveAttribute(
      'href',
      '/offices/KE',
    );
    expect(screen.queryByRole('button', { name: 'Save the profile' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText(/^Name in English/)).not.toBeInTheDocument();
  });

  it('refuses another office’s admin too', async () => {
    signInAs('OFFICE_ADMIN', 'FR');
    renderEdit('KE', { mocks: [officeEditMock()] });
    expect(await screen.findByRole('alert')).toHaveTextContent('You may not edit this office');
    expect(screen.queryByRole('button', { name: 'Save the profile' })).not.toBeInTheDocument();
  });

  it('says so when the API refuses the save (FORBIDDEN), keeping the form', async () => {
    signInAs('OFFICE_ADMIN', 'KE');
    const user = userEvent.setup();
    const input = { code: 'KE', website: 'https://kipi.go.ke' };
    renderEdit('KE', {
      mocks: [
        officeEditMock(),
        {
          request: saveMock(input, kenya()).request,
          result: {
            errors: [
              {
                message: 'Office admins may edit their own office only.',
                extensions: { code: 'FORBIDDEN' },
              },
            ],
          },
        },
      ],
    });
    const website = await screen.findByLabelText('Website');
    await user.clear(website);
    await user.type(website, 'https://kipi.go.ke');
    await user.click(screen.getByRole('button', { name: 'Save the profile' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('You are not allowed to do this.');
    expect(screen.getByLabelText('Website')).toHaveValue('https://kipi.go.ke');
  });

  it('shows an unknown office as not found', async () => {
    signInAs('ADMIN', 'WO');
    renderEdit('ZZ', { mocks: [officeEditRefusedMock('ZZ', 'NOT_FOUND')] });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Office not found' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the directory' })).toBeInTheDocument();
  });

  it('asks before leaving with unsaved changes', async () => {
    signInAs('OFFICE_ADMIN', 'KE');
    const user = userEvent.setup();
    renderEdit('KE', { mocks: [officeEditMock()] });
    await user.type(await screen.findByLabelText('Description'), ' More.');
    await user.click(screen.getByRole('link', { name: 'Back to the office page' }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await user.click(within(dialog).getByRole('button', { name: 'Stay on the page' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByLabelText('Description')).toHaveValue('The national office of Kenya. More.');
    await user.click(screen.getByRole('link', { name: 'Back to the office page' }));
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', {
        name: 'Leave without saving',
      }),
    );
    expect(await screen.findByRole('heading', { name: 'The office page' })).toBeInTheDocument();
  });
});
