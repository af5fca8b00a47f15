import type { Locator, Page } from '@playwright/test';

import { DEMO } from './support/environment';
import { expect, test } from './support/fixtures';
import type { ApiClient, SignedInClient } from './support/graphql';
import { expectNoAxeViolations, screenshot, settle, signIn } from './support/helpers';

/*
 * The directory's main flow (issue 14's acceptance): a CIO finds the French-speaking offices at
 * level 4 or more in Security through the filters, as a person does (clicking and typing, never
 * editing the address), checks them against the API, opens one and sees its radar, the table
 * beside it and its history; the same in French, by keyboard; axe and screenshots at a laptop's
 * and a tablet's width in both languages; paging.
 */

/** What a person reads, in each language (apps/web/src/i18n/{en,fr}.json, the model's texts). */
const UI = {
  en: {
    directory: 'Directory',
    searchOffices: 'Search offices',
    workingLanguage: 'Working language',
    french: 'French',
    addRange: 'Add a level range',
    security: 'Security',
    add: 'Add',
    lowest: 'Security: lowest level',
    highest: 'Security: highest level',
    levelOption: (level: number, name: string, count: number) => `${level} · ${name} (${count})`,
    levelCell: (level: number, name: string) => `${level} · ${name}`,
    offices: (count: number) => (count === 1 ? `${count} office` : `${count} offices`),
    filtersToggle: /^Filters/,
    filters: 'Filters',
    skipToContent: 'Skip to content',
    skipToResults: 'Skip to the results',
    radar: /^Radar chart of the maturity levels by dimension/,
    radarTable: /^Levels by dimension/,
    securityRow: /Cybersecurity/,
    history: 'Maturity over time',
    historyTable: 'Submitted assessments, newest first',
    region: {
      AFRICA: 'Africa',
      ARAB: 'Arab region',
      ASIA_PACIFIC: 'Asia and the Pacific',
      GLOBAL: 'Global',
      LATIN_AMERICA_CARIBBEAN: 'Latin America and the Caribbean',
      TRANSITION_DEVELOPED: 'Transition and developed countries',
    } as Record<string, string>,
    next: 'Next page',
    previous: 'Previous page',
    range: (from: number, to: number, total: number) => `${from}–${to} of ${total}`,
    languageSwitch: 'Language',
  },
  fr: {
    directory: 'Annuaire',
    searchOffices: 'Rechercher des offices',
    workingLanguage: 'Langue de travail',
    french: 'Français',
    addRange: 'Ajouter une plage de niveaux',
    security: 'Sécurité',
    add: 'Ajouter',
    lowest: 'Sécurité : niveau le plus bas',
    highest: 'Sécurité : niveau le plus haut',
    levelOption: (level: number, name: string, count: number) => `${level} · ${name} (${count})`,
    levelCell: (level: number, name: string) => `${level} · ${name}`,
    offices: (count: number) =>
      count === 0 ? 'Aucun office' : count === 1 ? `${count} office` : `${count} offices`,
    filtersToggle: /^Filtres/,
    filters: 'Filtres',
    skipToContent: 'Aller au contenu',
    skipToResults: 'Aller aux résultats',
    radar: /^Graphique en radar des niveaux de maturité par dimension/,
    radarTable: /^Niveaux par dimension/,
    securityRow: /Cybersécurité/,
    history: 'Évolution de la maturité',
    historyTable: 'Autoévaluations soumises, de la plus récente à la plus ancienne',
    region: {
      AFRICA: 'Afrique',
      ARAB: 'Région arabe',
      ASIA_PACIFIC: 'Asie et Pacifique',
      GLOBAL: 'Mondial',
      LATIN_AMERICA_CARIBBEAN: 'Amérique latine et Caraïbes',
      TRANSITION_DEVELOPED: 'Pays en transition et pays développés',
    } as Record<string, string>,
    next: 'Page suivante',
    previous: 'Page précédente',
    range: (from: number, to: number, total: number) => `${from}–${to} sur ${total}`,
    languageSwitch: 'Langue',
  },
} as const;

