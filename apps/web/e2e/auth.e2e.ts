import { DEMO } from './support/environment';
import { expect, test } from './support/fixtures';
import { SESSION_CHECK_CACHE_MS } from './support/graphql';
import { expectNoAxeViolations, screenshot, settle, signIn, TEXT } from './support/helpers';

test.describe('sessions in the browser', () => {
  test('a CIO signs in and lands on the directory', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/sign-in\?/);
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, 'sign-in');

    await signIn(page, DEMO.cioKe);
    await expect(page).toHaveURL(/\/directory$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Directory' })).toBeVisible();
    await expect(page.getByRole('button', { name: /Wanjiru Example/ })).toBeVisible();
    await screenshot(page, 'directory');
  });

  test('an invitation is accepted through its page and lands signed in', async ({ page, api }) => {
    const email = 'new.cio@e2e.example';
    const { token, acceptUrl } = await api.invite(email, 'KE');
    expect(new URL(acceptUrl).pathname).toBe('/invitations/accept');

    const response = await page.goto(acceptUrl);
    // the token in the address may not leave with any request the page makes
    expect(response?.headers()['referrer-policy']).toBe('no-referrer');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Accept your invitation' }),
    ).toBeVisible();
    // read, then out of the address bar (and so of the history and of what a screen shows)
    await expect(page).toHaveURL(/\/invitations\/accept$/);
    expect(page.url()).not.toContain(token);
    // before anything is typed, the page says where the link leads and to whom
    await expect(
      page.getByText(/You are invited to join Kenya Industrial Property Institute/),
    ).toBeVisible();
    await expect(page.getByText(email)).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, 'invitation');

    await page.getByLabel('Full name').fill('Njeri Kamau');
    await page.getByLabel(TEXT.password).fill('a long enough password 42');
    await page.getByRole('button', { name: 'Create my account' }).click();
    await expect(page).toHaveURL(/\/directory$/);
    await expect(page.getByRole('button', { name: /Njeri Kamau/ })).toBeVisible();
    expect(page.url()).not.toContain(token);

    // the new account signs in on its own afterwards
    await expect(api.login(email, 'a long enough password 42')).resolves.toHaveProperty(
      'accessToken',
    );
  });

  test('a used invitation link says so at once, with the way to sign in', async ({ page, api }) => {
    const email = 'used.cio@e2e.example';
    const { token, acceptUrl } = await api.invite(email, 'KE');
    await api.graphql(
      `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`,
      {
        input: {
          token,
          fullName: 'Used Link',
          password: 'a long enough password 42',
          preferredLanguage: 'en',
        },
      },
    );
    await page.goto(acceptUrl);
    await expect(page.getByRole('alert')).toContainText('This invitation has already been used');
    await expect(page.getByRole('textbox', { name: 'Full name' })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('the invitation page without its token says what to do', async ({ page }) => {
    await page.goto('/invitations/accept');
    await expect(page.getByRole('alert')).toContainText('invitation link');
    await expectNoAxeViolations(page);
    await screenshot(page, 'invitation-no-token');
  });

  test('an expired session returns to sign-in, then to the page asked', async ({ page, api }) => {
    await signIn(page, DEMO.cioKe);
    await expect(page).toHaveURL(/\/directory$/);
    // the directory has what it asked for: the next request is the navigation's
    await settle(page);

    // signed out everywhere from another device; this browser's access token is refused once
    // the API's session check is no longer cached, its refresh cookie at once
    await api.endSessionsOf(DEMO.cioKe);
    await page.waitForTimeout(SESSION_CHECK_CACHE_MS + 500);

    await page.getByRole('link', { name: 'My office' }).click();
    await expect(page).toHaveURL(/\/sign-in\?next=%2Foffices%2FKE&expired=1$/);
    await expect(page.getByText(TEXT.sessionEnded)).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, 'sign-in-session-ended');

    await signIn(page, DEMO.cioKe);
    await expect(page).toHaveURL(/\/offices\/KE$/);
  });

  test('the same in French', async ({ newPage, api }) => {
    const page = await newPage({ locale: 'fr-FR' });
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1, name: 'Connexion' })).toBeVisible();
    await expectNoAxeViolations(page);

    await signIn(page, DEMO.cioFr);
    await expect(page).toHaveURL(/\/directory$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Annuaire' })).toBeVisible();
    await settle(page);

    await api.endSessionsOf(DEMO.cioFr);
    await page.waitForTimeout(SESSION_CHECK_CACHE_MS + 500);
    await page.getByRole('link', { name: 'Mon office' }).click();
    await expect(page).toHaveURL(/\/sign-in\?next=%2Foffices%2FFR&expired=1$/);
    await expect(page.getByText('Session terminée')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Se connecter' })).toBeVisible();

    await signIn(page, DEMO.cioFr);
    await expect(page).toHaveURL(/\/offices\/FR$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  });

  test('an account in French signs in on an English page and gets French', async ({ page }) => {
    await page.goto('/sign-in');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await signIn(page, DEMO.memberFr);
    await expect(page.getByRole('heading', { level: 1, name: 'Annuaire' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  });

  test('signing out ends the session and clears the cookie', async ({ page, context }) => {
    await signIn(page, DEMO.cioKe);
    await expect(page).toHaveURL(/\/directory$/);
    expect((await context.cookies()).map((cookie) => cookie.name)).toContain('wild_refresh');

    await page.getByRole('button', { name: /Wanjiru Example/ }).click();
    await page.getByRole('menuitem', { name: TEXT.signOut }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    expect((await context.cookies()).map((cookie) => cookie.name)).not.toContain('wild_refresh');

    // a reload does not bring the session back
    await page.goto('/directory');
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fdirectory$/);
    await expect(page.getByText(TEXT.sessionEnded)).toHaveCount(0);
  });
});
