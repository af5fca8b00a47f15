import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';

import { useSession } from '../../app/session/use-session';
import type { AccountsFilterInput, Role } from '../../gql/graphql';
import { describeError } from '../../shared/errors';
import { useDocumentTitle } from '../../shared/page';
import {
  AdminAccounts,
  AdminDeactivateAccount,
  AdminSetRole,
  type AdminAccountNode,
} from './accounts.graphql';
import { actionError } from './admin-error';
import { AdminPager } from './admin-pager';
import classes from './admin.module.css';
import { ConfirmModal } from './confirm-modal';
import { isRole, managesAccounts, ROLES } from './roles';
import { useAdminUrl } from './use-admin-url';

export const ACCOUNTS_PAGE_SIZE = 20;

/*
 * The network keeps an active admin: the API refuses to demote or deactivate the last one with
 * CONFLICT, `extensions.reason: LAST_ACTIVE_ADMIN`. Said here in the person's words instead of the
 * generic "this changed".
 */
function isLastAdminRefusal(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some(
      (problem) =>
        problem.extensions?.['code'] === 'CONFLICT' &&
        problem.extensions['reason'] === 'LAST_ACTIVE_ADMIN',
    )
  );
}

/** A refused role change or deactivation, in one sentence. */
function accountActionError(intl: IntlShape, error: unknown): string {
  return isLastAdminRefusal(error)
    ? intl.formatMessage({ id: 'admin.accounts.lastAdmin' })
    : actionError(intl, error);
}

/**
 * The same refusal for the confirmation modal, which says any error as `actionError` does: the
 * last-admin CONFLICT goes on as a refusal whose message is the sentence above.
 */
function withLastAdminMessage(intl: IntlShape, error: unknown): unknown {
  if (!isLastAdminRefusal(error)) return error;
  const message = intl.formatMessage({ id: 'admin.accounts.lastAdmin' });
  return new CombinedGraphQLErrors({
    errors: [{ message, extensions: { code: 'CONFLICT', field: 'accountId' } }],
  });
}

/*
 * The address of the page:  q=dominique  role=OFFICE_ADMIN  status=active|inactive
 *                           office=FR (admins)  after=<cursor>
 */
function filterOf(params: URLSearchParams, admin: boolean): AccountsFilterInput {
  const filter: AccountsFilterInput = {};
  const search = params.get('q')?.trim();
  if (search) filter.search = search;
  const role = params.get('role');
  if (isRole(role)) filter.role = role;
  const status = params.get('status');
  if (status === 'active') filter.active = true;
  if (status === 'inactive') filter.active = false;
  const office = params.get('office')?.trim().toUpperCase();
  if (admin && office) filter.officeCode = office;
  return filter;
}

