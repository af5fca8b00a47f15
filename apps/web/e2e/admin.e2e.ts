import { DEMO } from './support/environment';
import { expect, test } from './support/fixtures';
import { expectNoAxeViolations, screenshot, settle, signIn } from './support/helpers';

/*
 * Keeping data current (issue 15, first pages): a member edits their profile; an admin invites a
 * person, changes a role and deactivates an account through the administration pages; a member
 * sees no administration, and the API refuses it anyway.
 */

test('a member edits their profile, and their page shows it', async ({ page, api }) => {
  await page.goto('/me/profile');
  await page.waitForURL(/\/sign-in\?next=/); // signed out: sign in first, then back here
  await signIn(page, 'member.br@demo.wild.example');
  await expect(page).toHaveURL(/\/me\/profile$/);
  await settle(page);
  const jobTitle = page.getByRole('textbox', { name: /^Job title/ });
  await jobTitle.fill('Head of IT operations');
  await page.getByRole('button', { name: 'Save my profile' }).click();
  await expect(page.getByText('Your profile is saved.')).toBeVisible();

  const { accessToken: token } = await api.login('member.br@demo.wild.example');
  const me = await api.graphql<{ me: { member: { title: string | null } } }>(
    `{ me { member { title } } }`,
    {},
    { token },
  );
  expect(me.me.member.title).toBe('Head of IT operations');
  await expectNoAxeViolations(page);
  await screenshot(page, 'my-profile');
});

test('a member sees no administration, and the API refuses it', async ({ page }) => {
  await page.goto('/directory');
  await signIn(page, DEMO.memberFr);
  await settle(page);
  await expect(page.getByRole('link', { name: /^(Comptes|Accounts)$/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /^Invitations$/ })).toHaveCount(0);
  await page.goto('/admin/accounts');
  await settle(page);
  await expect(page.getByRole('alert').first()).toContainText(/autorisé|allowed/);
});

test('an admin invites a person, changes a role and deactivates an account', async ({
  page,
  api,
}) => {
  await page.goto('/admin/invitations');
  await page.waitForURL(/\/sign-in\?next=/);
  await signIn(page, DEMO.admin);
  await expect(page).toHaveURL(/\/admin\/invitations$/);
  await settle(page);
  await page.getByRole('textbox', { name: /^Email address/ }).fill('new.cio@example.org');
  await page.getByRole('textbox', { name: /^Office code/ }).fill('KE');
  await page.getByRole('button', { name: 'Create the invitation' }).click();
  await expect(page.getByText('Invitation created for new.cio@example.org')).toBeVisible();
  const link = await page.getByRole('textbox', { name: 'Invitation link' }).inputValue();
  expect(link).toMatch(/\/invitations\/accept\?token=/);
  await expectNoAxeViolations(page);
  await screenshot(page, 'admin-invitations');

  // the invited person accepts, so that there is an account to manage
  const token = new URL(link).searchParams.get('token');
  await api.graphql(
    `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`,
    {
      input: {
        token,
        fullName: 'Njeri Newcomer',
        password: 'a long enough password',
        preferredLanguage: 'en',
      },
    },
  );

  await page.goto('/admin/accounts?q=Njeri');
  await settle(page);
  const row = page.getByRole('row', { name: /Njeri Newcomer/ });
  await expect(row).toBeVisible();
  await row
    .getByRole('combobox', { name: 'New role for Njeri Newcomer' })
    .selectOption({ label: 'Office administrator' });
  await row.getByRole('button', { name: 'Change role: Njeri Newcomer' }).click();

  const { accessToken: adminToken } = await api.login(DEMO.admin);
  const roleOf = async () =>
    (
      await api.graphql<{ accounts: { edges: { node: { role: string; active: boolean } }[] } }>(
        `{ accounts(filter: { search: "Njeri" }) { edges { node { role active } } } }`,
        {},
        { token: adminToken },
      )
    ).accounts.edges[0].node;
  await expect.poll(async () => (await roleOf()).role).toBe('OFFICE_ADMIN');

  await row.getByRole('button', { name: 'Deactivate Njeri Newcomer' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Deactivate the account' }).click();
  await expect.poll(async () => (await roleOf()).active).toBe(false);
  await expect(page.getByRole('dialog')).toHaveCount(0); // closed, not fading out
  await expectNoAxeViolations(page);
  await screenshot(page, 'admin-accounts');
});
