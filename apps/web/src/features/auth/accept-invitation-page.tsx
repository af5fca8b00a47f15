import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  PasswordInput,
  Select,
  Skeleton,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useLocation, useNavigate } from 'react-router';

import { useLocale } from '../../app/locale';
import { session } from '../../app/session/use-session';
import { LOCALES, nativeName } from '../../i18n/locales';
import { describeError, type DescribedError } from '../../shared/errors';
import { AuthLayout } from './auth-layout';
import { AcceptInvitation, InvitationPreview } from './sign-in.graphql';

/**
 * `/invitations/accept?token=…`: the token leaves the address bar (and so the history, shared
 * screens and the Referer) as soon as it is read; it stays in this tab's history state, so a
 * reload keeps it.
 */
export function AcceptInvitationPage() {
  const intl = useIntl();
  const location = useLocation();
  const navigate = useNavigate();
  const { locale, setLocale } = useLocale();
  const fromUrl = new URLSearchParams(location.search).get('token');
  const token = fromUrl ?? (location.state as { token?: string } | null)?.token ?? null;
  const [fullName, setFullName] = useState('');
  const [password, setPassword] = useState('');
  const [language, setLanguage] = useState(locale);
  const [error, setError] = useState<DescribedError | null>(null);
  const [accept, { loading }] = useMutation(AcceptInvitation);
  // before anything is typed: to whom and where the link leads, and whether it can still be used
  const preview = useQuery(
    InvitationPreview,
    token ? { variables: { token, language: new Intl.Locale(locale).language } } : skipToken,
  );

  useEffect(() => {
    if (fromUrl) navigate(location.pathname, { replace: true, state: { token: fromUrl } });
  }, [fromUrl, location.pathname, navigate]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!token) return;
    setError(null);
    try {
      const { data } = await accept({
        variables: {
          input: {
            token,
            fullName: fullName.trim(),
            password,
            preferredLanguage: language,
            session: 'COOKIE',
          },
        },
      });
      if (!data) return;
      if (language !== locale) await setLocale(language);
      session.signedIn(data.acceptInvitation);
      navigate('/directory', { replace: true });
    } catch (caught) {
      setError(describeError(intl, caught));
    }
  }

  if (!token)
    return (
      <AuthLayout title={<FormattedMessage id="invitation.title" />}>
        <Alert color="yellow" role="alert">
          <FormattedMessage id="invitation.noToken" />
        </Alert>
      </AuthLayout>
    );

  const previewed = preview.data?.invitationPreview;
  if (!previewed && !preview.error)
    return (
      <AuthLayout title={<FormattedMessage id="invitation.title" />}>
        <Stack gap="sm" aria-busy="true">
          <Skeleton h={16} />
          <Skeleton h={16} w="80%" />
          <Skeleton h={36} mt="md" />
          <Skeleton h={36} />
        </Stack>
      </AuthLayout>
    );
  const previewProblem = preview.error ? describeError(intl, preview.error) : null;
  const unusable = previewed && previewed.status !== 'PENDING';
  if (unusable || previewProblem?.fields['token'])
    return (
      <AuthLayout title={<FormattedMessage id="invitation.title" />}>
        <Alert color="yellow" role="alert">
          {previewed?.status === 'ACCEPTED' ? (
            <FormattedMessage
              id="invitation.used"
              values={{
                link: (text) => (
                  <Anchor component={Link} to="/sign-in">
                    {text}
                  </Anchor>
                ),
              }}
            />
          ) : previewed?.status === 'EXPIRED' ? (
            <FormattedMessage
              id="invitation.expired"
              values={{ date: intl.formatDate(previewed.expiresAt, { dateStyle: 'long' }) }}
            />
          ) : previewed?.status === 'REVOKED' ? (
            <FormattedMessage id="invitation.withdrawn" />
          ) : (
            previewProblem?.fields['token']
          )}
        </Alert>
      </AuthLayout>
    );

  const tokenProblem = error?.fields['token'];
  return (
    <AuthLayout title={<FormattedMessage id="invitation.title" />}>
      {previewed ? (
        <Stack gap={4} mb="md">
          <Text>
            <FormattedMessage
              id="invitation.invited"
              values={{
                office: previewed.officeName,
                role: intl.formatMessage({ id: `enum.role.${previewed.role}` }),
                strong: (text) => <strong>{text}</strong>,
              }}
            />
          </Text>
          <Text>
            <FormattedMessage
              id="invitation.address"
              values={{ email: previewed.email, strong: (text) => <strong>{text}</strong> }}
            />
          </Text>
          <Text size="sm" c="gray.7">
            <FormattedMessage
              id="invitation.validUntil"
              values={{ date: intl.formatDate(previewed.expiresAt, { dateStyle: 'long' }) }}
            />
          </Text>
        </Stack>
      ) : (
        // the preview failed (the network): the form still works, and says why if it fails
        <Text mb="md">
          <FormattedMessage id="invitation.intro" />
        </Text>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          {error && (
            <Alert color="red" role="alert" title={intl.formatMessage({ id: 'invitation.failed' })}>
              {tokenProblem ??
                (error.code === 'CONFLICT' ? (
                  // the link was used already, or an account exists for the address
                  <FormattedMessage
                    id="invitation.conflict"
                    values={{
                      link: (text) => (
                        <Anchor component={Link} to="/sign-in">
                          {text}
                        </Anchor>
                      ),
                    }}
                  />
                ) : (
                  error.message
                ))}
            </Alert>
          )}
          <TextInput
            label={intl.formatMessage({ id: 'invitation.fullName' })}
            autoComplete="name"
            required
            value={fullName}
            onChange={(event) => setFullName(event.currentTarget.value)}
            error={error?.fields['fullName']}
          />
          <PasswordInput
            label={intl.formatMessage({ id: 'invitation.password' })}
            visibilityToggleButtonProps={{
              'aria-label': intl.formatMessage({ id: 'auth.showPassword' }),
            }}
            description={intl.formatMessage({ id: 'invitation.passwordHint' })}
            autoComplete="new-password"
            required
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={error?.fields['password']}
          />
          <Select
            label={intl.formatMessage({ id: 'invitation.language' })}
            data={LOCALES.map((value) => ({ value, label: nativeName(value) }))}
            value={language}
            onChange={(value) => value && setLanguage(value)}
            allowDeselect={false}
            error={error?.fields['preferredLanguage']}
          />
          <Button type="submit" loading={loading}>
            <FormattedMessage id="invitation.submit" />
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
