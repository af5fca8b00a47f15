import { DataSource } from 'typeorm';

import {
  hasExpertiseCondition,
  joinMemberExpertise,
  MemberExpertiseEntity,
} from '@wild/api/members';
import { createTestAccount, dataOf, errorOf, TestAccount, TestApp } from '@wild/api/testing';
import { Role } from '@wild/shared/domain';

import { startApp } from './support/start-app';

const ME = `{ me { email office { code name } member { id fullName officeCode languages } } }`;
const MEMBER = `query ($id: ID!) { member(id: $id) { id fullName title position officeCode hidden expertise { area level } office { code } } }`;
const UPDATE_MY_PROFILE = `mutation ($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { id fullName title position languages timeZone availableToMentor contactVisibility hidden expertise { area level } } }`;
const UPDATE_MEMBER = `mutation ($input: UpdateMemberInput!) { updateMember(input: $input) { id title position } }`;
const UPDATE_OFFICE = `mutation ($input: UpdateOfficeInput!) { updateOffice(input: $input) { code staffSize ictStaffSize businessSystems mentoringCapacity description languages names { en fr translations { language text } } links { label url } } }`;

describe('offices and members (GraphQL over HTTP)', () => {
  let api: TestApp;
  let frAdmin: TestAccount;
  let deAdmin: TestAccount;
  let frMember: TestAccount;
  let deMember: TestAccount;
  let broker: TestAccount;
  const memberIdOf = async (account: TestAccount) =>
    dataOf(await api.gql(ME, {}, { token: account.accessToken }), 'me').member.id;
  const audit = async (filter: Record<string, unknown>, token = broker.accessToken) =>
    (
      await api.gql(
        `query ($filter: AuditLogFilterInput) { auditLog(filter: $filter, first: 50) { edges { node { action actorId changes { field before after } } } } }`,
        { filter },
        { token },
      )
    ).data?.['auditLog'].edges.map((edge: { node: unknown }) => edge.node);

  beforeAll(async () => {
    api = await startApp();
    frAdmin = await createTestAccount(api, {
      role: Role.OFFICE_ADMIN,
      officeCode: 'FR',
      displayName: 'Francine Admin',
    });
    deAdmin = await createTestAccount(api, {
      role: Role.OFFICE_ADMIN,
      officeCode: 'DE',
      displayName: 'Dieter Admin',
    });
    frMember = await createTestAccount(api, {
      role: Role.MEMBER,
      officeCode: 'FR',
      displayName: 'Fabien Member',
    });
    deMember = await createTestAccount(api, {
      role: Role.MEMBER,
      officeCode: 'DE',
      displayName: 'Dora Member',
    });
    broker = await createTestAccount(api, { role: Role.BROKER });
  });

  afterAll(() => api?.close());

  describe('me', () => {
    it('gives every account its office and its member profile', async () => {
      const me = dataOf(await api.gql(ME, {}, { token: frMember.accessToken }), 'me');
      expect(me).toMatchObject({
        email: frMember.email,
        office: { code: 'FR', name: 'National Institute of Industrial Property' },
        member: { fullName: 'Fabien Member', officeCode: 'FR', languages: ['en'] },
      });
    });

    it('links a profile imported earlier for the same email when the person joins', async () => {
      const [imported] = await api.app
        .get(DataSource)
        .query(
          `INSERT INTO member (office_code, email, full_name, title) VALUES ('FR', 'imported@inpi.example', 'Ines Imported', 'CTO') RETURNING id`,
        );
      const created = dataOf(
        await api.gql(
          `mutation { createInvitation(input: { email: "imported@inpi.example", officeCode: "FR", role: MEMBER }) { token } }`,
          {},
          { token: frAdmin.accessToken },
        ),
        'createInvitation',
      );
      const accepted = dataOf(
        await api.gql(
          `mutation ($token: String!) { acceptInvitation(input: { token: $token, fullName: "Ines I.", password: "a long enough password", preferredLanguage: "fr" }) { accessToken } }`,
          { token: created.token },
        ),
        'acceptInvitation',
      );
      const me = dataOf(await api.gql(ME, {}, { token: accepted.accessToken }), 'me');
      expect(me.member).toMatchObject({ id: imported.id, fullName: 'Ines Imported' });
    });
  });

  describe('expertise areas', () => {
    it('names each area in the asked language, else the caller’s, else English, and in all', async () => {
      const query = `{ expertiseAreas { code name english: name(language: "en") names { en fr } } }`;
      const response = await api.gql(
        query,
        {},
        { token: frMember.accessToken, headers: { 'Accept-Language': 'fr-FR, fr;q=0.9' } },
      );
      const devops = dataOf(response, 'expertiseAreas').find(
        (area: { code: string }) => area.code === 'DEVOPS',
      );
      expect(devops).toEqual({
        code: 'DEVOPS',
        name: devops.names.fr,
        english: devops.names.en,
        names: { en: expect.any(String), fr: expect.any(String) },
      });
      expect(devops.names.fr).not.toBe(devops.names.en);
      expect(errorOf(await api.gql(query))?.extensions.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('offices', () => {
    it('lets an office admin update their office, audited field by field', async () => {
      const input = {
        code: 'fr',
        staffSize: 800,
        ictStaffSize: 60,
        businessSystems: ['in-house', 'WIPO DAS'],
        mentoringCapacity: 3,
        description: 'The French industrial property office.',
        languages: ['fr', 'en'],
        names: [
          { language: 'en', text: 'National Institute of Industrial Property' },
          { language: 'fr', text: 'Institut national de la propriété industrielle' },
          { language: 'es', text: 'Instituto Nacional de la Propiedad Industrial' },
        ],
        links: [{ label: 'Open data', url: 'https://data.inpi.fr' }],
        timeZone: 'Europe/Paris',
      };
      const office = dataOf(
        await api.gql(UPDATE_OFFICE, { input }, { token: frAdmin.accessToken }),
        'updateOffice',
      );
      expect(office).toMatchObject({
        code: 'FR',
        staffSize: 800,
        ictStaffSize: 60,
        businessSystems: ['in-house', 'WIPO DAS'],
        mentoringCapacity: 3,
        languages: ['fr', 'en'],
        links: [{ label: 'Open data', url: 'https://data.inpi.fr' }],
      });
      expect(office.names.translations).toContainEqual({
        language: 'es',
        text: 'Instituto Nacional de la Propiedad Industrial',
      });

      const entries = await audit({ entity: 'office', entityId: 'FR' });
      expect(entries[0]).toMatchObject({ action: 'office.updated', actorId: frAdmin.id });
      expect(entries[0].changes).toEqual(
        expect.arrayContaining([
          { field: 'staffSize', before: null, after: '800' },
          { field: 'mentoringCapacity', before: '2', after: '3' },
        ]),
      );
    });

    it('refuses an office admin editing another office, and a member editing any', async () => {
      const other = await api.gql(
        UPDATE_OFFICE,
        { input: { code: 'DE', staffSize: 1 } },
        { token: frAdmin.accessToken },
      );
      expect(errorOf(other)).toMatchObject({
        extensions: { code: 'FORBIDDEN' },
        message: 'Office admins may edit their own office only.',
      });
      const byMember = await api.gql(
        UPDATE_OFFICE,
        { input: { code: 'FR', staffSize: 1 } },
        { token: frMember.accessToken },
      );
      expect(errorOf(byMember)?.extensions.code).toBe('FORBIDDEN');
      const byBroker = await api.gql(
        UPDATE_OFFICE,
        { input: { code: 'DE', mentoringCapacity: 4 } },
        { token: broker.accessToken },
      );
      expect(dataOf(byBroker, 'updateOffice').mentoringCapacity).toBe(4);
    });

    it('refuses an unknown ST.3 code, an unknown language and a negative capacity, naming the field', async () => {
      const code = await api.gql(
        UPDATE_OFFICE,
        { input: { code: 'ZZ', staffSize: 1 } },
        { token: broker.accessToken },
      );
      expect(errorOf(code)).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', field: 'code' },
      });
      const language = await api.gql(
        UPDATE_OFFICE,
        { input: { code: 'FR', languages: ['fr', 'xx'] } },
        { token: frAdmin.accessToken },
      );
      expect(errorOf(language)).toMatchObject({
        message: 'Not ISO 639-1 language codes: xx.',
        extensions: { code: 'BAD_USER_INPUT', field: 'languages' },
      });
      const capacity = await api.gql(
        UPDATE_OFFICE,
        { input: { code: 'FR', mentoringCapacity: -1 } },
        { token: frAdmin.accessToken },
      );
      expect(errorOf(capacity)).toMatchObject({
        message: 'mentoringCapacity must not be negative.',
        extensions: { code: 'BAD_USER_INPUT', field: 'mentoringCapacity' },
      });
      // null for what an office always has: refused as missing (it was a 500 from the database)
      for (const field of [
        'mentoringCapacity',
        'languages',
        'businessSystems',
        'links',
        'names',
        'acronyms',
      ]) {
        const cleared = await api.gql(
          UPDATE_OFFICE,
          { input: { code: 'FR', [field]: null } },
          { token: frAdmin.accessToken },
        );
        expect(errorOf(cleared)).toMatchObject({
          extensions: { code: 'BAD_USER_INPUT', field, rule: 'required' },
        });
      }
      const office = dataOf(
        await api.gql(
          `{ office(code: "FR") { mentoringCapacity languages } }`,
          {},
          { token: frAdmin.accessToken },
        ),
        'office',
      );
      expect(office).toEqual({ mentoringCapacity: 3, languages: ['fr', 'en'] });
    });
  });

  describe('profiles', () => {
    it('lets a member update their own profile, audited with the changed fields', async () => {
      const input = {
        title: 'Chief Information Officer',
        position: 'CIO',
        languages: ['fr', 'en'],
        timeZone: 'Europe/Paris',
        availableToMentor: true,
        expertise: [
          { area: 'CLOUD_ARCHITECTURE', level: 3 },
          { area: 'DATA_GOVERNANCE', level: 2 },
        ],
        contactEmail: 'fabien@inpi.example',
        contactPhone: '+33 1 53 04 53 04',
      };
      const profile = dataOf(
        await api.gql(UPDATE_MY_PROFILE, { input }, { token: frMember.accessToken }),
        'updateMyProfile',
      );
      expect(profile).toMatchObject({
        title: 'Chief Information Officer',
        position: 'CIO',
        languages: ['fr', 'en'],
        availableToMentor: true,
        contactVisibility: 'RESTRICTED',
        expertise: [
          { area: 'CLOUD_ARCHITECTURE', level: 3 },
          { area: 'DATA_GOVERNANCE', level: 2 },
        ],
      });
      const entries = await audit({ entity: 'member', entityId: profile.id });
      expect(entries[0]).toMatchObject({ action: 'member.updated', actorId: frMember.id });
      expect(entries[0].changes.map((change: { field: string }) => change.field)).toEqual(
        expect.arrayContaining([
          'title',
          'position',
          'languages',
          'timeZone',
          'availableToMentor',
          'contactEmail',
          'contactPhone',
          'expertise',
        ]),
      );
    });

    it('refuses setting the role or the office through updateMyProfile, and changes nothing', async () => {
      for (const field of ['role: ADMIN', 'officeCode: "DE"', 'accountId: "x"']) {
        const response = await api.gql(
          `mutation { updateMyProfile(input: { title: "Hacker", ${field} }) { id } }`,
          {},
          { token: frMember.accessToken },
        );
        expect(response.status).toBe(400);
        expect(errorOf(response)?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      }
      const me = dataOf(
        await api.gql(
          `{ me { role officeCode member { title officeCode } } }`,
          {},
          { token: frMember.accessToken },
        ),
        'me',
      );
      expect(me).toEqual({
        role: 'MEMBER',
        officeCode: 'FR',
        member: { title: 'Chief Information Officer', officeCode: 'FR' },
      });
    });

    it('refuses bad profile input naming the field', async () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ languages: ['zz'] }, 'languages'],
        [{ timeZone: 'Mars/Olympus' }, 'timeZone'],
        [{ expertise: [{ area: 'ASTROLOGY', level: 2 }] }, 'expertise'],
        [{ expertise: [{ area: 'DEVOPS', level: 4 }] }, 'expertise.0.level'],
        [{ fullName: null }, 'fullName'],
        [{ fullName: '   ' }, 'fullName'],
        [{ contactEmail: 'nope' }, 'contactEmail'],
      ];
      for (const [input, field] of cases) {
        const response = await api.gql(
          UPDATE_MY_PROFILE,
          { input },
          { token: frMember.accessToken },
        );
        expect(errorOf(response)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field } });
      }
      expect(
        dataOf(await api.gql(ME, {}, { token: frMember.accessToken }), 'me').member.fullName,
      ).toBe('Fabien Member');
    });

    it('keeps names and texts without the spaces around them', async () => {
      const updated = dataOf(
        await api.gql(
          UPDATE_MY_PROFILE,
          { input: { fullName: '  Fabien   Member ', title: ' CIO ', bio: '\n Cloud.\n' } },
          { token: frMember.accessToken },
        ),
        'updateMyProfile',
      );
      expect(updated).toMatchObject({ fullName: 'Fabien   Member', title: 'CIO' });
      await api.gql(
        UPDATE_MY_PROFILE,
        { input: { fullName: 'Fabien Member', title: 'Chief Information Officer' } },
        { token: frMember.accessToken },
      );
    });

    it('shows contact details only to the member, brokers and admins; the rest of the profile to all', async () => {
      const id = await memberIdOf(frMember);
      const query = `query ($id: ID!) { member(id: $id) { fullName title contactEmail contactPhone } }`;
      const byOther = await api.gql(query, { id }, { token: deMember.accessToken });
      expect(byOther.data?.['member']).toEqual({
        fullName: 'Fabien Member',
        title: 'Chief Information Officer',
        contactEmail: null,
        contactPhone: null,
      });
      expect(byOther.errors?.map((error) => [error.path, error.extensions.code])).toEqual([
        [['member', 'contactEmail'], 'FORBIDDEN'],
        [['member', 'contactPhone'], 'FORBIDDEN'],
      ]);
      for (const reader of [frMember, broker]) {
        const allowed = await api.gql(query, { id }, { token: reader.accessToken });
        expect(allowed.errors).toBeUndefined();
        expect(allowed.data?.['member']).toMatchObject({
          contactEmail: 'fabien@inpi.example',
          contactPhone: '+33 1 53 04 53 04',
        });
      }
      // the member may open them to the whole network
      await api.gql(
        UPDATE_MY_PROFILE,
        { input: { contactVisibility: 'NETWORK' } },
        { token: frMember.accessToken },
      );
      const opened = await api.gql(query, { id }, { token: deMember.accessToken });
      expect(opened.errors).toBeUndefined();
      expect(opened.data?.['member'].contactEmail).toBe('fabien@inpi.example');
      await api.gql(
        UPDATE_MY_PROFILE,
        { input: { contactVisibility: 'RESTRICTED' } },
        { token: frMember.accessToken },
      );
    });

    it('hides a hidden profile from other members (NOT_FOUND, and absent from lists and counts)', async () => {
      const hiddenAccount = await createTestAccount(api, {
        role: Role.MEMBER,
        officeCode: 'DE',
        displayName: 'Hilde Hidden',
      });
      const id = await memberIdOf(hiddenAccount);
      dataOf(
        await api.gql(
          UPDATE_MY_PROFILE,
          { input: { hidden: true } },
          { token: hiddenAccount.accessToken },
        ),
        'updateMyProfile',
      );

      const byOther = await api.gql(MEMBER, { id }, { token: frMember.accessToken });
      expect(errorOf(byOther)).toMatchObject({
        message: 'No such member.',
        extensions: { code: 'NOT_FOUND' },
      });
      const unknown = await api.gql(
        MEMBER,
        { id: '00000000-0000-4000-8000-000000000000' },
        { token: frMember.accessToken },
      );
      expect(errorOf(unknown)).toEqual({ ...errorOf(byOther), locations: expect.anything() });

      const list = `{ office(code: "DE") { members(first: 100) { totalCount edges { node { fullName } } } } }`;
      const seenByMember = dataOf(
        await api.gql(list, {}, { token: frMember.accessToken }),
        'office',
      ).members;
      expect(
        seenByMember.edges.map((edge: { node: { fullName: string } }) => edge.node.fullName),
      ).not.toContain('Hilde Hidden');
      expect(seenByMember.totalCount).toBe(seenByMember.edges.length);
      for (const privileged of [broker, deAdmin, hiddenAccount]) {
        expect(
          dataOf(await api.gql(MEMBER, { id }, { token: privileged.accessToken }), 'member')
            .fullName,
        ).toBe('Hilde Hidden');
        const seen = dataOf(
          await api.gql(list, {}, { token: privileged.accessToken }),
          'office',
        ).members;
        expect(seen.totalCount).toBe(seenByMember.totalCount + 1);
      }
    });

    it('lets an office admin update members of their office, but not their contact details nor other offices', async () => {
      const id = await memberIdOf(frMember);
      const updated = await api.gql(
        UPDATE_MEMBER,
        { input: { memberId: id, title: 'CIO and CISO', position: 'CISO' } },
        { token: frAdmin.accessToken },
      );
      expect(dataOf(updated, 'updateMember')).toEqual({
        id,
        title: 'CIO and CISO',
        position: 'CISO',
      });
      const contact = await api.gql(
        `mutation ($id: ID!) { updateMember(input: { memberId: $id, contactEmail: "x@y.example" }) { id } }`,
        { id },
        { token: frAdmin.accessToken },
      );
      expect(errorOf(contact)?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const otherOffice = await api.gql(
        UPDATE_MEMBER,
        { input: { memberId: id, title: 'x' } },
        { token: deAdmin.accessToken },
      );
      expect(errorOf(otherOffice)?.extensions.code).toBe('FORBIDDEN');
      const byMember = await api.gql(
        UPDATE_MEMBER,
        { input: { memberId: await memberIdOf(deMember), title: 'x' } },
        { token: frMember.accessToken },
      );
      expect(errorOf(byMember)?.extensions.code).toBe('FORBIDDEN');
      const entries = await audit({ entity: 'member', entityId: id, actor: frAdmin.id });
      expect(entries[0]).toMatchObject({
        action: 'member.updated',
        changes: expect.arrayContaining([
          { field: 'title', before: '"Chief Information Officer"', after: '"CIO and CISO"' },
        ]),
      });
    });

    it('keeps the audit log from members', async () => {
      const response = await api.gql(
        `{ auditLog { totalCount } }`,
        {},
        { token: frMember.accessToken },
      );
      expect(errorOf(response)?.extensions.code).toBe('FORBIDDEN');
      const byOfficeAdmin = await api.gql(
        `{ auditLog { totalCount } }`,
        {},
        { token: frAdmin.accessToken },
      );
      expect(errorOf(byOfficeAdmin)?.extensions.code).toBe('FORBIDDEN');
    });
  });
});

