import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  CopyButton,
  Group,
  Loader,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';

import { useSession } from '../../app/session/use-session';
import type { InvitationStatus, Role } from '../../gql/graphql';
import { describeError, type DescribedError } from '../../shared/errors';
import { useDocumentTitle } from '../../shared/page';
import { AdminPager } from './admin-pager';
import classes from './admin.module.css';
import { ConfirmModal } from './confirm-modal';
import {
  AdminCreateInvitation,
  AdminInvitations,
  AdminRevokeInvitation,
  type AdminInvitationNode,
} from './invitations.graphql';
import { invitableRoles, invitesAnyOffice } from './roles';
import { useAdminUrl } from './use-admin-url';

export const INVITATIONS_PAGE_SIZE = 20;
const STATUSES: readonly InvitationStatus[] = ['PENDING', 'ACCEPTED', 'EXPIRED', 'REVOKED'];
const STATUS_COLORS: Record<InvitationStatus, string> = {
  PENDING: 'blue',
  ACCEPTED: 'green',
  EXPIRED: 'gray',
  REVOKED: 'red',
};

function isStatus(value: string | null): value is InvitationStatus {
  return STATUSES.includes(value as InvitationStatus);
}

/** `/admin/invitations`: invite a person (the link is shown once), list and revoke invitations. */
export function InvitationsPage() {
  const intl = useIntl();
  const title = intl.formatMessage({ id: 'admin.invitations.title' });
  useDocumentTitle(title);

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{title}</Title>
        <Text c="gray.7" size="sm">
          <FormattedMessage id="admin.invitations.intro" />
        </Text>
      </div>
      <CreateInvitation />
      <InvitationList />
    </Stack>
  );
}

