import type { Page } from '@playwright/test';

import { DEMO } from './support/environment';
import { expect, test } from './support/fixtures';
import type { SignedInClient } from './support/graphql';
import { expectNoAxeViolations, screenshot, settle, signIn } from './support/helpers';

/*
 * The maturity self-assessment (issue 15, scope point 3): Kenya's CIO goes through the wizard,
 * saves a draft, finds it resumed after a reload, reviews and submits it; the office page and the
 * directory show the new levels; a member sees no edit action and no validation; a broker of the
 * International Bureau validates it from the office page; the wizard speaks French to INPI's CIO.
 */

const LEVEL_NAMES = ['Ad hoc', 'Digitised', 'Defined', 'Integrated', 'Optimising'];

interface ApiLevels {
  readonly levels: readonly {
    readonly dimension: string;
    readonly level: number | null;
    readonly evidence: string | null;
  }[];
}

interface ApiOffice {
  readonly name: string;
  readonly maturity: (ApiLevels & { readonly id: string; readonly validated: boolean }) | null;
  readonly maturityDraft: (ApiLevels & { readonly id: string }) | null;
}

const OFFICE = `
  query ($code: String!) {
    office(code: $code) {
      name(language: "en")
      maturity { id validated levels { dimension level evidence } }
      maturityDraft { id levels { dimension level evidence } }
    }
  }
`;

async function officeOf(client: SignedInClient, code: string): Promise<ApiOffice> {
  return (await client.graphql<{ office: ApiOffice }>(OFFICE, { code })).office;
}

const levelOf = (assessment: ApiLevels | null, dimension: string) =>
  assessment?.levels.find((entry) => entry.dimension === dimension);

/** What the KE admin chooses: a new SECURITY level (whatever the demo data gave it), and notes. */
const STRATEGY_NOTE = 'ICT strategy 2026–2030 approved by the Board in March.';
const SECURITY_NOTE = 'Security operations centre live since June; ISO 27001 audit booked.';
let securityLevel = 5;

async function stepHeading(page: Page) {
  return page.getByRole('heading', { level: 2 });
}

