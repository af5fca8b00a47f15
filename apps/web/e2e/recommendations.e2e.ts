import { DEMO } from './support/environment';
import { expect, test } from './support/fixtures';
import type { ApiClient } from './support/graphql';
import { expectNoAxeViolations, screenshot, settle, signIn } from './support/helpers';

/*
 * Recommendations (issue 16, point 10): a CIO asks "who should we talk to about cybersecurity,
 * and why?". member.sn (ASPIT, Senegal, French) opens the page from the navigation, reads the
 * first mentor's reasons and opens its office page; a Kenyan CIO reads the same in English; a
 * refused choice shows beside its control; experts by area beside the offices; the International
 * Bureau looks at another office's list.
 */

interface Recommendations {
  recommendations: {
    totalCount: number;
    edges: {
      node: {
        office: { code: string; name: string };
        score: number;
        reasons: { factor: string; text: string }[];
      };
    }[];
  };
}

const RECOMMENDATIONS = `
  query E2eRecommendations($officeCode: String!, $dimension: MaturityDimension, $language: String!) {
    recommendations(officeCode: $officeCode, kind: MENTOR, dimension: $dimension, first: 10) {
      totalCount
      edges { node { office { code name(language: $language) } score reasons { factor text } } }
    }
  }
`;

/** What the API answers the page's first list, read straight from it in the reader's language. */
async function mentorsOf(
  api: ApiClient,
  email: string,
  officeCode: string,
  language: 'en' | 'fr',
): Promise<Recommendations['recommendations']> {
  const { accessToken } = await api.login(email);
  const data = await api.graphql<Recommendations>(
    RECOMMENDATIONS,
    { officeCode, dimension: 'SECURITY', language },
    { token: accessToken, language },
  );
  return data.recommendations;
}

