import { createTestAccount, dataOf, errorOf, TestApp } from '@wild/api/testing';
import { MATURITY_DIMENSIONS } from '@wild/shared/domain';

import { startApp } from './support/start-app';

const MODEL = `query ($version: Int, $language: String) {
  maturityModel(version: $version, language: $language) {
    version inForce language
    levels { level name }
    dimensions { dimension name description levels { level name descriptor } }
  }
}`;

describe('the maturity model (GraphQL over HTTP)', () => {
  let api: TestApp;
  let token: string;

  beforeAll(async () => {
    api = await startApp();
    token = (await createTestAccount(api)).accessToken;
  });

  afterAll(() => api?.close());

  it('gives the version in force: ten dimensions, five described levels each, in English by default', async () => {
    const model = dataOf(await api.gql(MODEL, {}, { token }), 'maturityModel');
    expect(model).toMatchObject({ version: 1, inForce: true, language: 'en' });
    expect(model.levels).toEqual([
      { level: 1, name: 'Ad hoc' },
      { level: 2, name: 'Digitised' },
      { level: 3, name: 'Defined' },
      { level: 4, name: 'Integrated' },
      { level: 5, name: 'Optimising' },
    ]);
    expect(model.dimensions.map((dimension: { dimension: string }) => dimension.dimension)).toEqual(
      MATURITY_DIMENSIONS,
    );
    for (const dimension of model.dimensions) {
      expect(dimension.name.length).toBeGreaterThan(3);
      expect(dimension.levels.map((level: { level: number }) => level.level)).toEqual([
        1, 2, 3, 4, 5,
      ]);
      const descriptors = dimension.levels.map((level: { descriptor: string }) => level.descriptor);
      expect(new Set(descriptors).size).toBe(5);
      for (const descriptor of descriptors) expect(descriptor.length).toBeGreaterThan(20);
    }
  });

  it('reads in French, asked by Accept-Language or by the argument, with English as the fallback', async () => {
    const byHeader = dataOf(
      await api.gql(MODEL, {}, { token, headers: { 'Accept-Language': 'fr-CH, fr;q=0.9' } }),
      'maturityModel',
    );
    const byArgument = dataOf(await api.gql(MODEL, { language: 'fr' }, { token }), 'maturityModel');
    const english = dataOf(
      await api.gql(MODEL, { language: 'en' }, { token, headers: { 'Accept-Language': 'fr' } }),
      'maturityModel',
    );
    expect(byHeader).toEqual(byArgument);
    expect(byArgument.language).toBe('fr');
    expect(byArgument.levels[1]).toEqual({ level: 2, name: 'Numérisé' });
    expect(byArgument.dimensions[2].dimension).toBe('SECURITY');
    expect(byArgument.dimensions[2].levels[0].descriptor).not.toBe(
      english.dimensions[2].levels[0].descriptor,
    );
    const fallback = dataOf(await api.gql(MODEL, { language: 'de' }, { token }), 'maturityModel');
    expect(fallback.language).toBe('en');
    expect(fallback.dimensions).toEqual(english.dimensions);
  });

  it('refuses an unknown version, a malformed language and an anonymous caller', async () => {
    expect(errorOf(await api.gql(MODEL, { version: 99 }, { token }))).toMatchObject({
      message: 'There is no version 99 of the maturity model.',
      extensions: { code: 'NOT_FOUND' },
    });
    expect(errorOf(await api.gql(MODEL, { version: 0 }, { token }))).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'version' },
    });
    expect(errorOf(await api.gql(MODEL, { language: 'french' }, { token }))).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'language' },
    });
    expect(errorOf(await api.gql(MODEL, {}))?.extensions.code).toBe('UNAUTHENTICATED');
  });
});
