import { DEMO } from './support/environment';
import { expect, test } from './support/fixtures';
import { expectNoAxeViolations, screenshot, settle, signIn } from './support/helpers';

/*
 * The audit log (issue 15): an admin opens it from the navigation and filters it by office; the
 * filter is in the address, so a reload keeps it; a broker reads it in French; a member has no
 * entry in the navigation, and the page refuses.
 */

interface AuditLogAnswer {
  auditLog: {
    totalCount: number;
    edges: {
      node: {
        action: string;
        entity: string;
        entityId: string | null;
        actorId: string | null;
        changes: { field: string; before: string | null; after: string | null }[];
      };
    }[];
  };
}

const OFFICE_LOG = `query ($filter: AuditLogFilterInput) {
  auditLog(filter: $filter, first: 5) {
    totalCount
    edges { node { action entity entityId actorId changes { field before after } } }
  }
}`;

const UPDATE_OFFICE = `mutation ($input: UpdateOfficeInput!) {
  updateOffice(input: $input) { code website }
}`;

test('an admin opens the audit log, filters it by office, and a reload keeps the filter', async ({
  page,
  api,
}) => {
  const admin = await api.as(DEMO.admin);
  const website = 'https://www.kipi.go.ke/audit-e2e';
  await admin.graphql(UPDATE_OFFICE, { input: { code: 'KE', website } });

  await page.goto('/directory');
  await signIn(page, DEMO.admin);
  await settle(page);
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Audit log' })
    .click();
  await expect(page).toHaveURL(/\/admin\/audit$/);
  await settle(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  // the sign-ins of this test are entries already
  await expect(page.getByRole('row', { name: /Signed in/ }).first()).toBeVisible();
  await expect(page.getByText('account.signed_in').first()).toBeVisible();

  await page.getByRole('combobox', { name: 'Kind of thing' }).selectOption({ label: 'Office' });
  await page.getByRole('textbox', { name: /^Identifier/ }).fill('KE');
  await page.getByRole('button', { name: 'Apply the filters' }).click();
  await expect(page).toHaveURL(/[?&]entity=office(&|$)/);
  await expect(page).toHaveURL(/[?&]entityId=KE(&|$)/);
  await settle(page);

  const row = page.getByRole('row', { name: /Office profile updated/ });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('office.updated');
  await expect(row).toContainText(`website: `);
  await expect(row).toContainText(website);
  await expect(row).toContainText(DEMO.admin);
  await expect(row.getByRole('link', { name: 'KE' })).toHaveAttribute('href', '/offices/KE');
  await expect(page.getByRole('row', { name: /Signed in/ })).toHaveCount(0);

  await page.reload();
  await settle(page);
  await expect(page.getByRole('combobox', { name: 'Kind of thing' })).toHaveValue('office');
  await expect(page.getByRole('textbox', { name: /^Identifier/ })).toHaveValue('KE');
  await expect(page.getByRole('row', { name: /Office profile updated/ })).toContainText(website);

  // what the page shows is what the API keeps
  const kept = await admin.graphql<AuditLogAnswer>(OFFICE_LOG, {
    filter: { entity: 'office', entityId: 'KE' },
  });
  expect(kept.auditLog.totalCount).toBe(1);
  const entry = kept.auditLog.edges[0]?.node;
  expect(entry?.action).toBe('office.updated');
  const { me } = await admin.graphql<{ me: { id: string } }>(`{ me { id } }`);
  expect(entry?.actorId).toBe(me.id);
  expect(entry?.changes.find((change) => change.field === 'website')?.after).toBe(
    JSON.stringify(website),
  );
  await expect(page.getByRole('heading', { name: '1 entry' })).toBeVisible();

  await expectNoAxeViolations(page);
  await screenshot(page, 'audit-log');
});

test('a broker reads the audit log in French', async ({ newPage, api }) => {
  const broker = await api.as(DEMO.broker);
  await broker.graphql(UPDATE_OFFICE, {
    input: { code: 'FR', website: 'https://www.inpi.fr/journal-e2e' },
  });

  // more sign-ins than a page of the log shows (25), to load the next page
  for (let count = 0; count < 25; count += 1) await api.login(DEMO.broker);

  const page = await newPage({ locale: 'fr-FR' });
  await page.goto('/admin/audit?entity=office&entityId=FR');
  await page.waitForURL(/\/sign-in\?next=/);
  await signIn(page, DEMO.broker);
  await expect(page).toHaveURL(/\/admin\/audit\?entity=office&entityId=FR$/);
  await settle(page);
  // the broker's account speaks English: the sign-in switched to it; back to French
  await page.getByRole('banner').getByLabel('Language').click();
  await page.getByRole('option', { name: 'Français' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await settle(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Journal d’audit' })).toBeVisible();
  await expect(
    page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Journal d’audit' }),
  ).toBeVisible();
  const row = page.getByRole('row', { name: /Profil de l’office modifié/ });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('office.updated');
  await expect(row).toContainText('https://www.inpi.fr/journal-e2e');
  await expect(row).toContainText(DEMO.broker);
  await expect(page.getByRole('combobox', { name: 'Type d’objet' })).toHaveValue('office');
  // brokers may not list accounts: the actor is an account id, or a person's email in a row
  await expect(
    page.getByRole('textbox', { name: /^Auteur \(identifiant du compte\)/ }),
  ).toBeVisible();

  // without the filters: the sign-ins are named in French too
  await page.getByRole('button', { name: 'Effacer les filtres' }).first().click();
  await expect(page).toHaveURL(/\/admin\/audit$/);
  await settle(page);
  await expect(page.getByRole('row', { name: /Connexion/ }).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'audit-log-broker');

  // the next page, after the cursor of the last entry shown
  const total = (await broker.graphql<AuditLogAnswer>(OFFICE_LOG, {})).auditLog.totalCount;
  expect(total).toBeGreaterThan(25);
  await expect(page.getByText(`25 sur ${total}`)).toBeVisible();
  await page.getByRole('button', { name: 'Afficher la suite' }).click();
  const shown = Math.min(total, 50);
  await expect(page.getByText(`${shown} sur ${total}`)).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(shown + 1);
  // the first entry of the new page has the focus
  await expect(page.getByRole('row').nth(26)).toBeFocused();

  // a person's email in a row shows only their entries
  await page
    .getByRole('link', { name: new RegExp(`^${DEMO.broker.replace(/\./g, '\\.')}`) })
    .first()
    .click();
  await expect(page).toHaveURL(/[?&]actor=[0-9a-f-]{36}/);
  await settle(page);
  const emails = await page.getByRole('row').filter({ hasText: '@' }).allTextContents();
  expect(emails.length).toBeGreaterThan(0);
  for (const text of emails) expect(text).toContain(DEMO.broker);
});

test('a member sees no audit log in the navigation, and the page refuses', async ({
  page,
  api,
}) => {
  await page.goto('/directory');
  await signIn(page, DEMO.memberFr);
  await settle(page);
  await expect(page.getByRole('link', { name: /^(Audit log|Journal d’audit)$/ })).toHaveCount(0);
  await page.goto('/admin/audit');
  await settle(page);
  await expect(page.getByRole('alert')).toContainText(
    /You may not read the audit log|Vous ne pouvez pas consulter le journal d’audit/,
  );
  await expect(page.getByRole('table')).toHaveCount(0);
  await expectNoAxeViolations(page);

  // the API refuses anyway
  const member = await api.as(DEMO.memberFr);
  await expect(member.graphql(OFFICE_LOG, {})).rejects.toThrow(/FORBIDDEN|not allowed/i);
});
