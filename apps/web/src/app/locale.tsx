import { DirectionProvider } from '@mantine/core';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { IntlProvider } from 'react-intl';

import {
  directionOf,
  initialLocale,
  loadMessages,
  SOURCE_LOCALE,
  type Messages,
} from '../i18n/locales';
import { setRequestLanguage } from './apollo';

const STORAGE_KEY = 'wild-network.locale';

interface LocaleContextValue {
  readonly locale: string;
  readonly direction: 'ltr' | 'rtl';
  /** Switches the interface (and the API's texts) to another language. */
  readonly setLocale: (locale: string) => Promise<void>;
}

const LocaleContext = createContext<LocaleContextValue | null>(null);

export function useLocale(): LocaleContextValue {
  const value = useContext(LocaleContext);
  if (!value) throw new Error('useLocale outside LocaleProvider');
  return value;
}

function savedLocale(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/**
 * The interface's language: its catalogue, `lang` and `dir` on <html>, the `Accept-Language` the
 * API receives, and Mantine's direction. The choice is kept in this browser (the account's
 * `preferredLanguage` is saved by the language switch).
 */
export function LocaleProvider({
  children,
  initial,
  messages: givenMessages,
}: {
  children: ReactNode;
  /** For tests: a locale and its messages, without loading. */
  initial?: string;
  messages?: Messages;
}) {
  const [locale, setLocaleState] = useState(() => initial ?? initialLocale(savedLocale()));
  const [messages, setMessages] = useState<Messages | null>(givenMessages ?? null);
  const direction = directionOf(locale);

  useEffect(() => {
    if (givenMessages) return;
    let current = true;
    void loadMessages(locale).then((loaded) => current && setMessages(loaded));
    return () => {
      current = false;
    };
  }, [locale, givenMessages]);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = direction;
    setRequestLanguage(locale);
  }, [locale, direction]);

  const setLocale = useCallback(async (next: string) => {
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // private mode: the choice lasts this visit
    }
    setLocaleState(next);
  }, []);

  const value = useMemo(() => ({ locale, direction, setLocale }), [locale, direction, setLocale]);
  if (!messages) return null;
  return (
    <LocaleContext.Provider value={value}>
      <IntlProvider locale={locale} defaultLocale={SOURCE_LOCALE} messages={messages}>
        <DirectionProvider key={direction} initialDirection={direction} detectDirection={false}>
          {children}
        </DirectionProvider>
      </IntlProvider>
    </LocaleContext.Provider>
  );
}