test('Kenya’s CIO saves a draft, finds it after a reload, reviews and submits it', async ({
  page,
  api,
}) => {
  const cio = await api.as(DEMO.cioKe);
  const before = await officeOf(cio, 'KE');
  const formerSecurity = levelOf(before.maturity, 'SECURITY')?.level ?? null;
  securityLevel = formerSecurity === 5 ? 4 : 5;

  await page.goto('/offices/KE');
  await page.waitForURL(/\/sign-in\?next=/);
  await signIn(page, DEMO.cioKe);
  await expect(page).toHaveURL(/\/offices\/KE$/);
  await settle(page);
  const maturity = page.getByRole('region', { name: 'ICT maturity' });
  await maturity.getByRole('link', { name: 'Update the self-assessment' }).click();
  await expect(page).toHaveURL(/\/offices\/KE\/assessment$/);
  await settle(page);

  // step 1: strategy, level 3, with a note
  await expect(page.getByText('Step 1 of 10')).toBeVisible();
  await expect(await stepHeading(page)).toHaveText('ICT strategy and governance');
  await page.getByRole('radio', { name: 'Level 3 · Defined' }).check();
  await page.getByRole('textbox', { name: 'Evidence notes' }).fill(STRATEGY_NOTE);
  await page.getByRole('button', { name: 'Next' }).click();

  // step 2: data, left unknown; the heading has the focus
  await expect(page.getByText('Step 2 of 10')).toBeVisible();
  await expect(await stepHeading(page)).toBeFocused();
  await expect(await stepHeading(page)).toHaveText('Data governance and quality');
  await page.getByRole('radio', { name: 'Unknown / not assessed' }).check();
  await page.getByRole('button', { name: 'Next' }).click();

  // step 3: security, at a new level, with a note
  await expect(await stepHeading(page)).toHaveText('Cybersecurity and resilience');
  await page
    .getByRole('radio', { name: `Level ${securityLevel} · ${LEVEL_NAMES[securityLevel - 1]}` })
    .check();
  await page.getByRole('textbox', { name: 'Evidence notes' }).fill(SECURITY_NOTE);
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText(/^Your draft is saved/)).toBeVisible();

  // the API keeps the draft, all ten dimensions, the unknown one without a level
  const draft = (await officeOf(cio, 'KE')).maturityDraft;
  expect(draft?.levels).toHaveLength(10);
  expect(levelOf(draft, 'STRATEGY')).toEqual({
    dimension: 'STRATEGY',
    level: 3,
    evidence: STRATEGY_NOTE,
  });
  expect(levelOf(draft, 'DATA')?.level).toBeNull();
  expect(levelOf(draft, 'SECURITY')?.level).toBe(securityLevel);

  // a reload resumes the draft from the API
  await page.reload();
  await settle(page);
  await expect(page.getByText(/^You are resuming your draft saved on/)).toBeVisible();
  await expect(await stepHeading(page)).toHaveText('Cybersecurity and resilience');
  await expect(
    page.getByRole('radio', { name: `Level ${securityLevel} · ${LEVEL_NAMES[securityLevel - 1]}` }),
  ).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Evidence notes' })).toHaveValue(SECURITY_NOTE);
  const steps = page.getByRole('navigation', { name: 'Steps of the self-assessment' });
  await expect(steps.getByRole('button', { name: /^2\. Data ?: Unknown$/ })).toBeVisible();
  await steps.getByRole('button', { name: /^1\. Strategy ?: 3 · Defined$/ }).click();
  await expect(page.getByRole('radio', { name: 'Level 3 · Defined' })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Evidence notes' })).toHaveValue(STRATEGY_NOTE);
  await expectNoAxeViolations(page);
  await screenshot(page, 'assessment-wizard');

  // the review: all ten, with a way back to each step
  await steps.getByRole('button', { name: 'Review and submit' }).click();
  await expect(await stepHeading(page)).toHaveText('Review and submit');
  await expect(page.getByRole('heading', { level: 3 })).toHaveCount(10);
  const security = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: '3. Cybersecurity and resilience' }) });
  await expect(security).toContainText(`${securityLevel} · ${LEVEL_NAMES[securityLevel - 1]}`);
  await expect(security).toContainText(SECURITY_NOTE);
  await expectNoAxeViolations(page);
  await screenshot(page, 'assessment-review');

  await page.getByRole('button', { name: 'Submit the assessment' }).click();
  await expect(page.getByRole('heading', { name: 'The assessment is submitted' })).toBeFocused();
  await page.getByRole('link', { name: 'See the office page' }).click();
  await expect(page).toHaveURL(/\/offices\/KE$/);
  await settle(page);

  // the office page shows the new current assessment
  const securityRow = maturity.getByRole('row', { name: /Cybersecurity and resilience/ });
  await expect(securityRow.getByRole('cell').first()).toHaveText(
    `${securityLevel} · ${LEVEL_NAMES[securityLevel - 1]}`,
  );
  await expect(maturity).toContainText('Not validated by the International Bureau');
  await expect(page.getByRole('region', { name: 'Evidence notes' })).toContainText(SECURITY_NOTE);
  await expect(maturity.getByRole('link', { name: 'Update the self-assessment' })).toBeVisible();

  // and the API kept it: current, the draft gone
  const after = await officeOf(cio, 'KE');
  expect(after.maturityDraft).toBeNull();
  expect(after.maturity?.id).not.toBe(before.maturity?.id);
  expect(levelOf(after.maturity, 'SECURITY')).toEqual({
    dimension: 'SECURITY',
    level: securityLevel,
    evidence: SECURITY_NOTE,
  });
  expect(levelOf(after.maturity, 'DATA')?.level).toBeNull();

  // the directory finds Kenya by its new security level
  await page.goto(`/directory?q=Kenya&maturity=SECURITY.${securityLevel}`);
  await settle(page);
  const card = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: before.name }) });
  await expect(card).toBeVisible();
  await expect(card).toContainText(`Security: ${securityLevel}`);
});