function CreateInvitation() {
  const intl = useIntl();
  const state = useSession();
  const me = state.status === 'signedIn' ? state.account : null;
  const anyOffice = invitesAnyOffice(me?.role);
  const roles = invitableRoles(me?.role);
  const [email, setEmail] = useState('');
  const [officeCode, setOfficeCode] = useState(me?.officeCode ?? '');
  const [role, setRole] = useState<Role>('MEMBER');
  const [failure, setFailure] = useState<DescribedError | null>(null);
  const [created, setCreated] = useState<{ email: string; acceptUrl: string } | null>(null);
  const [create, { loading }] = useMutation(AdminCreateInvitation, {
    refetchQueries: ['AdminInvitations'],
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    setCreated(null);
    try {
      const { data } = await create({
        variables: {
          input: {
            email: email.trim(),
            officeCode: (anyOffice ? officeCode : (me?.officeCode ?? officeCode))
              .trim()
              .toUpperCase(),
            role,
          },
        },
      });
      if (data) {
        setCreated({
          email: data.createInvitation.invitation.email,
          acceptUrl: data.createInvitation.acceptUrl,
        });
        setEmail('');
      }
    } catch (error) {
      setFailure(describeError(intl, error));
    }
  }

  return (
    <section aria-labelledby="admin-invite-heading">
      <Title order={2} size="h3" id="admin-invite-heading" mb="sm">
        <FormattedMessage id="admin.invitations.create.title" />
      </Title>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          {failure && (
            <Alert color="red" role="alert">
              {failure.message}
            </Alert>
          )}
          <div className={classes['filters']}>
            <TextInput
              type="email"
              required
              label={intl.formatMessage({ id: 'admin.invitations.create.email' })}
              value={email}
              autoComplete="off"
              maxLength={320}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={failure?.fields['email']}
            />
            <TextInput
              required
              label={intl.formatMessage({ id: 'admin.invitations.create.office' })}
              description={intl.formatMessage({ id: 'admin.accounts.filter.officeHint' })}
              value={anyOffice ? officeCode : (me?.officeCode ?? officeCode)}
              readOnly={!anyOffice}
              maxLength={3}
              autoComplete="off"
              onChange={(event) => setOfficeCode(event.currentTarget.value)}
              error={failure?.fields['officeCode']}
            />
            <NativeSelect
              label={intl.formatMessage({ id: 'admin.invitations.create.role' })}
              value={role}
              onChange={(event) => setRole(event.currentTarget.value as Role)}
              data={roles.map((value) => ({
                value,
                label: intl.formatMessage({ id: `enum.role.${value}` }),
              }))}
              error={failure?.fields['role']}
            />
            <Button type="submit" loading={loading}>
              <FormattedMessage id="admin.invitations.create.submit" />
            </Button>
          </div>
        </Stack>
      </form>
      {created && (
        <Alert
          color="green"
          role="status"
          mt="md"
          title={intl.formatMessage(
            { id: 'admin.invitations.created.title' },
            { email: created.email },
          )}
          withCloseButton
          closeButtonLabel={intl.formatMessage({ id: 'admin.close' })}
          onClose={() => setCreated(null)}
        >
          <Stack gap="xs">
            <Text size="sm">
              <FormattedMessage id="admin.invitations.created.once" />
            </Text>
            <Group gap="xs" align="flex-end">
              <TextInput
                readOnly
                className={classes['link']}
                label={intl.formatMessage({ id: 'admin.invitations.created.link' })}
                value={created.acceptUrl}
                onFocus={(event) => event.currentTarget.select()}
              />
              <CopyButton value={created.acceptUrl}>
                {({ copied, copy }) => (
                  <Button variant="default" onClick={copy}>
                    <FormattedMessage
                      id={
                        copied
                          ? 'admin.invitations.created.copied'
                          : 'admin.invitations.created.copy'
                      }
                    />
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Stack>
        </Alert>
      )}
    </section>
  );
}

function InvitationList() {
  const intl = useIntl();
  const url = useAdminUrl();
  const status = url.params.get('status');
  const filter = isStatus(status) ? { status } : {};
  const { data, previousData, error, loading, refetch } = useQuery(AdminInvitations, {
    variables: { filter, first: INVITATIONS_PAGE_SIZE, after: url.after },
  });
  const shown = data ?? previousData;
  const [revoking, setRevoking] = useState<AdminInvitationNode | null>(null);

  return (
    <section aria-labelledby="admin-invitations-heading">
      <Title order={2} size="h3" id="admin-invitations-heading" mb="sm">
        <FormattedMessage id="admin.invitations.list.title" />
      </Title>
      <Stack gap="sm">
        <NativeSelect
          maw={240}
          label={intl.formatMessage({ id: 'admin.invitations.filter.status' })}
          value={isStatus(status) ? status : ''}
          onChange={(event) => url.update({ status: event.currentTarget.value || null })}
          data={[
            { value: '', label: intl.formatMessage({ id: 'admin.invitations.filter.anyStatus' }) },
            ...STATUSES.map((value) => ({
              value,
              label: intl.formatMessage({ id: `enum.invitationStatus.${value}` }),
            })),
          ]}
        />
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
        ) : shown.invitations.edges.length === 0 ? (
          <Text>
            <FormattedMessage id="admin.invitations.none" />
          </Text>
        ) : (
          <>
            <Table.ScrollContainer minWidth={720}>
              <Table striped className={classes['table']}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>
                      <FormattedMessage id="admin.invitations.column.email" />
                    </Table.Th>
                    <Table.Th>
                      <FormattedMessage id="admin.invitations.column.office" />
                    </Table.Th>
                    <Table.Th>
                      <FormattedMessage id="admin.invitations.column.role" />
                    </Table.Th>
                    <Table.Th>
                      <FormattedMessage id="admin.invitations.column.status" />
                    </Table.Th>
                    <Table.Th>
                      <FormattedMessage id="admin.invitations.column.expires" />
                    </Table.Th>
                    <Table.Th>
                      <FormattedMessage id="admin.invitations.column.actions" />
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.invitations.edges.map(({ node }) => (
                    <Table.Tr key={node.id}>
                      <Table.Th scope="row" fw={500}>
                        {node.email}
                      </Table.Th>
                      <Table.Td>{node.officeCode}</Table.Td>
                      <Table.Td>
                        <FormattedMessage id={`enum.role.${node.role}`} />
                      </Table.Td>
                      <Table.Td>
                        <Badge color={STATUS_COLORS[node.status]} variant="light">
                          <FormattedMessage id={`enum.invitationStatus.${node.status}`} />
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        {intl.formatDate(node.expiresAt, { dateStyle: 'medium' })}
                      </Table.Td>
                      <Table.Td>
                        {node.status === 'PENDING' && (
                          <Button
                            size="xs"
                            color="red"
                            variant="light"
                            onClick={() => setRevoking(node)}
                            aria-label={intl.formatMessage(
                              { id: 'admin.invitations.revokeOf' },
                              { email: node.email },
                            )}
                          >
                            <FormattedMessage id="admin.invitations.revoke" />
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <AdminPager
              url={url}
              label={intl.formatMessage({ id: 'admin.invitations.pager' })}
              pageSize={INVITATIONS_PAGE_SIZE}
              shown={shown.invitations.edges.length}
              totalCount={shown.invitations.totalCount}
              hasNextPage={shown.invitations.pageInfo.hasNextPage}
              endCursor={shown.invitations.pageInfo.endCursor}
            />
          </>
        )}
      </Stack>
      <RevokeModal invitation={revoking} onClose={() => setRevoking(null)} />
    </section>
  );
}

function RevokeModal({
  invitation,
  onClose,
}: {
  readonly invitation: AdminInvitationNode | null;
  readonly onClose: () => void;
}) {
  const intl = useIntl();
  const [revoke] = useMutation(AdminRevokeInvitation);
  return (
    <ConfirmModal
      opened={invitation !== null}
      title={intl.formatMessage(
        { id: 'admin.invitations.revokeTitle' },
        { email: invitation?.email ?? '' },
      )}
      text={<FormattedMessage id="admin.invitations.revokeText" />}
      confirmLabel={<FormattedMessage id="admin.invitations.revokeConfirm" />}
      onConfirm={() =>
        invitation
          ? revoke({ variables: { input: { invitationId: invitation.id } } })
          : Promise.resolve()
      }
      onClose={onClose}
    />
  );
}
