import { describe, expect, it } from 'vitest';

import en from '../../i18n/en.json';
import fr from '../../i18n/fr.json';
import {
  ADOPTION_STATUSES,
  DIMENSIONS,
  EXPERTISE_LEVELS,
  GROUPS,
  KINDS,
  LEVELS,
  POSITIONS,
  REGIONS,
} from './directory-values';

/** The ids the directory builds at run time, one per value the API may send. */
const BUILT_IDS = [
  ...REGIONS.map((value) => `enum.region.${value}`),
  ...KINDS.map((value) => `enum.kind.${value}`),
  ...GROUPS.map((value) => `enum.group.${value}`),
  ...DIMENSIONS.map((value) => `enum.dimension.${value}`),
  ...POSITIONS.map((value) => `enum.position.${value}`),
  ...ADOPTION_STATUSES.map((value) => `enum.adoptionStatus.${value}`),
  ...LEVELS.map((level) => `directory.levelName.${level}`),
  ...EXPERTISE_LEVELS.map((level) => `directory.expertiseLevel.${level}`),
  ...EXPERTISE_LEVELS.map((level) => `directory.filter.expertiseAtLeast.${level}`),
  ...['ST.3', 'ST.26', 'ST.36', 'ST.96', 'ST.10/C'].map((code) => `enum.standard.${code}`),
];

describe('the names of values in the directory', () => {
  it.each([
    ['en', en],
    ['fr', fr],
  ])('are all in the %s catalogue', (_locale, catalogue: Record<string, string>) => {
    expect(BUILT_IDS.filter((id) => !(id in catalogue))).toEqual([]);
  });
});
