/**
 * The interface's languages: one catalogue file per language in this folder (`en.json`,
 * `fr.json`…), found at build time, so a third language is a file. English is the source; a
 * catalogue may not miss any of its ids (i18n.test.ts).
 */
const catalogueFiles = import.meta.glob<Record<string, string>>('./*.json', { import: 'default' });

export const SOURCE_LOCALE = 'en';

export const LOCALES: readonly string[] = Object.keys(catalogueFiles)
  .map((path) => path.slice(2, -'.json'.length))
  .sort((a, b) => (a === SOURCE_LOCALE ? -1 : b === SOURCE_LOCALE ? 1 : a.localeCompare(b)));

export type Messages = Record<string, string>;

export function loadMessages(locale: string): Promise<Messages> {
  const load = catalogueFiles[`./${locale}.json`] ?? catalogueFiles[`./${SOURCE_LOCALE}.json`];
  return load();
}

/** Scripts written right to left: Arabic, Hebrew, Persian, Urdu… (by Intl where it knows). */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  const info = new Intl.Locale(locale) as Intl.Locale & {
    getTextInfo?: () => { direction: 'ltr' | 'rtl' };
    textInfo?: { direction: 'ltr' | 'rtl' };
  };
  const direction = info.getTextInfo?.().direction ?? info.textInfo?.direction;
  if (direction) return direction;
  return ['ar', 'he', 'fa', 'ur'].includes(info.language) ? 'rtl' : 'ltr';
}

/** The language to start in: saved choice, else the browser's first supported language. */
export function initialLocale(
  saved: string | null,
  browser: readonly string[] = navigator.languages,
): string {
  if (saved && LOCALES.includes(saved)) return saved;
  for (const tag of browser) {
    const language = tag.slice(0, 2).toLowerCase();
    if (LOCALES.includes(language)) return language;
  }
  return SOURCE_LOCALE;
}

/** Each language named in itself, for the switch. */
export function nativeName(locale: string): string {
  const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}
