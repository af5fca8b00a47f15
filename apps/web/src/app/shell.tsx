import {
  Alert,
  Anchor,
  AppShell,
  Burger,
  Button,
  Group,
  Menu,
  NavLink,
  Stack,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, Outlet, NavLink as RouterNavLink, useNavigate } from 'react-router';

import { canReadAuditLog } from '../features/offices/office-permissions';
import { LanguageSwitch } from './language-switch';
import { session, useSession } from './session/use-session';
import classes from './shell.module.css';

/** Who sees administration (the API decides what each may do there; brokers invite only). */
const ADMINISTRATORS = ['ADMIN', 'OFFICE_ADMIN', 'BROKER'];

/** The frame of every signed-in page: header, navigation, the page. */
export function Shell() {
  const intl = useIntl();
  const state = useSession();
  const navigate = useNavigate();
  const [opened, { toggle, close }] = useDisclosure(false);
  const account = state.status === 'signedIn' ? state.account : null;

  const [signOutFailed, setSignOutFailed] = useState(false);

  async function signOut() {
    const ended = await session.signOut();
    setSignOutFailed(!ended);
    if (ended) navigate('/sign-in', { replace: true });
  }

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 220, breakpoint: 'md', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a href="#main" className={classes['skipLink']}>
        <FormattedMessage id="shell.skipToContent" />
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="md"
              size="sm"
              aria-label={intl.formatMessage({ id: 'shell.menu' })}
            />
            <Anchor component={Link} to="/directory" fw={700} fz="lg" c="inherit" underline="never">
              WILD Network
            </Anchor>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch />
            {account && (
              <Menu position="bottom-end" withinPortal>
                <Menu.Target>
                  <Button variant="subtle" size="xs">
                    <VisuallyHidden>
                      <FormattedMessage id="shell.accountMenu" />
                    </VisuallyHidden>
                    {account.displayName}
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Label>{account.email}</Menu.Label>
                  <Menu.Item onClick={() => void signOut()}>
                    <FormattedMessage id="shell.signOut" />
                  </Menu.Item>
                </Menu.Dropdown>
              </Menu>
            )}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={intl.formatMessage({ id: 'shell.navigation' })}>
        <Stack gap={4}>
          <NavLink
            component={RouterNavLink}
            to="/directory"
            label={intl.formatMessage({ id: 'nav.directory' })}
            onClick={close}
          />
          {account && (
            <NavLink
              component={RouterNavLink}
              to={`/offices/${account.officeCode}`}
              label={intl.formatMessage({ id: 'nav.myOffice' })}
              onClick={close}
            />
          )}
          {account && (
            <NavLink
              component={RouterNavLink}
              to="/recommendations"
              label={intl.formatMessage({ id: 'nav.recommendations' })}
              onClick={close}
            />
          )}
          {account && (
            <NavLink
              component={RouterNavLink}
              to="/requests"
              label={intl.formatMessage({ id: 'nav.requests' })}
              onClick={close}
            />
          )}
          {account && (
            <NavLink
              component={RouterNavLink}
              to="/introductions"
              label={intl.formatMessage({ id: 'nav.introductions' })}
              onClick={close}
            />
          )}
          {account && ADMINISTRATORS.includes(account.role) && (
            <>
              <Text size="xs" fw={700} c="gray.7" mt="md" px="sm">
                <FormattedMessage id="nav.admin.section" />
              </Text>
              {account.role !== 'BROKER' && (
                <NavLink
                  component={RouterNavLink}
                  to="/admin/accounts"
                  label={intl.formatMessage({ id: 'nav.admin.accounts' })}
                  onClick={close}
                />
              )}
              <NavLink
                component={RouterNavLink}
                to="/admin/invitations"
                label={intl.formatMessage({ id: 'nav.admin.invitations' })}
                onClick={close}
              />
              {canReadAuditLog(account) && (
                <NavLink
                  component={RouterNavLink}
                  to="/admin/audit"
                  label={intl.formatMessage({ id: 'nav.admin.audit' })}
                  onClick={close}
                />
              )}
            </>
          )}
          {account && (
            <NavLink
              component={RouterNavLink}
              to="/me/profile"
              label={intl.formatMessage({ id: 'nav.myProfile' })}
              onClick={close}
            />
          )}
        </Stack>
        <Text size="xs" c="dimmed" mt="auto">
          <FormattedMessage id="shell.tagline" />
        </Text>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        {signOutFailed && (
          <Alert
            color="red"
            role="alert"
            mb="md"
            withCloseButton
            closeButtonLabel={intl.formatMessage({ id: 'shell.close' })}
            onClose={() => setSignOutFailed(false)}
          >
            <FormattedMessage id="shell.signOutFailed" />
          </Alert>
        )}
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
