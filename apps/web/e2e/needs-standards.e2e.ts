import { DEMO } from './support/environment';
import { expect, test } from './support/fixtures';
import { expectNoAxeViolations, screenshot, settle, signIn } from './support/helpers';

/*
 * Keeping an office's lists current (issue 15, second part): its office admin replaces its needs
 * (a confidential one added, one removed) and offers, and reports a WIPO standard with a planned
 * date; the office page shows them; a member of another office does not see the confidential
 * need. In French, a refused save shows its field error beside its field and saves nothing.
 */

interface Need {
  dimension: string;
  description: string;
  confidential: boolean;
}
interface Lists {
  office: { needs: Need[]; offers: { dimension: string; description: string }[] };
}
const LISTS = `query E2eLists($code: String!) {
  office(code: $code) {
    needs { dimension description confidential }
    offers { dimension description }
  }
}`;
const DIMENSIONS = `query E2eDimensions($language: String!) {
  maturityModel(language: $language) { dimensions { dimension name } }
}`;
/** The value, or the test fails saying what the demo data lacks. */
function present<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Expected ${what}`);
  return value;
}

const STANDARDS = `query E2eStandards($code: String!) {
  office(code: $code) { standards { standard status plannedDate comment } }
}`;

test('an office admin replaces the needs and offers, and reports a standard', async ({
  page,
  api,
}) => {
  const ke = await api.as(DEMO.cioKe);
  const before = (await ke.graphql<Lists>(LISTS, { code: 'KE' })).office;
  const model = await ke.graphql<{
    maturityModel: { dimensions: { dimension: string; name: string }[] };
  }>(DIMENSIONS, { language: 'en' });
  const nameOf = (dimension: string) =>
    model.maturityModel.dimensions.find((entry) => entry.dimension === dimension)?.name ?? '';
  // the demo's KE needs: one (not SECURITY) to remove; SECURITY, if there, goes too, to be added
  const removed = present(
    before.needs.find((need) => need.dimension !== 'SECURITY'),
    'the demo office KE has a need (not in SECURITY) to remove',
  );
  const hadSecurity = before.needs.some((need) => need.dimension === 'SECURITY');

  await page.goto('/offices/KE/needs-offers');
  await page.waitForURL(/\/sign-in\?next=/);
  await signIn(page, DEMO.cioKe);
  await expect(page).toHaveURL(/\/offices\/KE\/needs-offers$/);
  await settle(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Needs and offers' })).toBeVisible();
  await expect(page).toHaveTitle(/^Needs and offers of .+ — WILD Network$/);
  await expect(page.getByText(/Saving replaces the office’s whole list of needs/)).toBeVisible();
  await expectNoAxeViolations(page);

  const needs = page.getByRole('region', { name: 'We seek help' });
  for (const dimension of [removed.dimension, ...(hadSecurity ? ['SECURITY'] : [])])
    await needs.getByRole('button', { name: `Remove the need: ${nameOf(dimension)}` }).click();
  await needs.getByRole('button', { name: 'Add a need' }).click();
  const added = needs.getByRole('group', { name: /^Need: / }).last();
  await added.getByRole('combobox', { name: 'Maturity dimension' }).selectOption('SECURITY');
  const security = needs.getByRole('group', { name: `Need: ${nameOf('SECURITY')}` });
  await security
    .getByRole('textbox', { name: 'What you seek help with' })
    .fill('A security operations centre, shared with a peer office.');
  await security.getByRole('switch', { name: /Confidential need/ }).check();
  await expect(security.getByText('Confidential', { exact: true })).toBeVisible();

  const offers = page.getByRole('region', { name: 'We can help' });
  const offered = new Set(before.offers.map((offer) => offer.dimension));
  const newOffer = present(
    model.maturityModel.dimensions.find((entry) => !offered.has(entry.dimension)),
    'a dimension without an offer of KE',
  );
  await offers.getByRole('button', { name: 'Add an offer' }).click();
  const offerRow = offers.getByRole('group', { name: `Offer: ${newOffer.name}` });
  await offerRow
    .getByRole('textbox', { name: 'How you can help' })
    .fill('Our e-filing portal, and how we trained examiners to use it.');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Save the needs and offers' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'The needs and offers are saved.' }),
  ).toBeVisible();

  // the API kept the new lists, whole
  const after = (await ke.graphql<Lists>(LISTS, { code: 'KE' })).office;
  expect(after.needs.map((need) => need.dimension)).not.toContain(removed.dimension);
  expect(after.needs).toContainEqual({
    dimension: 'SECURITY',
    description: 'A security operations centre, shared with a peer office.',
    confidential: true,
  });
  expect(after.needs).toHaveLength(before.needs.length - (hadSecurity ? 1 : 0));
  expect(after.offers).toContainEqual({
    dimension: newOffer.dimension,
    description: 'Our e-filing portal, and how we trained examiners to use it.',
  });
  expect(after.offers).toHaveLength(before.offers.length + 1);
  await screenshot(page, 'needs-offers-edit');

  // the office page shows them, the confidential need marked in words
  await page.getByRole('link', { name: 'Back to the office page' }).click();
  await expect(page).toHaveURL(/\/offices\/KE$/);
  await settle(page);
  const section = page.getByRole('region', { name: 'Needs and offers' });
  const item = section.getByRole('listitem').filter({ hasText: 'A security operations centre' });
  await expect(item).toContainText(nameOf('SECURITY'));
  await expect(item).toContainText('Confidential');
  await expect(section).toContainText('Our e-filing portal, and how we trained examiners');
  await expect(section).not.toContainText(removed.description);

  // a standard: ST.26 planned for a date
  await page.goto('/offices/KE/standards');
  await settle(page);
  await expect(page.getByRole('heading', { level: 1, name: 'WIPO standards' })).toBeVisible();
  await expectNoAxeViolations(page);
  const reported = (
    await ke.graphql<{ office: { standards: { standard: string }[] } }>(STANDARDS, { code: 'KE' })
  ).office.standards.some((adoption) => adoption.standard === 'ST.26');
  if (reported) {
    await page.getByRole('button', { name: 'Edit ST.26' }).click();
  } else {
    await page.getByRole('button', { name: 'Report on another standard' }).click();
    await page
      .getByRole('combobox', { name: 'Standard' })
      .selectOption({ label: 'ST.26 — Sequence listings in XML' });
  }
  const form = page.getByRole('region', { name: /^(ST\.26: |Report on a standard)/ });
  await form.getByRole('radio', { name: 'Not implemented' }).check();
  await form.getByLabel(/^Planned for/).fill('2027-09-30');
  await form.getByRole('textbox', { name: 'Comment' }).fill('Tools chosen; training in 2027.');
  await expectNoAxeViolations(page);
  await form.getByRole('button', { name: 'Save this standard' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'ST.26 is saved.' })).toBeVisible();
  const row = page.getByRole('row', { name: /ST\.26/ });
  await expect(row).toContainText('Not implemented');
  await expect(row).toContainText('Sep 30, 2027');

  const standards = (
    await ke.graphql<{
      office: { standards: { standard: string; status: string; plannedDate: string | null }[] };
    }>(STANDARDS, { code: 'KE' })
  ).office.standards;
  expect(standards).toContainEqual({
    standard: 'ST.26',
    status: 'NONE',
    plannedDate: '2027-09-30',
    comment: 'Tools chosen; training in 2027.',
  });
  await expectNoAxeViolations(page);
  // shot with ST.26's form open: the open form is in the address (?edit=ST.26)
  await page.getByRole('button', { name: 'Edit ST.26' }).click();
  await expect(page).toHaveURL(/\?edit=ST\.26$/);
  await screenshot(page, 'standards-edit');
  await expect(page.getByRole('radio', { name: 'Not implemented' })).toBeChecked();
  await expect(page.getByLabel(/^Planned for/)).toHaveValue('2027-09-30');

  // (the screenshots reloaded the page: the notice and its link are gone)
  await page.getByRole('link', { name: 'Back to the office page' }).click();
  await expect(page).toHaveURL(/\/offices\/KE$/);
  await settle(page);
  const officeRow = page
    .getByRole('region', { name: 'WIPO standards' })
    .getByRole('row', { name: /ST\.26/ });
  await expect(officeRow).toContainText('Not implemented');
  await expect(officeRow).toContainText('Sep 30, 2027');
});

test('a member of another office sees neither the editing pages nor a confidential need', async ({
  page,
  api,
}) => {
  const ke = await api.as(DEMO.cioKe);
  await ke.graphql(
    `mutation E2eSetNeeds($input: SetNeedsAndOffersInput!) {
      setNeedsAndOffers(input: $input) { code }
    }`,
    {
      input: {
        officeCode: 'KE',
        needs: [
          {
            dimension: 'SECURITY',
            description: 'A confidential security need.',
            confidential: true,
          },
          { dimension: 'DATA', description: 'A public data need.', confidential: false },
        ],
      },
    },
  );
  const fr = await api.as(DEMO.memberFr);
  const seen = (await fr.graphql<Lists>(LISTS, { code: 'KE' })).office.needs;
  expect(seen.map((need) => need.dimension)).toEqual(['DATA']);

  await page.goto('/offices/KE');
  await page.waitForURL(/\/sign-in\?next=/);
  await signIn(page, DEMO.memberFr);
  await expect(page).toHaveURL(/\/offices\/KE$/);
  await settle(page);
  const section = page.getByRole('region', { name: /^(Needs and offers|Besoins et offres)$/ });
  await expect(section).toContainText('A public data need.');
  await expect(section).not.toContainText('A confidential security need.');

  await page.goto('/offices/KE/needs-offers');
  await settle(page);
  const refusal = page.getByRole('alert');
  await expect(refusal).toContainText(/Vous ne pouvez pas modifier|You cannot change/);
  await expect(
    refusal.getByRole('link', { name: /Retour à la page de l’office|Back to/ }),
  ).toHaveAttribute('href', '/offices/KE');
  await expect(page.getByRole('button', { name: /Enregistrer|Save/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('in French, an empty description is refused beside its field, and nothing is saved', async ({
  newPage,
  api,
}) => {
  const frAdmin = await api.as(DEMO.cioFr);
  const before = (await frAdmin.graphql<Lists>(LISTS, { code: 'FR' })).office;

  const page = await newPage({ locale: 'fr-FR' });
  await page.goto('/offices/FR/needs-offers');
  await page.waitForURL(/\/sign-in\?next=/);
  await signIn(page, DEMO.cioFr);
  await expect(page).toHaveURL(/\/offices\/FR\/needs-offers$/);
  await settle(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1, name: 'Besoins et offres' })).toBeVisible();
  await expect(
    page.getByText(/L’enregistrement remplace toute la liste des besoins de l’office/),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // a new need left without a description
  const needs = page.getByRole('region', { name: 'Nous cherchons de l’aide' });
  await needs.getByRole('button', { name: 'Ajouter un besoin' }).click();
  const added = needs.getByRole('group', { name: /^Besoin\s:\s/ }).last();
  await page.getByRole('button', { name: 'Enregistrer les besoins et les offres' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'n’ont pas été enregistrés' });
  await expect(alert).toBeVisible();
  await expect(alert).toBeFocused();
  const description = added.getByRole('textbox', { name: 'L’aide que vous cherchez' });
  await expect(description).toHaveAttribute('aria-invalid', 'true');
  await expect(added).toContainText('Décrivez cette entrée.');
  await expectNoAxeViolations(page);

  // nothing half-saved: the lists are as they were
  const after = (await frAdmin.graphql<Lists>(LISTS, { code: 'FR' })).office;
  expect(after).toEqual(before);

  await page.goto('/offices/FR/standards');
  await settle(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Normes de l’OMPI' })).toBeVisible();
  await expect(page).toHaveTitle(/^Normes de l’OMPI de .+ — WILD Network$/);
  await page.getByRole('button', { name: 'Déclarer une autre norme' }).click();
  await expect(page.getByRole('heading', { name: 'Déclarer une norme' })).toBeFocused();
  await expectNoAxeViolations(page);
});
