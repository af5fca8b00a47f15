/// <reference types="node" />
import { join } from 'node:path';

import { DEMO, SCREENSHOT_DIR } from './support/environment';
import { expect, test } from './support/fixtures';
import { expectNoAxeViolations, screenshot, settle, signIn } from './support/helpers';

/*
 * Keeping an office's profile current (issue 15, scope point 2): its office admin edits the
 * profile, and the office page shows it; a refused field is said beside it, in French; a member
 * may not edit, and is told so.
 */

interface OfficeProfile {
  office: {
    description: string | null;
    links: { label: string; url: string }[];
    acronyms: { language: string; text: string }[];
    acronymFr: string | null;
  };
}

const PROFILE = `query ($code: String!) {
  office(code: $code) {
    description
    links { label url }
    acronyms { language text }
    acronymFr: acronym(language: "fr")
  }
}`;

test('the KE office admin edits the profile, and the office page shows it', async ({
  page,
  api,
}) => {
  // every section saved, reloaded and shot at two sizes: 35 s on an idle machine, over 60 on a busy one
  test.slow();
  await page.goto('/offices/KE/edit');
  await page.waitForURL(/\/sign-in\?next=/); // signed out: sign in first, then back here
  await signIn(page, DEMO.cioKe);
  await expect(page).toHaveURL(/\/offices\/KE\/edit$/);
  await settle(page);
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'Edit profile: Kenya Industrial Property Institute',
    }),
  ).toBeVisible();
  await expect(page).toHaveTitle(
    'Edit profile: Kenya Industrial Property Institute — WILD Network',
  );
  await expectNoAxeViolations(page);

  const { accessToken: token } = await api.login(DEMO.cioKe);
  const before = await api.graphql<OfficeProfile>(PROFILE, { code: 'KE' }, { token });

  const description = 'KIPI runs IPAS for patents and trade marks, and e-filing since 2024.';
  await page.getByRole('textbox', { name: /^Description/ }).fill(description);

  await page.getByRole('button', { name: 'Add a link' }).click();
  const number = before.office.links.length + 1;
  await expect(page.getByRole('textbox', { name: `Label of link ${number}` })).toBeFocused();
  await page.getByRole('textbox', { name: `Label of link ${number}` }).fill('KIPI e-filing');
  await page
    .getByRole('textbox', { name: `Address of link ${number}` })
    .fill('https://efiling.kipi.go.ke');

  await page.getByRole('button', { name: 'Add an acronym in another language' }).click();
  const language = page
    .getByRole('group', { name: 'Acronyms in other languages' })
    .getByRole('combobox', { name: 'Language' });
  await expect(language).toBeFocused();
  await language.fill('Fren');
  await page.getByRole('option', { name: 'French', exact: true }).click();
  await page.getByRole('textbox', { name: 'Acronym in French' }).fill('IKPI');

  await page.getByRole('button', { name: 'Save the profile' }).click();
  const notice = page.getByRole('status').filter({ hasText: 'The profile is saved.' });
  await expect(notice).toBeVisible();
  await expectNoAxeViolations(page);

  // the API kept it
  const after = await api.graphql<OfficeProfile>(PROFILE, { code: 'KE' }, { token });
  expect(after.office.description).toBe(description);
  expect(after.office.links).toEqual([
    ...before.office.links,
    { label: 'KIPI e-filing', url: 'https://efiling.kipi.go.ke' },
  ]);
  expect(after.office.acronyms).toEqual([
    { language: 'en', text: 'KIPI' },
    { language: 'fr', text: 'IKPI' },
  ]);
  expect(after.office.acronymFr).toBe('IKPI');

  // the office page shows it
  await notice.getByRole('link', { name: 'See the office page' }).click();
  await expect(page).toHaveURL(/\/offices\/KE$/);
  await settle(page);
  const profile = page.getByRole('region', { name: 'Profile' });
  await expect(profile.getByText(description)).toBeVisible();
  await expect(profile.getByRole('link', { name: 'KIPI e-filing' })).toHaveAttribute(
    'href',
    'https://efiling.kipi.go.ke',
  );
  // and after a reload, from the API rather than the cache
  await page.reload();
  await settle(page);
  await expect(page.getByRole('region', { name: 'Profile' }).getByText(description)).toBeVisible();

  await page.goto('/offices/KE/edit');
  await settle(page);
  await expect(page.getByRole('textbox', { name: 'Acronym in French' })).toHaveValue('IKPI');
  await screenshot(page, 'office-edit');
});

test('a refused link address is said beside its field, in French, and nothing is saved', async ({
  newPage,
  api,
}) => {
  const page = await newPage({ locale: 'fr-FR' });
  await page.goto('/offices/FR/edit');
  await page.waitForURL(/\/sign-in\?next=/);
  await signIn(page, DEMO.cioFr); // the account's language is French
  await expect(page).toHaveURL(/\/offices\/FR\/edit$/);
  await settle(page);
  await expect(
    page.getByRole('heading', { level: 1, name: /^Modifier le profil\s: / }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  const { accessToken: token } = await api.login(DEMO.cioFr);
  const before = await api.graphql<OfficeProfile>(PROFILE, { code: 'FR' }, { token });

  await page.getByRole('button', { name: 'Ajouter un lien' }).click();
  const number = before.office.links.length + 1;
  await page.getByRole('textbox', { name: `Intitulé du lien ${number}` }).fill('Données ouvertes');
  const address = page.getByRole('textbox', { name: `Adresse du lien ${number}` });
  await address.fill('data.inpi.fr/donnees');
  await page.getByRole('button', { name: 'Enregistrer le profil' }).click();

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Le profil n’a pas été enregistré');
  await expect(alert).toBeFocused();
  await expect(address).toHaveAttribute('aria-invalid', 'true');
  await expect(address).toHaveAccessibleDescription(
    'Saisissez une adresse web commençant par https://.',
  );
  await expect(address).toHaveValue('data.inpi.fr/donnees'); // nothing typed is lost
  await expectNoAxeViolations(page);
  // the refusal as it is shown (screenshot() reloads the page, which would clear it)
  await page.screenshot({
    path: join(SCREENSHOT_DIR, 'office-edit-error.fr.1280x800.png'),
    fullPage: true,
    animations: 'disabled',
    caret: 'hide',
  });

  const after = await api.graphql<OfficeProfile>(PROFILE, { code: 'FR' }, { token });
  expect(after.office.links).toEqual(before.office.links);
});

test('a member may not edit the office, and is told so', async ({ newPage }) => {
  const page = await newPage({ locale: 'fr-FR' });
  await page.goto('/offices/FR/edit');
  await page.waitForURL(/\/sign-in\?next=/);
  await signIn(page, DEMO.memberFr);
  await expect(page).toHaveURL(/\/offices\/FR\/edit$/);
  await settle(page);
  await expect(page.getByRole('alert')).toContainText('Vous ne pouvez pas modifier cet office');
  await expect(page.getByRole('button', { name: 'Enregistrer le profil' })).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: /^Nom en anglais/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await screenshot(page, 'office-edit-refused');
  await page.getByRole('link', { name: 'Retour à la page de l’office' }).click();
  await expect(page).toHaveURL(/\/offices\/FR$/);
});