test('a member sees no edit action and no validation on the office page', async ({ page }) => {
  await page.goto('/offices/KE');
  await page.waitForURL(/\/sign-in\?next=/);
  await signIn(page, DEMO.memberFr);
  await expect(page).toHaveURL(/\/offices\/KE$/);
  await settle(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (const name of [
    /^(Edit the profile|Modifier le profil)$/,
    /^(Update the self-assessment|Mettre à jour l’autoévaluation)$/,
    /^(Edit standards|Modifier les normes)$/,
    /^(Edit needs and offers|Modifier les besoins et offres)$/,
  ])
    await expect(page.getByRole('link', { name })).toHaveCount(0);
  await expect(
    page.getByRole('button', { name: /^(Validate this assessment|Valider cette autoévaluation)$/ }),
  ).toHaveCount(0);
  await expect(
    page.getByText(
      /Not validated by the International Bureau|Non validée par le Bureau international/,
    ),
  ).toBeVisible();

  // the wizard refuses them, clearly
  await page.goto('/offices/KE/assessment');
  await settle(page);
  await expect(
    page.getByText(/^(You may not assess this office|Vous ne pouvez pas évaluer cet office)$/),
  ).toBeVisible();
  await expect(page.getByRole('radio')).toHaveCount(0);
});

test('a broker validates the submitted assessment from the office page', async ({ page, api }) => {
  await page.goto('/offices/KE');
  await page.waitForURL(/\/sign-in\?next=/);
  await signIn(page, DEMO.broker);
  await expect(page).toHaveURL(/\/offices\/KE$/);
  await settle(page);
  const maturity = page.getByRole('region', { name: 'ICT maturity' });
  await expect(maturity.getByRole('button', { name: 'Validate this assessment' })).toBeVisible();
  await expect(maturity.getByRole('link', { name: 'Update the self-assessment' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Edit the profile' })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'office-page-actions');

  await maturity.getByRole('button', { name: 'Validate this assessment' }).click();
  const dialog = page.getByRole('dialog', { name: 'Validate this assessment?' });
  await expect(dialog).toContainText('cannot be undone');
  await dialog.getByRole('button', { name: 'Validate', exact: true }).click();
  await expect(dialog).toHaveCount(0);
  // the button is gone: the focus is on the notice that says why
  await expect(
    maturity.getByRole('status').filter({ hasText: 'The assessment is validated.' }),
  ).toBeFocused();
  await expect(maturity.getByText('Validated by the IB')).toBeVisible();
  await expect(maturity.getByRole('button', { name: 'Validate this assessment' })).toHaveCount(0);

  const broker = await api.as(DEMO.broker);
  expect((await officeOf(broker, 'KE')).maturity?.validated).toBe(true);
  await page.reload();
  await settle(page);
  await expect(maturity.getByText('Validated by the IB')).toBeVisible();
});

test('the wizard speaks French to INPI’s CIO, with the model’s French descriptors', async ({
  newPage,
}) => {
  const page = await newPage({ locale: 'fr-FR' });
  await page.goto('/offices/FR/assessment');
  await page.waitForURL(/\/sign-in\?next=/);
  await signIn(page, DEMO.cioFr);
  await expect(page).toHaveURL(/\/offices\/FR\/assessment$/);
  await settle(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Autoévaluation de la maturité TIC' }),
  ).toBeVisible();
  await expect(page.getByText('Étape 1 sur 10')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(
    'Stratégie et gouvernance des TIC',
  );
  const adHoc = page.getByRole('radio', { name: 'Niveau 1 · Ad hoc' });
  await expect(adHoc).toHaveAccessibleDescription(/^Aucune stratégie TIC écrite/);
  await expect(page.getByRole('radio', { name: 'Inconnu / non évalué' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Justificatifs' })).toBeVisible();
  await expectNoAxeViolations(page);

  // by the keyboard: the arrows move between the levels, Tab goes on to the notes
  await adHoc.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Niveau 2 · Numérisé' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Niveau 2 · Numérisé' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Justificatifs' })).toBeFocused();

  await page.getByRole('button', { name: 'Suivant' }).click();
  await expect(page.getByText(/^Brouillon enregistré à/)).toBeVisible();
  await expect(page.getByText('Étape 2 sur 10')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(
    'Gouvernance et qualité des données',
  );
  await page
    .getByRole('navigation', { name: 'Étapes de l’autoévaluation' })
    .getByRole('button', { name: 'Vérifier et soumettre' })
    .click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Vérifier et soumettre');
  await expect(page.getByRole('button', { name: 'Soumettre l’autoévaluation' })).toBeVisible();
  await expectNoAxeViolations(page);
});
