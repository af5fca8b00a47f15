import type { IntlShape } from 'react-intl';

export {
  adoptionStatusLabel,
  dimensionLabel,
  groupLabel,
  kindLabel,
  positionLabel,
  regionLabel,
} from '../../shared/labels';

/* The directory's own names; the API's enum values are named in src/shared/labels.ts. */

/** `4 · Integrated`. */
export const levelLabel = (intl: IntlShape, level: number) =>
  intl.formatMessage({ id: 'directory.level' }, { level, name: levelName(intl, level) });

export const levelName = (intl: IntlShape, level: number) =>
  intl.formatMessage({ id: `directory.levelName.${level}` });

export const expertiseLevelLabel = (intl: IntlShape, level: number) =>
  intl.formatMessage({ id: `directory.expertiseLevel.${level}` });

/** A WIPO standard's title (`Sequence listings in XML`); none for a code the catalogue lacks. */
export function standardTitle(intl: IntlShape, code: string): string | null {
  const id = `enum.standard.${code}`;
  return Object.prototype.hasOwnProperty.call(intl.messages, id)
    ? intl.formatMessage({ id })
    : null;
}

/**
 * A language (ISO 639-1) named in the interface's language: as in a sentence (`français`), or
 * capitalised to stand alone as an option (`Français`).
 */
export function languageName(
  intl: IntlShape,
  code: string,
  use: 'inSentence' | 'standalone' = 'inSentence',
): string {
  let name = code;
  try {
    name =
      new Intl.DisplayNames([intl.locale], { type: 'language', fallback: 'code' }).of(code) ?? code;
  } catch {
    // an invalid code: shown as it is
  }
  return use === 'standalone'
    ? name.charAt(0).toLocaleUpperCase(intl.locale) + name.slice(1)
    : name;
}

/** `Africa (12)`: an option with its count. */
export const withCount = (intl: IntlShape, label: string, count: number | undefined) =>
  count === undefined
    ? label
    : intl.formatMessage({ id: 'directory.facet.option' }, { label, count });
