import { DataSource } from 'typeorm';

import { createTestAccount, dataOf, errorOf, TestAccount, TestApp } from '@wild/api/testing';
import { Role } from '@wild/shared/domain';

import { startApp } from './support/start-app';

const MY_PROFILE = `{ me { member { id fullName title bio } } }`;
const UPDATE_MY_PROFILE = `mutation ($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { id fullName title bio } }`;
const UPDATE_OFFICE = `mutation ($input: UpdateOfficeInput!) { updateOffice(input: $input) { code acronym description names { translations { language text } } links { label } businessSystems } }`;
const SET_NEEDS_AND_OFFERS = `mutation ($input: SetNeedsAndOffersInput!) { setNeedsAndOffers(input: $input) { code offers { description } } }`;

/** Every character class a person-entered text refuses, in the middle of a name. */
const REFUSED: [string, string][] = [
  ['a C0 control (BEL)', '\u0007'],
  ['a C0 control (line feed)', '\n'],
  ['a C1 control (NEL)', '\u0085'],
  ['a bidirectional override (RLO)', '\u202E'],
  ['a bidirectional isolate (LRI)', '\u2066'],
  ['a zero-width space', '\u200B'],
  ['a word joiner', '\u2060'],
  ['a byte order mark', '\uFEFF'],
];

/**
 * Clean input, as one mechanism (issue 12): a NUL anywhere is refused before anything runs, and
 * the texts people enter are refused with invisible or control characters and stored NFC.
 */
