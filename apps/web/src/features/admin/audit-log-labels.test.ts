import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import en from '../../i18n/en.json';
import fr from '../../i18n/fr.json';
import {
  actionMessageId,
  AUDIT_ACTIONS,
  AUDIT_ENTITIES,
  entityMessageId,
} from './audit-log-labels';

/*
 * The web app copies the API's audit catalogue (it cannot import the API's code): these read the
 * API's sources, so that an action or a kind of thing added there fails here until it is named in
 * both languages.
 */
const ROOT = join(__dirname, '../../../../..');
const CATALOGUE = join(ROOT, 'libs/api/core/src/lib/audit/audit-trail.ts');
const API_LIBS = join(ROOT, 'libs/api');

function apiActions(): string[] {
  const source = readFileSync(CATALOGUE, 'utf8');
  const list = /export const AUDIT_ACTIONS = \[([\s\S]*?)\] as const/.exec(source)?.[1];
  if (!list) throw new Error(`AUDIT_ACTIONS not found in ${CATALOGUE}`);
  return [...list.replace(/\/\/.*$/gm, '').matchAll(/'([^']+)'/g)].map((match) => match[1] ?? '');
}

function sources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sources(path);
    return /\.ts$/.test(name) && !/\.spec\.ts$/.test(name) ? [path] : [];
  });
}

/** Every `entity: '…'` of a record written to the trail, in the API's libs. */
function apiEntities(): string[] {
  const found = new Set<string>();
  for (const file of sources(API_LIBS)) {
    const source = readFileSync(file, 'utf8');
    if (!source.includes('action:')) continue;
    for (const match of source.matchAll(/\bentity: '([a-z_]+)'/g)) found.add(match[1] ?? '');
  }
  return [...found].sort();
}

const catalogues: Record<string, Record<string, string>> = { en, fr };

describe('the audit log labels', () => {
  it("list exactly the API's catalogue of actions", () => {
    const actions = apiActions();
    expect(actions.length).toBeGreaterThan(20);
    expect([...AUDIT_ACTIONS].sort()).toEqual([...actions].sort());
  });

  it.each(['en', 'fr'])('name every action in %s', (locale) => {
    const catalogue = catalogues[locale] ?? {};
    const missing = apiActions().filter((action) => !catalogue[actionMessageId(action)]);
    expect(missing).toEqual([]);
  });

  it('say every action differently in French', () => {
    const same = AUDIT_ACTIONS.filter(
      (action) =>
        (en as Record<string, string>)[actionMessageId(action)] ===
        (fr as Record<string, string>)[actionMessageId(action)],
    );
    expect(same).toEqual([]);
  });

  it('know every kind of thing the API records, in both languages', () => {
    const entities = apiEntities();
    expect(entities).toContain('office');
    expect(
      entities.filter((entity) => !(AUDIT_ENTITIES as readonly string[]).includes(entity)),
    ).toEqual([]);
    for (const entity of AUDIT_ENTITIES) {
      expect(en).toHaveProperty([entityMessageId(entity)]);
      expect(fr).toHaveProperty([entityMessageId(entity)]);
    }
  });
});
