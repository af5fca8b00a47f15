import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';

const folder = __dirname;
const read = (file: string): Record<string, string> =>
  JSON.parse(readFileSync(join(folder, file), 'utf8'));
const english = read('en.json');
const others = readdirSync(folder).filter((file) => file.endsWith('.json') && file !== 'en.json');

describe('message catalogues', () => {
  it('has French at least', () => {
    expect(others).toContain('fr.json');
  });

  it.each(others)('%s has every id of the English catalogue, and no other', (file) => {
    const catalogue = read(file);
    expect(Object.keys(english).filter((id) => !(id in catalogue))).toEqual([]);
    expect(Object.keys(catalogue).filter((id) => !(id in english))).toEqual([]);
  });

  it.each(['en.json', ...others])(
    '%s holds valid ICU messages with the same arguments as English',
    (file) => {
      const catalogue = read(file);
      for (const [id, message] of Object.entries(catalogue)) {
        const argumentsOf = (text: string) =>
          [
            ...new Set(
              parse(text).flatMap((element) =>
                'value' in element && element.type !== 0 ? [String(element.value)] : [],
              ),
            ),
          ].sort();
        expect({ id, args: argumentsOf(message) }).toEqual({
          id,
          args: argumentsOf(english[id] ?? message),
        });
      }
    },
  );
});
