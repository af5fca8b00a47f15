import type { Page } from '@playwright/test';

import { DEMO } from './support/environment';
import { expect, test } from './support/fixtures';
import type { ApiClient } from './support/graphql';
import { expectNoAxeViolations, screenshot, settle, signIn } from './support/helpers';

/*
 * Brokering (issue 17, acceptance): member.sn asks the International Bureau for an introduction
 * from a recommendation (INPI France, a mentor in SECURITY); the test proposes it as the broker
 * through the API; office-admin.fr accepts in one browser context and member.sn in another; each
 * then reads the other's contact details on the introduction's page, and not before. In English,
 * then in French: the first is closed at its end, as only one introduction between two offices
 * may be open at once.
 */

type Language = 'en' | 'fr';

/** What a person reads, in each language (apps/web/src/i18n). */
const WORDS = {
  en: {
    locale: 'en-US',
    offices: 'Offices to talk to',
    to: 'introduced to',
    showMore: 'Show more',
    ask: 'Ask the International Bureau for an introduction',
    goal: /^Goal/,
    send: 'Send the request',
    nav: 'Introductions',
    state: 'State',
    waiting: 'Waiting for your answer',
    before: 'Contact details are shared once both sides accept.',
    requester: 'Requesting office (SN):',
    candidate: 'Proposed office (FR):',
    accept: 'Accept',
    accepted: 'Your answer is recorded: the introduction now waits for the other side.',
    active: 'Both sides accepted: the introduction is active, and your contact is shown.',
    yourContact: 'Your contact',
    close: 'Close the introduction',
    successful: 'Successful',
    notes: 'Notes',
    closed: 'The introduction is closed: its contact details are no longer shown.',
  },
  fr: {
    locale: 'fr-FR',
    offices: 'Offices avec qui échanger',
    to: 'mis en relation avec',
    showMore: 'Afficher plus',
    ask: 'Demander une mise en relation au Bureau international',
    goal: /^Objectif/,
    send: 'Envoyer la demande',
    nav: 'Mises en relation',
    state: 'État',
    waiting: 'Attend votre réponse',
    before: 'Les coordonnées sont communiquées une fois que les deux parties ont accepté.',
    requester: 'Office demandeur (SN) :',
    candidate: 'Office proposé (FR) :',
    accept: 'Accepter',
    accepted:
      'Votre réponse est enregistrée : la mise en relation attend maintenant l’autre partie.',
    active:
      'Les deux parties ont accepté : la mise en relation est active, et votre contact est affiché.',
    yourContact: 'Votre contact',
    close: 'Clore la mise en relation',
    successful: 'Réussie',
    notes: 'Notes',
    closed: 'La mise en relation est close : ses coordonnées ne sont plus affichées.',
  },
} as const;

interface Person {
  fullName: string;
  contactEmail: string;
  contactPhone: string;
}
const PREFER = `mutation E2ePrefer($input: SetPreferredLanguageInput!) {
  setPreferredLanguage(input: $input) { id }
}`;
const PROFILE = `mutation E2eProfile($input: UpdateMyProfileInput!) {
  updateMyProfile(input: $input) { fullName contactEmail contactPhone }
}`;
const OFFICE = `query E2eOffice($code: String!, $language: String!) {
  office(code: $code) { code name(language: $language) acronym(language: $language) }
}`;
const MENTORS = `query E2eMentors {
  recommendations(officeCode: "SN", kind: MENTOR, dimension: SECURITY, first: 100) {
    edges { node { office { code } } }
  }
}`;
const PROPOSE = `mutation E2ePropose($input: ProposeIntroductionInput!) {
  proposeIntroduction(input: $input) { id state }
}`;

/** Invented contact details for the demo people (whose profiles come without any). */
const CONTACTS: Record<string, { contactEmail: string; contactPhone: string }> = {
  [DEMO.memberSn]: {
    contactEmail: 'awa.fictif@aspit.demo.wild.example',
    contactPhone: '+221 33 000 00 17',
  },
  [DEMO.cioFr]: {
    contactEmail: 'camille.exemple@inpi.demo.wild.example',
    contactPhone: '+33 1 00 00 00 17',
  },
};

/**
 * A demo person, in the test's language (the sign-in page turns to the account's), with contact
 * details that only the International Bureau and the other side of an ACTIVE introduction see.
 */
async function personOf(api: ApiClient, email: string, language: Language): Promise<Person> {
  const client = await api.as(email);
  await client.graphql(PREFER, { input: { language } });
  const { updateMyProfile } = await client.graphql<{ updateMyProfile: Person }>(PROFILE, {
    input: { ...CONTACTS[email], contactVisibility: 'RESTRICTED' },
  });
  return updateMyProfile;
}

