import { useEffect } from 'react';

/** The API's texts follow this language (ISO 639-1: `fr` for `fr-CA`). */
export function apiLanguage(locale: string): string {
  try {
    return new Intl.Locale(locale).language;
  } catch {
    return 'en';
  }
}

/** Sets `document.title` while the page is shown, and gives the previous one back after. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    const before = document.title;
    document.title = title;
    return () => {
      document.title = before;
    };
  }, [title]);
}