test('member.sn reads its mentors in security, in French, and opens the first one’s office', async ({
  page,
  api,
}) => {
  const expected = await mentorsOf(api, DEMO.memberSn, 'SN', 'fr');
  expect(expected.totalCount).toBeGreaterThanOrEqual(3);
  const [best] = expected.edges;
  if (!best) throw new Error('no mentor for SN in SECURITY');

  await page.goto('/directory');
  await page.waitForURL(/\/sign-in\?next=/);
  await signIn(page, DEMO.memberSn);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await settle(page);

  await page.getByRole('link', { name: 'Recommandations', exact: true }).click();
  await expect(page).toHaveURL(/\/recommendations$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Recommandations' })).toBeVisible();
  await settle(page);
  await expect(page.getByRole('radio', { name: /^Mentors/ })).toBeChecked();

  const dimension = page.getByRole('combobox', { name: 'Dimension' });
  await dimension.selectOption('SECURITY');
  await expect(page).toHaveURL(/\/recommendations\?dimension=SECURITY$/);
  await expect(dimension).toHaveAccessibleDescription('Niveau actuel de SN : 2');
  await expect(
    page.getByText(`${expected.totalCount} mentors possibles, les plus pertinents d’abord`),
  ).toBeVisible();
  await settle(page);

  // the first card is the API's first mentor, with its reasons in words and in points
  const offices = page.getByRole('region', { name: 'Offices avec qui échanger' });
  const first = offices.getByRole('listitem', { name: best.node.office.name });
  await expect(first).toBeVisible();
  await expect(first.getByText('Rang 1 :')).toBeAttached();
  await expect(first.getByText(`${Math.round(best.node.score * 100)} %`)).toBeVisible();
  const reasons = first.getByRole('list', { name: 'Raisons' });
  const offer = reasons.getByRole('listitem').filter({ hasText: 'Propose son aide' });
  await expect(offer).toContainText('propose son aide en Cybersécurité et résilience');
  await expect(offer).toContainText('+50 pts');
  const language = reasons.getByRole('listitem').filter({ hasText: 'Langue' });
  await expect(language).toContainText('travaille en français');
  for (const reason of best.node.reasons)
    await expect(reasons.getByText(reason.text, { exact: true })).toBeVisible();

  await test.step('how the list is ranked', async () => {
    await page.getByRole('button', { name: /^Comment ce classement est-il établi/ }).click();
    const table = page.getByRole('table', { name: 'Les critères de cette liste et leurs points' });
    await expect(table).toBeVisible();
    await expect(table.getByRole('row', { name: /^Propose son aide \+50/ })).toBeVisible();
    await expect(table.getByRole('row', { name: /^Refus récent −100/ })).toBeVisible();
    await page.getByRole('button', { name: /^Comment ce classement est-il établi/ }).click();
    await expect(table).toBeHidden();
  });

  await test.step('experts beside: choose an area', async () => {
    const experts = page.getByRole('region', { name: 'Experts' });
    await experts
      .getByRole('combobox', { name: 'Domaine d’expertise' })
      .selectOption({ label: 'Opérations de cybersécurité' });
    await expect(page).toHaveURL(/area=CYBERSECURITY_OPERATIONS/);
    await expect(experts.getByText(/^\d+ experts?, les plus pertinents d’abord$/)).toBeVisible();
    const card = experts.getByRole('listitem').first();
    await expect(card.getByRole('heading', { level: 3 }).getByRole('link')).toHaveAttribute(
      'href',
      /^\/members\/[0-9a-f-]{36}$/,
    );
    await expect(card.getByRole('list', { name: 'Raisons' })).toContainText('Niveau d’expertise');
  });

  await settle(page);
  await expectNoAxeViolations(page);
  await screenshot(page, 'recommendations');

  await first.getByRole('link', { name: best.node.office.name }).click();
  await expect(page).toHaveURL(new RegExp(`/offices/${best.node.office.code}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(best.node.office.name);
  await settle(page);
});

test('a refused choice is shown beside its control, and another office’s list is refused', async ({
  page,
}) => {
  await page.goto('/recommendations?dimension=SECURITY');
  await page.waitForURL(/\/sign-in\?next=/);
  await signIn(page, DEMO.memberSn);
  await expect(page).toHaveURL(/\/recommendations\?dimension=SECURITY$/);
  await settle(page);

  // peers in a dimension where SN has recorded no level: the API refuses it on `dimension`
  await page.getByText('Pairs', { exact: true }).click();
  await expect(page.getByRole('radio', { name: /^Pairs/ })).toBeChecked();
  const dimension = page.getByRole('combobox', { name: 'Dimension' });
  await dimension.selectOption('COOPERATION');
  await expect(page).toHaveURL(/kind=peer&dimension=COOPERATION/);
  const refusal = page.getByRole('alert');
  await expect(refusal).toContainText(
    'L’office n’a pas encore de niveau connu dans cette dimension',
  );
  await expect(dimension).toHaveAttribute('aria-invalid', 'true');
  await expect(dimension).toHaveAccessibleDescription(/indiquez-en un d’abord/);
  // a member cannot record a level: where the office's admins would see it
  await expect(refusal.getByRole('link', { name: 'Voir la maturité de l’office' })).toHaveAttribute(
    'href',
    '/offices/SN#maturity',
  );
  await settle(page);
  await expectNoAxeViolations(page);
  await screenshot(page, 'recommendations-refused');

  // a member asking for another office's list: the API's FORBIDDEN, said clearly
  await page.goto('/recommendations?office=KE&dimension=SECURITY');
  await settle(page);
  const forbidden = page.getByRole('alert');
  await expect(forbidden).toContainText('Ce n’est pas votre office');
  await expect(
    forbidden.getByRole('link', { name: 'Voir celles de mon office (SN)' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a Kenyan CIO reads the same page in English, experts included', async ({ page, api }) => {
  const expected = await mentorsOf(api, DEMO.cioKe, 'KE', 'en');
  const [best] = expected.edges;
  if (!best) throw new Error('no mentor for KE in SECURITY');

  await page.goto('/recommendations?dimension=SECURITY');
  await page.waitForURL(/\/sign-in\?next=/);
  await signIn(page, DEMO.cioKe);
  await expect(page).toHaveURL(/\/recommendations\?dimension=SECURITY$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Recommendations' })).toBeVisible();
  await expect(page.getByText(`${expected.totalCount} possible mentors, best first`)).toBeVisible();
  await settle(page);

  const first = page
    .getByRole('region', { name: 'Offices to talk to' })
    .getByRole('listitem', { name: best.node.office.name });
  const reasons = first.getByRole('list', { name: 'Reasons' });
  await expect(reasons.getByRole('listitem').filter({ hasText: 'Offers help' })).toContainText(
    'offers help in Cybersecurity and resilience',
  );
  for (const reason of best.node.reasons)
    await expect(reasons.getByText(reason.text, { exact: true })).toBeVisible();

  // the next page, from the cursor: the focus goes to its first card
  await page.getByRole('button', { name: 'Show more', exact: true }).click();
  await expect(
    page.getByText(`Showing ${Math.min(10, expected.totalCount)} of ${expected.totalCount}`),
  ).toBeVisible();
  const sixth = expected.edges[5];
  if (sixth)
    await expect(
      page.getByRole('listitem', { name: sixth.node.office.name, exact: true }),
    ).toBeFocused();

  const experts = page.getByRole('region', { name: 'Experts' });
  await experts
    .getByRole('combobox', { name: 'Expertise area' })
    .selectOption({ label: 'Cybersecurity operations' });
  await expect(experts.getByText(/^\d+ experts?, best first$/)).toBeVisible();
  await expect(
    experts.getByRole('listitem').first().getByRole('list', { name: 'Reasons' }),
  ).toContainText('Expertise level');
  await settle(page);
  await expectNoAxeViolations(page);

  await first.getByRole('link', { name: best.node.office.name }).click();
  await expect(page).toHaveURL(new RegExp(`/offices/${best.node.office.code}$`));
  await settle(page);
});

test('the International Bureau looks at another office’s list by its code', async ({ page }) => {
  await page.goto('/recommendations');
  await page.waitForURL(/\/sign-in\?next=/);
  await signIn(page, DEMO.broker);
  await settle(page);

  const code = page.getByRole('textbox', { name: /^Office code/ });
  await code.fill('AD');
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  await expect(page).toHaveURL(/\/recommendations\?office=AD$/);
  await expect(page.getByRole('textbox', { name: /^Office code/ })).toHaveAccessibleDescription(
    /No office of the network has the code AD\./,
  );

  await page.getByRole('textbox', { name: /^Office code/ }).fill('sn');
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  await expect(page).toHaveURL(/\/recommendations\?office=SN$/);
  await expect(page.getByText(/^\d+ possible mentors, best first$/)).toBeVisible();
  await settle(page);
  await expectNoAxeViolations(page);
});