/** How the pages name an office in a line: `INPI (FR)`, else its name. */
async function shortNameOf(api: ApiClient, code: string, language: Language) {
  const { office } = await api.graphql<{
    office: { code: string; name: string; acronym: string | null };
  }>(OFFICE, { code, language }, { token: (await api.login(DEMO.broker)).accessToken });
  return { name: office.name, short: office.acronym ? `${office.acronym} (${code})` : office.name };
}

/** The contact card shows `person`, with a mail link and a phone link. */
async function expectContact(page: Page, language: Language, person: Person) {
  const card = page.getByRole('region', { name: WORDS[language].yourContact });
  await expect(card).toBeVisible();
  await expect(card.getByText(person.fullName, { exact: true })).toBeVisible();
  await expect(card.getByRole('link', { name: person.contactEmail })).toHaveAttribute(
    'href',
    `mailto:${person.contactEmail}`,
  );
  await expect(card.getByRole('link', { name: person.contactPhone })).toHaveAttribute(
    'href',
    `tel:${person.contactPhone.replace(/ /g, '')}`,
  );
}

/**
 * The whole flow in one language: asked from the recommendation, proposed by the broker,
 * accepted by both sides in two browsers, contacts shown to each. Returns the two pages.
 */
async function introduceSnToFr(
  api: ApiClient,
  newPage: (options?: { locale?: string }) => Promise<Page>,
  language: Language,
  shots: boolean,
) {
  const words = WORDS[language];
  const seeker = await personOf(api, DEMO.memberSn, language);
  const candidate = await personOf(api, DEMO.cioFr, language);
  const fr = await shortNameOf(api, 'FR', language);
  const sn = await shortNameOf(api, 'SN', language);
  // "ASPIT (SN) → INPI (FR)", the arrow read as words
  const pair = { name: `${sn.short} ${words.to} ${fr.short}`, exact: true };

  // member.sn asks from the recommendation of FR, a mentor in SECURITY
  const asker = await newPage({ locale: words.locale });
  await asker.goto('/recommendations?dimension=SECURITY');
  await asker.waitForURL(/\/sign-in\?next=/);
  await signIn(asker, DEMO.memberSn);
  await expect(asker.locator('html')).toHaveAttribute('lang', language);
  await settle(asker);
  // FR's card: on the page of the list where the API ranks it, shown more as a person would
  const { recommendations } = await (
    await api.as(DEMO.memberSn)
  ).graphql<{ recommendations: { edges: { node: { office: { code: string } } }[] } }>(MENTORS);
  const rank = recommendations.edges.findIndex((edge) => edge.node.office.code === 'FR');
  expect(rank, 'FR is among SN’s mentors in SECURITY').toBeGreaterThanOrEqual(0);
  const offices = asker.getByRole('region', { name: words.offices });
  for (let shown = 5; shown <= rank; shown += 5) {
    await offices.getByRole('button', { name: words.showMore, exact: true }).click();
    // one heading per card: the next page is there
    await expect(offices.getByRole('heading', { level: 3 })).toHaveCount(
      Math.min(shown + 5, recommendations.edges.length),
    );
  }
  const card = offices.getByRole('listitem', { name: fr.name, exact: true });
  await card.getByRole('link', { name: words.ask }).click();
  await expect(asker).toHaveURL(/\/requests\/new\?/);
  await settle(asker);
  await asker
    .getByRole('textbox', { name: words.goal })
    .fill(`A security operations centre within a year (e2e, ${language}).`);
  await asker.getByRole('button', { name: words.send }).click();
  await asker.waitForURL(/\/requests\/[0-9a-f-]{36}$/);
  const requestId = new URL(asker.url()).pathname.split('/').pop() ?? '';

  // the International Bureau proposes FR, through the API
  const broker = await api.as(DEMO.broker);
  const { proposeIntroduction } = await broker.graphql<{
    proposeIntroduction: { id: string; state: string };
  }>(PROPOSE, {
    input: {
      requestId,
      candidateOfficeCode: 'FR',
      message: 'INPI runs a security operations centre and offers help in security.',
    },
  });
  expect(proposeIntroduction.state).toBe('PROPOSED');
  const detailUrl = new RegExp(`/introductions/${proposeIntroduction.id}$`);

  // office-admin.fr, in a browser of their own: the list says it waits for them
  const answerer = await newPage({ locale: words.locale });
  await answerer.goto('/introductions?state=PROPOSED');
  await answerer.waitForURL(/\/sign-in\?next=/);
  await signIn(answerer, DEMO.cioFr);
  await expect(answerer).toHaveURL(/\/introductions\?state=PROPOSED$/);
  await settle(answerer);
  await expect(answerer.getByRole('combobox', { name: words.state })).toHaveValue('PROPOSED');
  const item = answerer.getByRole('listitem', pair);
  await expect(item).toHaveCount(1);
  await expect(item.getByText(words.waiting)).toBeVisible();
  if (shots) {
    await expectNoAxeViolations(answerer);
    await screenshot(answerer, 'introductions');
  }
  await item.getByRole('link', pair).click();
  await expect(answerer).toHaveURL(detailUrl);
  await settle(answerer);
  await expect(answerer.getByText(words.before)).toBeVisible();
  await expect(answerer.getByRole('region', { name: words.yourContact })).toHaveCount(0);
  if (shots) {
    await expectNoAxeViolations(answerer);
    await screenshot(answerer, 'introduction-proposed');
  }
  await answerer.getByRole('button', { name: words.accept, exact: true }).click();
  await expect(answerer.getByRole('status').filter({ hasText: words.accepted })).toBeVisible();
  // one yes is not both: still no contact
  await expect(answerer.getByText(words.before)).toBeVisible();
  await expect(answerer.getByRole('button', { name: words.accept, exact: true })).toHaveCount(0);

  // member.sn, in the other browser: from the navigation to the introduction, then yes
  await asker.getByRole('link', { name: words.nav, exact: true }).click();
  await expect(asker).toHaveURL(/\/introductions$/);
  await settle(asker);
  const mine = asker.getByRole('listitem', pair).filter({ hasText: words.waiting });
  await mine.getByRole('link', pair).click();
  await expect(asker).toHaveURL(detailUrl);
  await settle(asker);
  const answers = asker.getByRole('list', { name: language === 'en' ? 'Answers' : 'Réponses' });
  await expect(answers.getByRole('listitem').nth(1)).toContainText(`${words.candidate} `);
  await expect(answers.getByRole('listitem').nth(1)).not.toContainText(
    language === 'en' ? 'waiting' : 'en attente',
  );
  await expect(asker.getByRole('region', { name: words.yourContact })).toHaveCount(0);
  await asker.getByRole('button', { name: words.accept, exact: true }).click();
  await expect(asker.getByRole('status').filter({ hasText: words.active })).toBeVisible();

  // each sees the other's contact details
  await expectContact(asker, language, candidate);
  await answerer.reload();
  await settle(answerer);
  await expectContact(answerer, language, seeker);
  await settle(asker);
  if (shots) {
    await expectNoAxeViolations(asker);
    // from the top: the notice took the focus (and the scroll) after the answer
    await asker.evaluate(() => window.scrollTo(0, 0));
    await screenshot(asker, 'introduction-active');
  }
  return { asker, answerer };
}

