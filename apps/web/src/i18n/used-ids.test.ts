import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import en from './en.json';

const SOURCE = join(__dirname, '..');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === 'gql' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

// `id: 'x.y'`, `id="x.y"` and `id={'x.y'}`: the literal ids the code asks for (ids built at run
// time, such as `error.rule.${rule}`, fall back when missing and are checked where they are built)
const LITERAL_ID = /\bid(?:\s*:\s*|=\{?)['"]([a-zA-Z][\w.-]*\.[\w.-]+)['"]/g;

describe('message ids used by the code', () => {
  it('are all in the English catalogue', () => {
    const missing = sourceFiles(SOURCE).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(LITERAL_ID)]
        .map((match) => match[1])
        .filter((id) => !(id in en))
        .map((id) => `${file.slice(SOURCE.length + 1)}: ${id}`),
    );
    expect(missing).toEqual([]);
  });
});