describe('clean input (GraphQL over HTTP)', () => {
  let api: TestApp;
  let member: TestAccount;
  let frAdmin: TestAccount;
  const nameOfMember = async () =>
    dataOf(await api.gql(MY_PROFILE, {}, { token: member.accessToken }), 'me').member;
  const updateMyProfile = (input: Record<string, unknown>) =>
    api.gql(UPDATE_MY_PROFILE, { input }, { token: member.accessToken });

  beforeAll(async () => {
    api = await startApp();
    member = await createTestAccount(api, { officeCode: 'FR', displayName: 'Ada Lovelace' });
    frAdmin = await createTestAccount(api, { role: Role.OFFICE_ADMIN, officeCode: 'FR' });
  });

  afterAll(() => api?.close());

  describe('a NUL character (U+0000)', () => {
    it('in an argument literal is BAD_USER_INPUT naming the argument (it was a 500)', async () => {
      const response = await api.gql(
        `{ member(id: "\\u0000") { id } }`,
        {},
        { token: member.accessToken },
      );
      expect(response.status).toBe(400);
      expect(response.data).toBeUndefined();
      expect(response.errors).toEqual([
        expect.objectContaining({
          message: 'id must not contain a NUL character (U+0000).',
          extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'id' }),
        }),
      ]);
    });

    it('in a variable is BAD_USER_INPUT naming the variable’s path, and writes nothing', async () => {
      const before = await nameOfMember();
      const byId = await api.gql(
        `query ($memberId: ID!) { member(id: $memberId) { id } }`,
        { memberId: `${before.id}\u0000` },
        { token: member.accessToken },
      );
      expect(byId.status).toBe(400);
      expect(errorOf(byId)?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'memberId',
      });

      const update = await updateMyProfile({ fullName: 'Ada\u0000 Lovelace', title: 'CIO' });
      expect(update.status).toBe(400);
      expect(update.data).toBeUndefined();
      expect(errorOf(update)).toMatchObject({
        message: 'fullName must not contain a NUL character (U+0000).',
        extensions: { code: 'BAD_USER_INPUT', field: 'fullName' },
      });
      expect(await nameOfMember()).toEqual(before);
    });

    it('in an input field literal, however deep, is BAD_USER_INPUT naming its path, and writes nothing', async () => {
      const before = await nameOfMember();
      const update = await api.gql(
        `mutation { updateMyProfile(input: { fullName: "Ada\\u0000", title: "CIO" }) { id } }`,
        {},
        { token: member.accessToken },
      );
      expect(errorOf(update)?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'fullName',
      });
      expect(await nameOfMember()).toEqual(before);

      const office = await api.gql(
        `mutation { updateOffice(input: { code: "FR", names: [{ language: "en", text: "INPI" }, { language: "fr", text: "\\u0000" }] }) { code } }`,
        {},
        { token: frAdmin.accessToken },
      );
      expect(errorOf(office)?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'names.1.text',
      });
      const [row] = await api.app
        .get(DataSource)
        .query(`SELECT names FROM office WHERE code = 'FR'`);
      expect(JSON.stringify(row.names)).not.toContain('\\u0000');
    });
  });

  describe('one-line texts (names, titles, labels)', () => {
    it.each(REFUSED)('refuse %s in a name, naming the field', async (_name, character) => {
      const before = await nameOfMember();
      const response = await updateMyProfile({ fullName: `Ada${character}Lovelace` });
      expect(response.status).toBe(200);
      expect(errorOf(response)).toMatchObject({
        message: 'fullName must not contain invisible or control characters.',
        extensions: { code: 'BAD_USER_INPUT', field: 'fullName' },
      });
      expect(await nameOfMember()).toEqual(before);
    });

    it('refuse them in every one-line text: a title, an office name, a link label, a system, the acronym, an invited person’s name', async () => {
      expect(errorOf(await updateMyProfile({ title: 'C\u202ETO' }))?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'title',
      });
      const office = (input: Record<string, unknown>) =>
        api.gql(UPDATE_OFFICE, { input: { code: 'FR', ...input } }, { token: frAdmin.accessToken });
      const fields = async (input: Record<string, unknown>) =>
        errorOf(await office(input))?.extensions['field'];
      expect(await fields({ names: [{ language: 'en', text: 'IN\u2067PI' }] })).toBe(
        'names.0.text',
      );
      expect(
        await fields({ links: [{ label: 'Open\u200Bdata', url: 'https://data.inpi.fr' }] }),
      ).toBe('links.0.label');
      expect(await fields({ businessSystems: ['IPAS', 'in\u0085house'] })).toBe('businessSystems');
      expect(await fields({ acronym: 'IN\uFEFFPI' })).toBe('acronym');

      const invitation = dataOf(
        await api.gql(
          `mutation { createInvitation(input: { email: "nadia@inpi.example", officeCode: "FR", role: MEMBER }) { token } }`,
          {},
          { token: frAdmin.accessToken },
        ),
        'createInvitation',
      );
      const accept = await api.gql(
        `mutation ($token: String!) { acceptInvitation(input: { token: $token, fullName: "Nadia\\u202E", password: "a long enough password", preferredLanguage: "fr" }) { accessToken } }`,
        { token: invitation.token },
      );
      expect(errorOf(accept)?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'fullName',
      });
    });

    it('refuse them in addresses people follow or write to: a contact email, a website, a link, an invitation’s email', async () => {
      expect(
        errorOf(await updateMyProfile({ contactEmail: 'moc.knab\u202E@evil.example' }))?.extensions,
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contactEmail' });
      const office = (input: Record<string, unknown>) =>
        api.gql(UPDATE_OFFICE, { input: { code: 'FR', ...input } }, { token: frAdmin.accessToken });
      expect(
        errorOf(await office({ website: 'https://inpi.example/\u202Efdp.exe' }))?.extensions,
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'website' });
      expect(
        errorOf(
          await office({ links: [{ label: 'Report', url: 'https://inpi.example/\u202Efdp.exe' }] }),
        )?.extensions,
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'links.0.url' });
      const invitation = await api.gql(
        `mutation ($input: CreateInvitationInput!) { createInvitation(input: $input) { token } }`,
        { input: { email: 'nadia\u202E@inpi.example', officeCode: 'FR', role: 'MEMBER' } },
        { token: frAdmin.accessToken },
      );
      expect(errorOf(invitation)?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'email',
      });
    });

    it('keep ZWNJ and ZWJ, which Persian and Indic scripts need', async () => {
      const persian = 'مهدی\u200Cزاده';
      const devanagari = 'क्\u200Dष';
      const profile = dataOf(
        await updateMyProfile({ fullName: persian, title: devanagari }),
        'updateMyProfile',
      );
      expect(profile).toMatchObject({ fullName: persian, title: devanagari });
      expect(await nameOfMember()).toMatchObject({ fullName: persian, title: devanagari });
    });

    it('store an Arabic name already in NFC unchanged', async () => {
      const arabic = 'مكتب البراءات';
      const office = dataOf(
        await api.gql(
          UPDATE_OFFICE,
          {
            input: {
              code: 'FR',
              names: [
                { language: 'en', text: 'National Institute of Industrial Property' },
                { language: 'ar', text: arabic },
              ],
            },
          },
          { token: frAdmin.accessToken },
        ),
        'updateOffice',
      );
      expect(office.names.translations).toContainEqual({ language: 'ar', text: arabic });
      const [row] = await api.app
        .get(DataSource)
        .query(`SELECT names ->> 'ar' AS ar FROM office WHERE code = 'FR'`);
      expect(row.ar).toBe(arabic);
    });

    it('store a decomposed text NFC, trimmed', async () => {
      const profile = dataOf(
        await updateMyProfile({ fullName: '  Ame\u0301lie Lovelace ' }),
        'updateMyProfile',
      );
      expect(profile.fullName).toBe('Am\u00E9lie Lovelace');
      const [row] = await api.app
        .get(DataSource)
        .query(`SELECT full_name FROM member WHERE id = $1`, [profile.id]);
      expect(row.full_name).toBe('Am\u00E9lie Lovelace');
    });
  });

  describe('multi-line texts (bios, descriptions, notes)', () => {
    it('keep their line breaks, each stored as \\n', async () => {
      const profile = dataOf(
        await updateMyProfile({ bio: 'First line\r\nsecond line\n\nAfter a blank line\rlast.\n' }),
        'updateMyProfile',
      );
      expect(profile.bio).toBe('First line\nsecond line\n\nAfter a blank line\nlast.');
      expect((await nameOfMember()).bio).toBe(profile.bio);
    });

    it('refuse a bidirectional override or another control character, naming the field', async () => {
      const before = await nameOfMember();
      for (const bio of ['Two\nlines \u202Eevil', 'A\ttab']) {
        expect(errorOf(await updateMyProfile({ bio }))).toMatchObject({
          message: 'bio must not contain invisible or control characters.',
          extensions: { code: 'BAD_USER_INPUT', field: 'bio' },
        });
      }
      expect(await nameOfMember()).toEqual(before);

      const office = await api.gql(
        UPDATE_OFFICE,
        { input: { code: 'FR', description: 'Line one\nline \u2066two' } },
        { token: frAdmin.accessToken },
      );
      expect(errorOf(office)?.extensions['field']).toBe('description');
      const offer = await api.gql(
        SET_NEEDS_AND_OFFERS,
        {
          input: {
            officeCode: 'FR',
            offers: [{ dimension: 'DATA', description: 'Help\u200B with data' }],
          },
        },
        { token: frAdmin.accessToken },
      );
      expect(errorOf(offer)?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'offers.0.description',
      });
      const draft = await api.gql(
        `mutation ($input: MaturityAssessmentInput!) { saveMaturityAssessmentDraft(input: $input) { id } }`,
        {
          input: {
            officeCode: 'FR',
            levels: [{ dimension: 'SECURITY', level: 3, evidence: 'ISO 27001\n\u2060audit' }],
          },
        },
        { token: frAdmin.accessToken },
      );
      expect(errorOf(draft)?.extensions['field']).toBe('levels.0.evidence');
      const standard = await api.gql(
        `mutation ($input: SetStandardAdoptionInput!) { setStandardAdoption(input: $input) { comment } }`,
        {
          input: {
            officeCode: 'FR',
            standard: 'ST.26',
            status: 'PARTIAL',
            comment: 'Planned\r\nfor \u202Dnext year',
          },
        },
        { token: frAdmin.accessToken },
      );
      expect(errorOf(standard)?.extensions['field']).toBe('comment');
    });
  });

  describe('a search of punctuation alone', () => {
    it('is no search: every office and member, in the default order, and no relevance', async () => {
      const all = async (list: 'offices' | 'members', search?: string) =>
        dataOf(
          await api.gql(
            `query ($filter: ${list === 'offices' ? 'OfficeFilterInput' : 'MemberFilterInput'}) { ${list}(filter: $filter, first: 5) { totalCount edges { cursor } } }`,
            { filter: search === undefined ? null : { search } },
            { token: member.accessToken },
          ),
          list,
        );
      for (const list of ['offices', 'members'] as const) {
        expect(await all(list, '!?… -- «» ...')).toEqual(await all(list));
      }
      const relevance = await api.gql(
        `{ offices(filter: { search: "!!!" }, orderBy: { field: RELEVANCE }) { totalCount } }`,
        {},
        { token: member.accessToken },
      );
      expect(errorOf(relevance)?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'orderBy.field',
      });
    });
  });
});