test('member.sn asks for an introduction to FR; both accept and see each other’s contact', async ({
  api,
  newPage,
}) => {
  // three pages shot in two languages at two sizes, and two people's sessions: slow
  test.slow();
  const { asker, answerer } = await introduceSnToFr(api, newPage, 'en', true);
  const words = WORDS.en;

  // closed with its outcome by the requester: the contacts are not shown any more, to either
  await asker.getByRole('button', { name: words.close }).click();
  const dialog = asker.getByRole('dialog', { name: words.close });
  await dialog.getByRole('radio', { name: words.successful }).check();
  await dialog.getByRole('textbox', { name: words.notes }).fill('A first joint exercise is set.');
  await dialog.getByRole('button', { name: words.close }).click();
  await expect(dialog).toBeHidden();
  await expect(asker.getByText(words.closed)).toBeVisible();
  await expect(asker.getByRole('region', { name: 'Outcome' })).toContainText(
    'SuccessfulA first joint exercise is set.',
  );
  await answerer.reload();
  await settle(answerer);
  await expect(answerer.getByRole('region', { name: words.yourContact })).toHaveCount(0);
  await expect(answerer.getByText(words.closed)).toBeVisible();
});

test('the same in French', async ({ api, newPage }) => {
  const { asker, answerer } = await introduceSnToFr(api, newPage, 'fr', false);
  await expect(asker.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(answerer.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(
    asker.getByRole('list', { name: 'Réponses' }).getByRole('listitem').first(),
  ).toContainText(`${WORDS.fr.requester} a accepté le`);
  await expect(
    answerer.getByRole('list', { name: 'Réponses' }).getByRole('listitem').nth(1),
  ).toContainText(`${WORDS.fr.candidate} a accepté le`);
  await expectNoAxeViolations(answerer);
});
