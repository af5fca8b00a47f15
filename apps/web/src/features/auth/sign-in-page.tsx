import { useMutation } from '@apollo/client/react';
import { Alert, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Navigate, useNavigate, useSearchParams } from 'react-router';

import { useLocale } from '../../app/locale';
import { safeNext } from '../../app/require-session';
import { session, useSession } from '../../app/session/use-session';
import { LOCALES } from '../../i18n/locales';
import { describeError, type DescribedError } from '../../shared/errors';
import { AuthLayout } from './auth-layout';
import { SignIn } from './sign-in.graphql';

export function SignInPage() {
  const intl = useIntl();
  const { locale, setLocale } = useLocale();
  const startLocale = useRef(locale);
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const state = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<DescribedError | null>(null);
  const [signIn, { loading }] = useMutation(SignIn);
  const alertRef = useRef<HTMLDivElement>(null);
  // after a refusal, the keyboard starts again from the message that says why
  useEffect(() => {
    if (error) alertRef.current?.focus();
  }, [error]);
  const next = safeNext(params.get('next'));

  if (state.status === 'signedIn' && !loading) return <Navigate to={next} replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const { data } = await signIn({
        variables: { input: { email: email.trim(), password, session: 'COOKIE' } },
      });
      if (!data) return;
      const account = data.login.account;
      // a language chosen on this page wins, else the account's saved one
      if (locale === startLocale.current && LOCALES.includes(account.preferredLanguage))
        await setLocale(account.preferredLanguage);
      session.signedIn(data.login);
      navigate(next, { replace: true });
    } catch (caught) {
      setError(describeError(intl, caught));
    }
  }

  const wrongCredentials = error?.code === 'UNAUTHENTICATED';
  return (
    <AuthLayout title={<FormattedMessage id="signIn.title" />}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          {params.get('expired') && !error && (
            <Alert color="yellow" title={intl.formatMessage({ id: 'signIn.expiredTitle' })}>
              <FormattedMessage id="signIn.expired" />
            </Alert>
          )}
          {error && (
            <Alert
              ref={alertRef}
              tabIndex={-1}
              color="red"
              role="alert"
              title={intl.formatMessage({ id: 'signIn.failed' })}
            >
              {wrongCredentials ? <FormattedMessage id="signIn.wrongCredentials" /> : error.message}
            </Alert>
          )}
          <TextInput
            label={intl.formatMessage({ id: 'signIn.email' })}
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={error?.fields['email']}
          />
          <PasswordInput
            label={intl.formatMessage({ id: 'signIn.password' })}
            visibilityToggleButtonProps={{
              'aria-label': intl.formatMessage({ id: 'auth.showPassword' }),
            }}
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={error?.fields['password']}
          />
          <Button type="submit" loading={loading}>
            <FormattedMessage id="signIn.submit" />
          </Button>
          <Text size="sm" c="dimmed">
            <FormattedMessage id="signIn.invitationHint" />
          </Text>
        </Stack>
      </form>
    </AuthLayout>
  );
}
