/** WIPO's six official languages, in the order WIPO lists them. */
export const WIPO_OFFICIAL_LANGUAGES = ['ar', 'en', 'es', 'fr', 'ru', 'zh'] as const;

/** Languages the product's own texts (model descriptors, names) are written in; English first. */
export const CONTENT_LANGUAGES = ['en', 'fr'] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

/** Text kept in several languages, keyed by ISO 639-1 code; English is always present. */
export type LocalizedText = { readonly en: string } & { readonly [language: string]: string };

/**
 * Picks the best text for the caller's preferred languages (most preferred first), falling back
 * to English.
 */
export function pickLocalized(text: { readonly en: string }, preferred: readonly string[]): string {
  return (text as Record<string, string>)[pickLanguage(text, preferred)] ?? text.en;
}

/** The language `pickLocalized` answers in: the first preferred one the text has, else English. */
export function pickLanguage(text: { readonly en: string }, preferred: readonly string[]): string {
  for (const language of preferred) {
    const value: unknown = (text as Record<string, unknown>)[language];
    if (typeof value === 'string' && value) return language;
  }
  return 'en';
}

/** An IANA time zone the runtime knows (`Europe/Paris`, `Asia/Tokyo`, `UTC`). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}
