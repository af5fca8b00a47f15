import { DEMO } from './support/environment';
import { expect, test } from './support/fixtures';
import { settle, signIn } from './support/helpers';

/*
 * Names in the reader's language (issue 15): a French speaker searches WIPO by its French
 * acronym, and reads the French acronyms and the French order of names.
 */
test('searching “OMPI” in French finds WIPO, shown as OMPI', async ({ page }) => {
  await page.goto('/directory');
  await signIn(page, DEMO.memberFr); // the account's language is French
  await expect(page.getByRole('heading', { level: 1, name: 'Annuaire' })).toBeVisible();

  await page.getByRole('searchbox', { name: 'Rechercher des offices' }).fill('OMPI');
  await expect(page).toHaveURL(/[?&]q=OMPI/);
  await settle(page);
  const main = page.getByRole('main');
  await expect(
    main.getByRole('link', {
      name: 'Organisation Mondiale de la Propriété Intellectuelle (Bureau international)',
    }),
  ).toBeVisible();
  await expect(main.getByText(/^WO · OMPI\b/)).toBeVisible();
});

test('the directory sorts offices by the name shown in the interface’s language', async ({
  page,
  api,
}) => {
  const { accessToken: token } = await api.login(DEMO.memberFr);
  const firstNames = async (language: string) => {
    const data = await api.graphql<{ offices: { edges: { node: { name: string } }[] } }>(
      `{ offices(first: 5, orderBy: { field: NAME, direction: ASC }) { edges { node { name } } } }`,
      {},
      { token, language },
    );
    return data.offices.edges.map((edge) => edge.node.name);
  };
  const french = await firstNames('fr');
  expect(french).not.toEqual(await firstNames('en'));

  await page.goto('/directory');
  await signIn(page, DEMO.memberFr);
  await settle(page);
  // the first card is the first name in French
  const cards = page.getByRole('main').getByRole('link', { name: french[0], exact: true });
  await expect(cards.first()).toBeVisible();
  const firstTwo = await page
    .getByRole('main')
    .getByRole('link', { name: new RegExp(`^(${french.slice(0, 2).map(escape).join('|')})$`) })
    .allTextContents();
  expect(firstTwo).toEqual(french.slice(0, 2));
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