type Language = keyof typeof UI;

/** The laptop and the tablet of the issue. */
const LAPTOP = { width: 1280, height: 800 };
const TABLET = { width: 820, height: 1180 };

/** The search of the acceptance, as the API takes it. */
const FRENCH_SECURE_FILTER = { languages: ['fr'], maturity: [{ dimension: 'SECURITY', min: 4 }] };

interface ApiOffice {
  readonly code: string;
  readonly name: string;
  readonly region: string;
  readonly languages: readonly string[];
  readonly maturity: {
    readonly levels: readonly { readonly dimension: string; readonly level: number | null }[];
  } | null;
  readonly maturityHistory: { readonly totalCount: number };
}

interface Facet {
  readonly field: string;
  readonly values: readonly { readonly value: string | null; readonly count: number }[];
}

const OFFICE_FIELDS = `
  code
  name(language: $language)
  region
  languages
  maturity { levels { dimension level } }
  maturityHistory(first: 1) { totalCount }
`;

/** Every office of the network, page after page (the API gives at most 100 at a time). */
async function allOffices(client: SignedInClient, language: Language): Promise<ApiOffice[]> {
  const offices: ApiOffice[] = [];
  let after: string | null = null;
  for (;;) {
    const data: {
      offices: {
        edges: { node: ApiOffice }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    } = await client.graphql(
      `query E2eAllOffices($after: String, $language: String) {
        offices(first: 100, after: $after) {
          edges { node { ${OFFICE_FIELDS} } }
          pageInfo { hasNextPage endCursor }
        }
      }`,
      { after, language },
    );
    offices.push(...data.offices.edges.map((edge) => edge.node));
    if (!data.offices.pageInfo.hasNextPage) return offices;
    after = data.offices.pageInfo.endCursor;
  }
}

const securityLevel = (office: ApiOffice) =>
  office.maturity?.levels.find((entry) => entry.dimension === 'SECURITY')?.level ?? null;

/**
 * What the page must show: the API's answer to the acceptance's filter, checked against the
 * offices' own data (each speaks French and is at 4 or more in Security, and none that qualifies
 * is missing), with the facets the filters show beside their options.
 */
async function expectedResults(api: ApiClient, language: Language) {
  const client = await api.as(DEMO.admin);
  const data: {
    offices: { totalCount: number; edges: { node: ApiOffice }[]; facets: Facet[] };
    frenchOnly: { totalCount: number; facets: Facet[] };
    model: { levels: { level: number; name: string }[] };
  } = await client.graphql(
    `query E2eFrenchSecure($filter: OfficeFilterInput, $language: String!) {
      offices(filter: $filter, first: 100) {
        totalCount
        edges { node { ${OFFICE_FIELDS} } }
        facets(fields: [REGION, MATURITY_SECURITY]) { field values { value count } }
      }
      frenchOnly: offices(
        filter: { languages: ["fr"], maturity: [{ dimension: SECURITY, min: 1, max: 5 }] }
        first: 1
      ) {
        totalCount
        facets(fields: [MATURITY_SECURITY]) { field values { value count } }
      }
      model: maturityModel(language: $language) { levels { level name } }
    }`,
    { filter: FRENCH_SECURE_FILTER, language },
  );
  const offices = data.offices.edges.map((edge) => edge.node);
  for (const office of offices) {
    expect(office.languages, `${office.code} works in French`).toContain('fr');
    expect(
      securityLevel(office),
      `${office.code} is at 4 or more in Security`,
    ).toBeGreaterThanOrEqual(4);
  }
  // no office that qualifies is left out
  const qualifying = (await allOffices(client, language)).filter(
    (office) => office.languages.includes('fr') && (securityLevel(office) ?? 0) >= 4,
  );
  expect(codesOf(offices)).toEqual(codesOf(qualifying));
  expect(data.offices.totalCount).toBe(offices.length);
  expect(offices.length, 'the demo data has French-speaking offices secure enough').toBeGreaterThan(
    1,
  );

  const facet = (facets: Facet[], field: string) =>
    new Map(
      (facets.find((entry) => entry.field === field)?.values ?? []).map(
        ({ value, count }) => [value ?? '', count] as const,
      ),
    );
  return {
    offices,
    regionCounts: facet(data.offices.facets, 'REGION'),
    securityCounts: facet(data.offices.facets, 'MATURITY_SECURITY'),
    /** Security levels among the French-speaking offices, once the Security range is added. */
    frenchSecurityCounts: facet(data.frenchOnly.facets, 'MATURITY_SECURITY'),
    levelName: (level: number) =>
      data.model.levels.find((entry) => entry.level === level)?.name ?? '',
  };
}

const codesOf = (offices: readonly { code: string }[]) =>
  offices.map((office) => office.code).sort();

/** The results: each card's title is a heading (level 3) with the link to the office. */
function resultLinks(page: Page): Locator {
  return page.getByRole('main').getByRole('heading', { level: 3 }).getByRole('link');
}

/** The names and codes of the offices listed, from their titles and links. */
async function shownOffices(page: Page): Promise<{ code: string; name: string }[]> {
  const links = resultLinks(page);
  const shown: { code: string; name: string }[] = [];
  for (const link of await links.all()) {
    const href = (await link.getAttribute('href')) ?? '';
    shown.push({
      code: decodeURIComponent(href.replace(/^\/offices\//, '')),
      name: (await link.textContent())?.trim() ?? '',
    });
  }
  return shown;
}

/** The results heading says how many: `7 offices`. */
function resultsHeading(page: Page, language: Language, count: number): Locator {
  return page
    .getByRole('main')
    .getByRole('heading', { level: 2, name: UI[language].offices(count) });
}

/**
 * On the directory, through the filters as a person goes: types "Fren" in the working language,
 * picks French (its count beside it), adds a Security range and sets its lowest level to 4 (each
 * level's count beside it). Checks each count shown beside an option against the API's.
 */
async function filterFrenchSecure(
  page: Page,
  language: Language,
  expected: Awaited<ReturnType<typeof expectedResults>>,
  frenchCount: number,
): Promise<void> {
  const ui = UI[language];
  const main = page.getByRole('main');

  const workingLanguage = main.getByLabel(ui.workingLanguage);
  await workingLanguage.click();
  await workingLanguage.pressSequentially(ui.french.slice(0, 4));
  const french = page.getByRole('option', { name: new RegExp(`^${ui.french}`) });
  // the facet count beside the option: the French-speaking offices of the network
  await expect(french).toHaveText(new RegExp(`^${ui.french}\\s*${frenchCount}$`));
  await french.click();
  await page.keyboard.press('Escape');
  await expect(resultsHeading(page, language, frenchCount)).toBeVisible();

  await main.getByLabel(ui.addRange).selectOption({ label: ui.security });
  await main.getByRole('button', { name: ui.add, exact: true }).click();
  const lowest = main.getByLabel(ui.lowest);
  // the range added, its lowest level is the next thing to set: the focus is there
  await expect(lowest).toBeFocused();
  // each level says how many of the results are at it
  const level4 = ui.levelOption(
    4,
    expected.levelName(4),
    expected.frenchSecurityCounts.get('4') ?? 0,
  );
  await expect(lowest.getByRole('option', { name: level4, exact: true })).toBeAttached();
  await lowest.selectOption({ label: level4 });
  await expect(resultsHeading(page, language, expected.offices.length)).toBeVisible();
  await settle(page);
}

/** The page shows exactly the expected offices, in their names in the page's language. */
async function expectShown(page: Page, offices: readonly ApiOffice[]): Promise<void> {
  await expect(resultLinks(page)).toHaveCount(offices.length);
  const shown = await shownOffices(page);
  expect(codesOf(shown)).toEqual(codesOf(offices));
  for (const office of offices)
    expect(shown.find((entry) => entry.code === office.code)?.name, office.code).toBe(office.name);
}

/** The whole state is in the address. */
function expectFilteredAddress(page: Page): void {
  const url = new URL(page.url());
  expect(url.pathname).toBe('/directory');
  expect(url.searchParams.getAll('lang')).toEqual(['fr']);
  expect(url.searchParams.getAll('maturity')).toEqual(['SECURITY.4-5']);
}

/** The office page: its radar, the table beside it (Security at its level), its history. */
async function expectOfficePage(
  page: Page,
  language: Language,
  office: ApiOffice,
  levelName: (level: number) => string,
  options: { sideBySide: boolean },
): Promise<void> {
  const ui = UI[language];
  await expect(page).toHaveURL(new RegExp(`/offices/${office.code}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(office.name);
  await settle(page);

  const radar = page.getByRole('img', { name: ui.radar });
  await expect(radar).toBeVisible();
  // a chart is drawn inside the wrapper
  await expect(radar.locator('svg').first()).toBeVisible();

  const table = page.getByRole('table', { name: ui.radarTable });
  await expect(table).toBeVisible();
  // one row per dimension of the model, between the header and the overall level
  const body = table.getByRole('rowgroup').nth(1);
  await expect(body.getByRole('row')).toHaveCount(10);
  const level = securityLevel(office);
  expect(level).not.toBeNull();
  const security = body.getByRole('row', { name: ui.securityRow });
  await expect(security.getByRole('cell').first()).toHaveText(
    ui.levelCell(level ?? 0, levelName(level ?? 0)),
  );
  expect(level).toBeGreaterThanOrEqual(4);

  if (options.sideBySide) {
    const [radarBox, tableBox] = [await radar.boundingBox(), await table.boundingBox()];
    expect(radarBox && tableBox).toBeTruthy();
    if (radarBox && tableBox) {
      // beside it: to its right (left to right), and level with it
      expect(tableBox.x).toBeGreaterThanOrEqual(radarBox.x + radarBox.width - 1);
      expect(tableBox.y).toBeLessThan(radarBox.y + radarBox.height);
    }
  }

  const history = page.getByRole('region', { name: ui.history });
  await expect(history).toBeVisible();
  const assessments = history.getByRole('table', { name: ui.historyTable });
  await expect(assessments).toBeVisible();
  expect(office.maturityHistory.totalCount).toBeGreaterThanOrEqual(1);
  await expect(assessments.getByRole('rowgroup').nth(1).getByRole('row')).toHaveCount(
    Math.min(office.maturityHistory.totalCount, 50),
  );
}

/** The number of French-speaking offices (the count beside "French" before it is chosen). */
async function frenchSpeakingCount(api: ApiClient): Promise<number> {
  const client = await api.as(DEMO.admin);
  const data: { offices: { totalCount: number } } = await client.graphql(
    `query E2eFrench { offices(filter: { languages: ["fr"] }, first: 1) { totalCount } }`,
  );
  return data.offices.totalCount;
}

test.describe('the directory', () => {
  test('a CIO finds the French-speaking offices at level 4 or more in Security and opens one', async ({
    page,
    api,
  }) => {
    const expected = await expectedResults(api, 'en');
    const frenchCount = await frenchSpeakingCount(api);

    await signIn(page, DEMO.cioKe);
    await expect(page).toHaveURL(/\/directory$/);
    await expect(page.getByRole('heading', { level: 1, name: UI.en.directory })).toBeVisible();
    await settle(page);

    await test.step('through the filters', async () => {
      await filterFrenchSecure(page, 'en', expected, frenchCount);
      await expectShown(page, expected.offices);
    });

    await test.step('facet counts beside the options', async () => {
      const filters = page.getByRole('complementary', { name: UI.en.filters });
      // the regions of the results, each with its count
      for (const [region, count] of expected.regionCounts)
        await expect(
          filters.getByRole('checkbox', {
            name: `${UI.en.region[region]} (${count})`,
            exact: true,
          }),
        ).toBeVisible();
      // the Security levels among the results
      for (const level of [4, 5])
        await expect(
          filters.getByLabel(UI.en.highest).getByRole('option', {
            name: UI.en.levelOption(
              level,
              expected.levelName(level),
              expected.securityCounts.get(String(level)) ?? 0,
            ),
            exact: true,
          }),
        ).toBeAttached();
    });

    await test.step('the whole state in the address', async () => {
      expectFilteredAddress(page);
      await page.reload();
      await expect(resultsHeading(page, 'en', expected.offices.length)).toBeVisible();
      await expectShown(page, expected.offices);
      expectFilteredAddress(page);
      // the filters show the state they came back with
      await expect(page.getByRole('main').getByLabel(UI.en.lowest)).toHaveValue('4');
      await expect(page.getByRole('main').getByLabel(UI.en.highest)).toHaveValue('5');
    });

    await test.step('opens one: its radar, the table beside it, its history', async () => {
      const first = resultLinks(page).first();
      const name = (await first.textContent())?.trim() ?? '';
      const office = expected.offices.find((entry) => entry.name === name);
      expect(office, `"${name}" is one of the expected offices`).toBeDefined();
      await first.click();
      await expectOfficePage(page, 'en', office as ApiOffice, expected.levelName, {
        sideBySide: true,
      });

      // Back returns to the same results
      await page.goBack();
      await expect(resultsHeading(page, 'en', expected.offices.length)).toBeVisible();
      expectFilteredAddress(page);
    });
  });

  test('the same in French, and by keyboard', async ({ page, api }) => {
    const expected = await expectedResults(api, 'fr');
    const frenchCount = await frenchSpeakingCount(api);
    const searched = (
      await (
        await api.as(DEMO.admin)
      ).graphql<{ offices: { totalCount: number } }>(
        `query E2eSearched($filter: OfficeFilterInput) {
          offices(filter: $filter, first: 1) { totalCount }
        }`,
        { filter: { ...FRENCH_SECURE_FILTER, search: 'Office' } },
      )
    ).offices.totalCount;

    // an account in French, on an English page: the sign-in switches the interface to French
    await page.goto('/sign-in');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await signIn(page, DEMO.cioFr);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1, name: UI.fr.directory })).toBeVisible();
    await settle(page);

    await filterFrenchSecure(page, 'fr', expected, frenchCount);
    await expectShown(page, expected.offices);
    expectFilteredAddress(page);

    await test.step('by keyboard: the search box, then the first result, opened with Enter', async () => {
      // from the top of the page, as a keyboard user arrives
      await page.reload();
      await expect(resultsHeading(page, 'fr', expected.offices.length)).toBeVisible();
      await settle(page);

      await page.keyboard.press('Tab');
      const skipToContent = page.getByRole('link', { name: UI.fr.skipToContent });
      await expect(skipToContent).toBeFocused();
      await page.keyboard.press('Enter');

      const search = page.getByRole('searchbox', { name: UI.fr.searchOffices });
      await tabUntilFocused(page, search, 3);
      await page.keyboard.type('Office');
      // typing searches (after a pause), and the address follows
      await expect(page).toHaveURL(/[?&]q=Office(&|$)/);
      await expect(resultsHeading(page, 'fr', searched)).toBeVisible();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Backspace');
      await expect(page).not.toHaveURL(/[?&]q=/);
      await expect(resultsHeading(page, 'fr', expected.offices.length)).toBeVisible();

      // past the filters
      await page.keyboard.press('Tab');
      await expect(page.getByRole('link', { name: UI.fr.skipToResults })).toBeFocused();
      await page.keyboard.press('Enter');
      const first = resultLinks(page).first();
      await tabUntilFocused(page, first, 4);
      const name = (await first.textContent())?.trim() ?? '';
      const office = expected.offices.find((entry) => entry.name === name);
      expect(office, `« ${name} » is one of the expected offices`).toBeDefined();
      await page.keyboard.press('Enter');
      await expectOfficePage(page, 'fr', office as ApiOffice, expected.levelName, {
        sideBySide: true,
      });
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    });
  });

  test('axe: the directory with its filters open and the office page, laptop and tablet, English and French', async ({
    page,
    api,
  }) => {
    test.slow();
    const expected = await expectedResults(api, 'en');
    const office = expected.offices[0] as ApiOffice;
    const directoryUrl = '/directory?lang=fr&maturity=SECURITY.4-5';

    await signIn(page, DEMO.cioKe);
    await expect(page).toHaveURL(/\/directory$/);

    for (const language of ['en', 'fr'] as const) {
      const ui = UI[language];
      if (language === 'fr') {
        // the language switch of the header
        await page.getByRole('banner').getByLabel(UI.en.languageSwitch).click();
        await page.getByRole('option', { name: 'Français' }).click();
        await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
      }
      for (const size of [LAPTOP, TABLET]) {
        await page.setViewportSize(size);
        await page.goto(directoryUrl);
        await expect(page.getByRole('heading', { level: 1, name: ui.directory })).toBeVisible();
        await expect(resultsHeading(page, language, expected.offices.length)).toBeVisible();
        if (size === TABLET) {
          // on a tablet, the filters are behind a toggle
          const toggle = page.getByRole('button', { name: ui.filtersToggle });
          await expect(toggle).toHaveAttribute('aria-expanded', 'false');
          await expect(page.getByLabel(ui.lowest)).toBeHidden();
          await toggle.click();
          await expect(toggle).toHaveAttribute('aria-expanded', 'true');
        }
        await expect(page.getByLabel(ui.lowest)).toBeVisible();
        await expect(
          page
            .getByRole('region', { name: ui.filters })
            .or(page.getByRole('complementary', { name: ui.filters })),
        ).toBeVisible();
        await settle(page);
        await expectNoAxeViolations(page);

        // and with the list of a filter open. Its options scroll and none takes the focus: the
        // focus stays in the input and the arrow keys walk the options (aria-activedescendant),
        // which axe's scrollable-region-focusable does not follow; everything else is checked
        const languages = page.getByRole('main').getByLabel(ui.workingLanguage);
        await languages.click();
        await expect(page.getByRole('option', { name: new RegExp(`^${ui.french}`) })).toBeVisible();
        await page.keyboard.press('ArrowDown');
        const active = await languages.getAttribute('aria-activedescendant');
        expect(active, 'the arrow keys reach the options').toBeTruthy();
        await expect(page.locator(`[id="${active}"]`)).toHaveRole('option');
        await expectNoAxeViolations(page, { disableRules: ['scrollable-region-focusable'] });
        await page.keyboard.press('Escape');

        await page.goto(`/offices/${office.code}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(page.getByRole('img', { name: ui.radar })).toBeVisible();
        await settle(page);
        await expectNoAxeViolations(page);
      }
    }

    // back to English: the switch saved French as the account's language
    await page.setViewportSize(LAPTOP);
    await page.getByRole('banner').getByLabel(UI.fr.languageSwitch).click();
    await page.getByRole('option', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('screenshots: the filtered directory and an office page', async ({ page, api }) => {
    test.slow();
    const expected = await expectedResults(api, 'en');
    await signIn(page, DEMO.cioKe);
    await expect(page).toHaveURL(/\/directory$/);

    await page.goto('/directory?lang=fr&maturity=SECURITY.4-5');
    await expect(resultsHeading(page, 'en', expected.offices.length)).toBeVisible();
    await screenshot(page, 'directory-french-security');

    const office = expected.offices.find((entry) => entry.code === 'FR') ?? expected.offices[0];
    await page.goto(`/offices/${office?.code}`);
    await expect(page.getByRole('img', { name: UI.en.radar })).toBeVisible();
    await screenshot(page, 'office');
  });

  test('paging: Next moves to the next page, the cursor in the address', async ({ page, api }) => {
    const client = await api.as(DEMO.admin);
    const firstPage: {
      offices: {
        totalCount: number;
        edges: { node: { code: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    } = await client.graphql(
      `query E2ePage1 { offices(first: 20) { totalCount edges { node { code } } pageInfo { hasNextPage endCursor } } }`,
    );
    test.skip(!firstPage.offices.pageInfo.hasNextPage, 'the demo data fits on one page');
    const secondPage: { offices: { edges: { node: { code: string } }[] } } = await client.graphql(
      `query E2ePage2($after: String) { offices(first: 20, after: $after) { edges { node { code } } } }`,
      { after: firstPage.offices.pageInfo.endCursor },
    );
    const total = firstPage.offices.totalCount;
    const codes = (edges: { node: { code: string } }[]) => edges.map((edge) => edge.node.code);

    await signIn(page, DEMO.cioKe);
    await expect(page).toHaveURL(/\/directory$/);
    await expect(resultsHeading(page, 'en', total)).toBeVisible();
    await settle(page);
    const pages = page.getByRole('navigation', { name: 'Pages' });
    await expect(pages.getByText(UI.en.range(1, 20, total))).toBeVisible();
    expect((await shownOffices(page)).map((office) => office.code)).toEqual(
      codes(firstPage.offices.edges),
    );

    await pages.getByRole('button', { name: UI.en.next }).click();
    await expect(page).toHaveURL(/[?&]after=/);
    const url = new URL(page.url());
    expect(url.searchParams.get('after')).toBe(firstPage.offices.pageInfo.endCursor);
    expect(url.searchParams.get('page')).toBe('2');
    await expect(pages.getByText(UI.en.range(21, 40, total))).toBeVisible();
    await settle(page);
    expect((await shownOffices(page)).map((office) => office.code)).toEqual(
      codes(secondPage.offices.edges),
    );
    // the keyboard and the screen reader start at the top of the new page
    await expect(resultsHeading(page, 'en', total)).toBeFocused();

    // a reload shows the same page
    await page.reload();
    await expect(pages.getByText(UI.en.range(21, 40, total))).toBeVisible();
    await settle(page);
    expect((await shownOffices(page)).map((office) => office.code)).toEqual(
      codes(secondPage.offices.edges),
    );
    const secondPageUrl = page.url();

    // Previous, through the cursors kept in the history entry
    await pages.getByRole('button', { name: UI.en.previous }).click();
    await expect(page).toHaveURL(/\/directory$/);
    await expect(pages.getByText(UI.en.range(1, 20, total))).toBeVisible();

    // a shared link to a later page does not know the page before it: it offers the first one
    await page.goto(secondPageUrl);
    await expect(pages.getByText(UI.en.range(21, 40, total))).toBeVisible();
    await expect(pages.getByRole('button', { name: UI.en.previous })).toHaveCount(0);
    await pages.getByRole('button', { name: 'First page' }).click();
    await expect(page).toHaveURL(/\/directory$/);
    await expect(pages.getByText(UI.en.range(1, 20, total))).toBeVisible();
  });
});

/** Presses Tab until `target` has the focus, at most `presses` times. */
async function tabUntilFocused(page: Page, target: Locator, presses: number): Promise<void> {
  for (let press = 0; press < presses; press++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  await expect(target, `reached with at most ${presses} Tab presses`).toBeFocused();
}
