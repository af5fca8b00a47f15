import type { IntlShape } from 'react-intl';

export {
  adoptionStatusLabel,
  assessmentStatusLabel,
  dimensionLabel as dimensionShortLabel,
  groupLabel,
  kindLabel,
  positionLabel,
  regionLabel,
} from '../../shared/labels';

/** A country (ISO 3166-1 alpha-2) or a language (ISO 639-1) named in the interface's language. */
export function displayName(intl: IntlShape, type: 'region' | 'language', code: string): string {
  try {
    return new Intl.DisplayNames([intl.locale], { type, fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** `Europe/Paris` → `Central European Time` in the interface's language (the id if unknown). */
export function timeZoneName(intl: IntlShape, timeZone: string): string | null {
  try {
    const parts = new Intl.DateTimeFormat(intl.locale, {
      timeZone,
      timeZoneName: 'longGeneric',
    }).formatToParts(new Date());
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? null;
  } catch {
    return null;
  }
}