/** `/admin/accounts`: the accounts of the network (admins) or of the office (office admins). */
export function AccountsPage() {
  const intl = useIntl();
  const state = useSession();
  const me = state.status === 'signedIn' ? state.account : null;
  const admin = managesAccounts(me?.role);
  const url = useAdminUrl();
  const filter = filterOf(url.params, admin);
  const title = intl.formatMessage({ id: 'admin.accounts.title' });
  useDocumentTitle(title);

  const { data, previousData, error, loading, refetch } = useQuery(AdminAccounts, {
    variables: { filter, first: ACCOUNTS_PAGE_SIZE, after: url.after },
  });
  const shown = data ?? previousData;
  const [actionFailure, setActionFailure] = useState<string | null>(null);
  const [deactivating, setDeactivating] = useState<AdminAccountNode | null>(null);

  return (
    <Stack gap="md">
      <div>
        <Title order={1}>{title}</Title>
        <Text c="gray.7" size="sm">
          <FormattedMessage
            id={admin ? 'admin.accounts.introAdmin' : 'admin.accounts.introOffice'}
            values={{ office: me?.officeCode ?? '' }}
          />
        </Text>
      </div>
      <AccountFilters admin={admin} />
      {actionFailure && (
        <Alert
          color="red"
          role="alert"
          withCloseButton
          closeButtonLabel={intl.formatMessage({ id: 'admin.close' })}
          onClose={() => setActionFailure(null)}
        >
          {actionFailure}
        </Alert>
      )}
      {error && !loading ? (
        <Alert color="red" role="alert">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{describeError(intl, error).message}</Text>
            <Button size="xs" variant="default" onClick={() => void refetch()}>
              <FormattedMessage id="admin.retry" />
            </Button>
          </Stack>
        </Alert>
      ) : !shown ? (
        <Loader aria-label={intl.formatMessage({ id: 'admin.loading' })} />
      ) : (
        <>
          <Title order={2} size="h4" aria-live="polite">
            <FormattedMessage
              id="admin.accounts.count"
              values={{ count: shown.accounts.totalCount }}
            />
          </Title>
          {shown.accounts.edges.length === 0 ? (
            <Text>
              <FormattedMessage id="admin.accounts.none" />
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={720}>
              <Table striped className={classes['table']}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>
                      <FormattedMessage id="admin.accounts.column.name" />
                    </Table.Th>
                    <Table.Th>
                      <FormattedMessage id="admin.accounts.column.email" />
                    </Table.Th>
                    <Table.Th>
                      <FormattedMessage id="admin.accounts.column.office" />
                    </Table.Th>
                    <Table.Th>
                      <FormattedMessage id="admin.accounts.column.role" />
                    </Table.Th>
                    <Table.Th>
                      <FormattedMessage id="admin.accounts.column.status" />
                    </Table.Th>
                    {admin && (
                      <Table.Th>
                        <FormattedMessage id="admin.accounts.column.actions" />
                      </Table.Th>
                    )}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.accounts.edges.map(({ node }) => (
                    <AccountRow
                      key={node.id}
                      account={node}
                      admin={admin}
                      onFailure={setActionFailure}
                      onDeactivate={() => {
                        setActionFailure(null);
                        setDeactivating(node);
                      }}
                    />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <AdminPager
            url={url}
            label={intl.formatMessage({ id: 'admin.accounts.pager' })}
            pageSize={ACCOUNTS_PAGE_SIZE}
            shown={shown.accounts.edges.length}
            totalCount={shown.accounts.totalCount}
            hasNextPage={shown.accounts.pageInfo.hasNextPage}
            endCursor={shown.accounts.pageInfo.endCursor}
          />
        </>
      )}
      <DeactivateModal account={deactivating} onClose={() => setDeactivating(null)} />
    </Stack>
  );
}

/** Search and office code on submit; role and status at once. */
function AccountFilters({ admin }: { readonly admin: boolean }) {
  const intl = useIntl();
  const { params, update } = useAdminUrl();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [office, setOffice] = useState(params.get('office') ?? '');
  // the address changed by other means (Back, a link): show its values
  const inAddress = `${params.get('q') ?? ''}\u0000${params.get('office') ?? ''}`;
  useEffect(() => {
    const [q, code] = inAddress.split('\u0000');
    setSearch(q ?? '');
    setOffice(code ?? '');
  }, [inAddress]);

  function submit(event: FormEvent) {
    event.preventDefault();
    update({
      q: search.trim() || null,
      office: admin ? office.trim().toUpperCase() || null : null,
    });
  }

  return (
    <Stack gap="sm">
      <form role="search" onSubmit={submit} className={classes['filters']}>
        <TextInput
          type="search"
          label={intl.formatMessage({ id: 'admin.accounts.filter.search' })}
          description={intl.formatMessage({ id: 'admin.accounts.filter.searchHint' })}
          value={search}
          maxLength={200}
          autoComplete="off"
          onChange={(event) => setSearch(event.currentTarget.value)}
        />
        {admin && (
          <TextInput
            label={intl.formatMessage({ id: 'admin.accounts.filter.office' })}
            description={intl.formatMessage({ id: 'admin.accounts.filter.officeHint' })}
            value={office}
            maxLength={3}
            autoComplete="off"
            onChange={(event) => setOffice(event.currentTarget.value)}
          />
        )}
        <Button type="submit" variant="default" className={classes['submit']}>
          <FormattedMessage id="admin.accounts.filter.apply" />
        </Button>
      </form>
      <Group gap="sm" align="flex-end">
        <NativeSelect
          label={intl.formatMessage({ id: 'admin.accounts.filter.role' })}
          value={isRole(params.get('role')) ? (params.get('role') as string) : ''}
          onChange={(event) => update({ role: event.currentTarget.value || null })}
          data={[
            { value: '', label: intl.formatMessage({ id: 'admin.accounts.filter.anyRole' }) },
            ...ROLES.map((role) => ({
              value: role,
              label: intl.formatMessage({ id: `enum.role.${role}` }),
            })),
          ]}
        />
        <NativeSelect
          label={intl.formatMessage({ id: 'admin.accounts.filter.status' })}
          value={
            ['active', 'inactive'].includes(params.get('status') ?? '')
              ? (params.get('status') ?? '')
              : ''
          }
          onChange={(event) => update({ status: event.currentTarget.value || null })}
          data={[
            { value: '', label: intl.formatMessage({ id: 'admin.accounts.filter.anyStatus' }) },
            { value: 'active', label: intl.formatMessage({ id: 'admin.accounts.active' }) },
            { value: 'inactive', label: intl.formatMessage({ id: 'admin.accounts.inactive' }) },
          ]}
        />
      </Group>
    </Stack>
  );
}

interface AccountRowProps {
  readonly account: AdminAccountNode;
  readonly admin: boolean;
  readonly onFailure: (message: string | null) => void;
  readonly onDeactivate: () => void;
}

function AccountRow({ account, admin, onFailure, onDeactivate }: AccountRowProps) {
  const intl = useIntl();
  const [role, setRole] = useState<Role>(account.role);
  useEffect(() => setRole(account.role), [account.role]);
  const [saveRole, { loading }] = useMutation(AdminSetRole);

  async function changeRole() {
    onFailure(null);
    try {
      await saveRole({ variables: { input: { accountId: account.id, role } } });
    } catch (error) {
      setRole(account.role);
      onFailure(accountActionError(intl, error));
    }
  }

  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500}>
        {account.displayName}
      </Table.Th>
      <Table.Td>{account.email}</Table.Td>
      <Table.Td>{account.officeCode}</Table.Td>
      <Table.Td>
        <FormattedMessage id={`enum.role.${account.role}`} />
      </Table.Td>
      <Table.Td>
        <Badge color={account.active ? 'green' : 'gray'} variant="light">
          <FormattedMessage
            id={account.active ? 'admin.accounts.active' : 'admin.accounts.inactive'}
          />
        </Badge>
      </Table.Td>
      {admin && (
        <Table.Td>
          <Group gap="xs" wrap="nowrap" align="flex-end">
            <NativeSelect
              size="xs"
              label={intl.formatMessage(
                { id: 'admin.accounts.newRole' },
                { name: account.displayName },
              )}
              classNames={{ label: classes['visuallyHiddenLabel'] }}
              value={role}
              onChange={(event) => {
                const value = event.currentTarget.value;
                if (isRole(value)) setRole(value);
              }}
              data={ROLES.map((value) => ({
                value,
                label: intl.formatMessage({ id: `enum.role.${value}` }),
              }))}
            />
            <Button
              size="xs"
              variant="default"
              disabled={role === account.role}
              loading={loading}
              onClick={() => void changeRole()}
              aria-label={intl.formatMessage(
                { id: 'admin.accounts.changeRoleOf' },
                { name: account.displayName },
              )}
            >
              <FormattedMessage id="admin.accounts.changeRole" />
            </Button>
            {account.active && (
              <Button
                size="xs"
                color="red"
                variant="light"
                onClick={onDeactivate}
                aria-label={intl.formatMessage(
                  { id: 'admin.accounts.deactivateOf' },
                  { name: account.displayName },
                )}
              >
                <FormattedMessage id="admin.accounts.deactivate" />
              </Button>
            )}
          </Group>
        </Table.Td>
      )}
    </Table.Tr>
  );
}

function DeactivateModal({
  account,
  onClose,
}: {
  readonly account: AdminAccountNode | null;
  readonly onClose: () => void;
}) {
  const intl = useIntl();
  const [deactivate] = useMutation(AdminDeactivateAccount);
  return (
    <ConfirmModal
      opened={account !== null}
      title={intl.formatMessage(
        { id: 'admin.accounts.deactivateTitle' },
        { name: account?.displayName ?? '' },
      )}
      text={
        <FormattedMessage
          id="admin.accounts.deactivateText"
          values={{ email: account?.email ?? '' }}
        />
      }
      confirmLabel={<FormattedMessage id="admin.accounts.deactivateConfirm" />}
      onConfirm={() =>
        account
          ? deactivate({ variables: { input: { accountId: account.id } } }).catch(
              (error: unknown) => {
                throw withLastAdminMessage(intl, error);
              },
            )
          : Promise.resolve()
      }
      onClose={onClose}
    />
  );
}