describe('the members of every office of a list', () => {
  let api: TestApp;
  let jpMember: TestAccount;
  let broker: TestAccount;

  const OFFICE_MEMBERS = `query ($first: Int) {
    offices(filter: { countries: ["AT", "CH", "SE"] }, orderBy: { field: NAME }) {
      edges { node { code members(first: $first) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { fullName } }
      } } }
    }
  }`;
  const membersByOffice = async (account: TestAccount, first = 2) => {
    const offices = dataOf(
      await api.gql(OFFICE_MEMBERS, { first }, { token: account.accessToken }),
      'offices',
    );
    return Object.fromEntries(
      offices.edges.map((edge: { node: { code: string; members: Record<string, any> } }) => [
        edge.node.code,
        {
          totalCount: edge.node.members['totalCount'],
          hasNextPage: edge.node.members['pageInfo'].hasNextPage,
          endCursor: edge.node.members['pageInfo'].endCursor,
          names: edge.node.members['edges'].map(
            (member: { node: { fullName: string } }) => member.node.fullName,
          ),
        },
      ]),
    );
  };

  beforeAll(async () => {
    api = await startApp();
    jpMember = await createTestAccount(api, { role: Role.MEMBER, officeCode: 'JP' });
    broker = await createTestAccount(api, { role: Role.BROKER });
    await api.app.get(DataSource).query(`
      INSERT INTO member (office_code, email, full_name, hidden) VALUES
        ('AT', 'carl@at.example', 'Carl Gamma', false),
        ('AT', 'anna@at.example', 'Anna Alpha', false),
        ('AT', 'bert@at.example', 'Bert Beta', false),
        ('CH', 'dora@ch.example', 'Dora Delta', false),
        ('CH', 'hugo@ch.example', 'Hugo Hidden', true)`);
  });

  afterAll(() => api?.close());

  it('gives each office its own page of the members the caller may see, by name', async () => {
    const seen = await membersByOffice(jpMember);
    // WIPO (WO) and UPOV (XU) are in CH too, with the broker's profile in WO
    expect(seen).toMatchObject({
      AT: {
        totalCount: 3,
        hasNextPage: true,
        endCursor: expect.any(String),
        names: ['Anna Alpha', 'Bert Beta'],
      },
      WO: { totalCount: 1, names: ['Test BROKER'] },
      CH: {
        totalCount: 1,
        hasNextPage: false,
        endCursor: expect.any(String),
        names: ['Dora Delta'],
      },
      SE: { totalCount: 0, hasNextPage: false, endCursor: null, names: [] },
    });

    // the cursor of a listed office's page reads on in that office alone
    const next = dataOf(
      await api.gql(
        `query ($after: String) { office(code: "AT") { members(first: 2, after: $after) {
          totalCount pageInfo { hasNextPage hasPreviousPage } edges { node { fullName } } } } }`,
        { after: seen['AT'].endCursor },
        { token: jpMember.accessToken },
      ),
      'office',
    ).members;
    expect(next).toEqual({
      totalCount: 3,
      pageInfo: { hasNextPage: false, hasPreviousPage: true },
      edges: [{ node: { fullName: 'Carl Gamma' } }],
    });

    // the International Bureau sees the hidden profile too
    expect((await membersByOffice(broker, 5))['CH']).toMatchObject({
      totalCount: 2,
      names: ['Dora Delta', 'Hugo Hidden'],
    });
  });

  it('refuses a page size out of range and a cursor of another list', async () => {
    const tooMany = await api.gql(OFFICE_MEMBERS, { first: 101 }, { token: jpMember.accessToken });
    expect(errorOf(tooMany)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const foreign = await api.gql(
      `{ office(code: "AT") { members(first: 2, after: "WyJ4eHh4eHh4eCIsIkFubmEiLCIxIl0") { totalCount } } }`,
      {},
      { token: jpMember.accessToken },
    );
    expect(errorOf(foreign)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('demo data', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startApp({ env: { DEMO_DATA: 'true' } });
  });

  afterAll(() => api?.close());

  it('has at least 120 real offices and 150 invented members, every invented row marked illustrative', async () => {
    const db = api.app.get(DataSource);
    const [offices] = await db.query(
      `SELECT count(*)::int AS n, array_agg(code) AS codes FROM office`,
    );
    expect(offices.n).toBeGreaterThanOrEqual(120);
    expect(offices.codes).toEqual(
      expect.arrayContaining([
        'WO',
        'EP',
        'EM',
        'AP',
        'OA',
        'EA',
        'GC',
        'FR',
        'US',
        'JP',
        'CN',
        'KR',
        'BR',
        'MA',
      ]),
    );
    const [members] = await db.query(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE NOT illustrative)::int AS real FROM member`,
    );
    expect(members.n).toBeGreaterThanOrEqual(150);
    expect(members.real).toBe(0);
    const [profiles] = await db.query(
      `SELECT count(*)::int AS n FROM office WHERE staff_size IS NOT NULL AND NOT illustrative`,
    );
    expect(profiles.n).toBe(0);
  });

  it('lends later libs SQL over expertise that reads what the entity holds', async () => {
    const db = api.app.get(DataSource);
    const rows = async (text: string, parameters: Record<string, unknown> = {}) => {
      const [query, values] = db.driver.escapeQueryWithParameters(text, parameters);
      return (await db.query(query, values)).map((row: { value: string }) => row.value).sort();
    };
    const expertise = await db.getRepository(MemberExpertiseEntity).find();
    const area = expertise[0].area;
    const experts = [
      ...new Set(
        expertise.filter((row) => row.area === area && row.level >= 2).map((row) => row.memberId),
      ),
    ].sort();
    expect(experts.length).toBeGreaterThan(0);
    const has = hasExpertiseCondition('member.id', area, 2, '0');
    expect(
      await rows(
        `SELECT member.id::text AS value FROM member WHERE ${has.condition}`,
        has.parameters,
      ),
    ).toEqual(experts);

    const joined = joinMemberExpertise('member.id');
    expect(
      await rows(`SELECT member.id || ' ' || ${joined.area} AS value FROM member ${joined.join}`),
    ).toEqual(expertise.map((row) => `${row.memberId} ${row.area}`).sort());
  });

  it('reads a page of 50 members with office and expertise in as many statements as a page of 5', async () => {
    const admin = await createTestAccount(api, { role: Role.ADMIN });
    await api.app.get(DataSource).query(`
      WITH added AS (
        INSERT INTO member (office_code, email, full_name, illustrative)
        SELECT 'DE', 'bulk' || n || '@dpma.example', 'Bulk Member ' || lpad(n::text, 3, '0'), true
        FROM generate_series(1, 60) AS n RETURNING id)
      INSERT INTO member_expertise (member_id, area, level) SELECT id, 'DEVOPS', 2 FROM added`);
    const query = `query ($first: Int) { office(code: "DE") { members(first: $first) { totalCount edges { node { fullName office { code } expertise { area level } } } } } }`;
    await api.gql(`{ me { id } }`, {}, { token: admin.accessToken }); // the session check is cached from here on
    const five = await api.gql(query, { first: 5 }, { token: admin.accessToken });
    const fifty = await api.gql(query, { first: 50 }, { token: admin.accessToken });
    expect(fifty.errors).toBeUndefined();
    expect(fifty.data?.['office'].members.edges).toHaveLength(50);
    expect(five.statements).toBeGreaterThan(0);
    expect(fifty.statements).toBe(five.statements);
  });
});
