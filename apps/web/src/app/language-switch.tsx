import { useMutation } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useIntl } from 'react-intl';

import { graphql } from '../gql';
import { LOCALES, nativeName } from '../i18n/locales';
import { useLocale } from './locale';
import { session, useSession } from './session/use-session';

const SetPreferredLanguage = graphql(`
  mutation SetPreferredLanguage($input: SetPreferredLanguageInput!) {
    setPreferredLanguage(input: $input) {
      id
      preferredLanguage
    }
  }
`);

/** Switches the interface's language; signed in, it is saved as the account's language too. */
export function LanguageSwitch() {
  const intl = useIntl();
  const { locale, setLocale } = useLocale();
  const state = useSession();
  const [save] = useMutation(SetPreferredLanguage);
  const options = LOCALES.map((value) => ({ value, label: nativeName(value) }));

  async function choose(next: string | null) {
    if (!next || next === locale) return;
    await setLocale(next);
    if (state.status !== 'signedIn') return;
    session.updateAccount({ preferredLanguage: next });
    // the interface has switched already; a failed save only means the next sign-in starts in
    // the previous language
    await save({ variables: { input: { language: next } } }).catch(() => undefined);
  }

  return (
    <Select
      aria-label={intl.formatMessage({ id: 'shell.language' })}
      data={options}
      value={locale}
      onChange={(value) => void choose(value)}
      allowDeselect={false}
      w={130}
      size="xs"
      comboboxProps={{ withinPortal: true }}
    />
  );
}
