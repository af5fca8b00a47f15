import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { GraphQLFormattedError } from 'graphql';
import { useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';

import type { AuditLogQueryVariables } from '../../gql/graphql';
import { renderWithApp, type RenderOptions } from '../../test/render';
import { signInAs } from './admin.fixtures';
import { AuditLogPage } from './audit-log-page';
import { AuditActorAccounts, AuditLogQuery, type AuditEntryNode } from './audit-log.graphql';

function Address() {
  const location = useLocation();
  return <div data-testid="address">{location.search}</div>;
}

const address = () => new URLSearchParams(screen.getByTestId('address').textContent ?? '');

function renderAudit(path: string, options: RenderOptions = {}) {
  return renderWithApp(null, {
    path,
    routes: [
      {
        path: '/admin/audit',
        element: (
          <>
            <AuditLogPage />
            <Address />
          </>
        ),
      },
    ],
    ...options,
  });
}

const ACTOR = '0b6f6f3e-8d59-4a57-9a36-1f7f7c1d2a10';

function entry(id: string, more: Partial<AuditEntryNode> = {}): AuditEntryNode {
  return {
    id,
    occurredAt: '2026-11-30T09:15:00.000Z',
    action: 'office.updated',
    actorId: ACTOR,
    // the API names the acting account's email (or the one a refused sign-in used)
    actorEmail: 'admin@demo.wild.example',
    entity: 'office',
    entityId: 'FR',
    changes: [{ field: 'website', before: '"https://old.example"', after: '"https://inpi.fr"' }],
    ...more,
  };
}

interface Page {
  readonly nodes: readonly AuditEntryNode[];
  readonly hasNextPage?: boolean;
  readonly endCursor?: string | null;
  readonly totalCount?: number;
}

function auditMock(
  answer: (variables: AuditLogQueryVariables) => Page | { errors: GraphQLFormattedError[] },
  seen: AuditLogQueryVariables[] = [],
): MockLink.MockedResponse {
  return {
    request: {
      query: AuditLogQuery,
      variables: (variables: AuditLogQueryVariables) => {
        seen.push(variables);
        return true;
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: (variables: AuditLogQueryVariables) => {
      const given = answer(variables);
      if ('errors' in given) return { errors: given.errors };
      return {
        data: {
          auditLog: {
            __typename: 'AuditEntryConnection',
            totalCount: given.totalCount ?? given.nodes.length,
            pageInfo: {
              __typename: 'PageInfo',
              hasNextPage: given.hasNextPage ?? false,
              endCursor: given.endCursor ?? null,
            },
            edges: given.nodes.map((node) => ({
              __typename: 'AuditEntryEdge',
              cursor: `cursor-${node.id}`,
              node: {
                __typename: 'AuditEntry',
                ...node,
                changes: node.changes.map((change) => ({ __typename: 'AuditChange', ...change })),
              },
            })),
          },
        },
      };
    },
  };
}

const accountsMock: MockLink.MockedResponse = {
  request: { query: AuditActorAccounts, variables: () => true },
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: {
    data: {
      accounts: {
        __typename: 'AccountConnection',
        edges: [
          {
            __typename: 'AccountEdge',
            node: {
              __typename: 'Account',
              id: ACTOR,
              displayName: 'Ada Admin',
              email: 'admin@demo.wild.example',
            },
          },
        ],
      },
    },
  },
};

const SIGN_IN = entry('e2', {
  action: 'account.signed_in',
  entity: 'account',
  entityId: ACTOR,
  changes: [],
  occurredAt: '2026-11-30T08:00:00.000Z',
});

describe('the audit log page', () => {
  it('shows the entries: when, who, a readable action with its code, the thing and the changes', async () => {
    signInAs('ADMIN', 'WO');
    renderAudit('/admin/audit', {
      mocks: [accountsMock, auditMock(() => ({ nodes: [entry('e1'), SIGN_IN] }))],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Audit log' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: '2 entries' })).toBeInTheDocument();
    const row = screen.getAllByRole('row')[1] as HTMLElement;
    expect(within(row).getByText('Office profile updated')).toBeInTheDocument();
    expect(within(row).getByText('office.updated')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: 'FR' })).toHaveAttribute('href', '/offices/FR');
    expect(row).toHaveTextContent('website: https://old.example → becomes https://inpi.fr');
    const time = row.querySelector('time');
    expect(time).toHaveAttribute('dateTime', '2026-11-30T09:15:00.000Z');
    expect(time).toHaveAttribute('title', '2026-11-30T09:15:00.000Z');
    expect(time?.textContent).toMatch(/2026/);
    expect(within(row).getByRole('link', { name: /admin@demo\.wild\.example/ })).toHaveAttribute(
      'href',
      `/admin/audit?actor=${ACTOR}`,
    );
    expect(screen.getByText('Signed in')).toBeInTheDocument();
    expect(screen.getByText('No field changed')).toBeInTheDocument();
  });

  it('filters by kind of thing and identifier, in the address, and loads more with the cursor', async () => {
    signInAs('ADMIN', 'WO');
    const user = userEvent.setup();
    const seen: AuditLogQueryVariables[] = [];
    renderAudit('/admin/audit', {
      mocks: [
        accountsMock,
        auditMock((variables) => {
          if (variables.after === 'c1')
            return { nodes: [entry('e3', { entityId: 'FR' })], totalCount: 2 };
          if (variables.filter?.entity === 'office')
            return { nodes: [entry('e1')], hasNextPage: true, endCursor: 'c1', totalCount: 2 };
          return { nodes: [entry('e1'), SIGN_IN], totalCount: 2 };
        }, seen),
      ],
    });
    await screen.findByRole('heading', { name: '2 entries' });
    expect(seen.at(-1)).toEqual({ filter: {}, first: 25 });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind of thing' }), 'office');
    await user.type(screen.getByRole('textbox', { name: /^Identifier/ }), 'FR');
    await user.click(screen.getByRole('button', { name: 'Apply the filters' }));
    await waitFor(() => expect(address().get('entity')).toBe('office'));
    expect(address().get('entityId')).toBe('FR');
    await waitFor(() =>
      expect(seen.at(-1)).toEqual({ filter: { entity: 'office', entityId: 'FR' }, first: 25 }),
    );
    expect(await screen.findByText('Showing 1 of 2')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('Showing 2 of 2')).toBeInTheDocument();
    expect(seen.at(-1)).toEqual({
      filter: { entity: 'office', entityId: 'FR' },
      first: 25,
      after: 'c1',
    });
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    // the first entry of the new page has the focus, to read on from there
    await waitFor(() => expect(screen.getAllByRole('row')[2]).toHaveFocus());
  });

  it('reads its filters from the address, dates as whole days of the local calendar', async () => {
    signInAs('BROKER', 'WO');
    const seen: AuditLogQueryVariables[] = [];
    renderAudit(`/admin/audit?entity=office&from=2026-11-01&to=2026-11-30&actor=${ACTOR}`, {
      mocks: [auditMock(() => ({ nodes: [entry('e1')] }), seen)],
    });
    await screen.findByRole('heading', { name: '1 entry' });
    expect(seen.at(-1)?.filter).toEqual({
      entity: 'office',
      actor: ACTOR,
      from: new Date(2026, 10, 1).toISOString(),
      to: new Date(2026, 11, 1).toISOString(),
    });
    expect(screen.getByRole('combobox', { name: 'Kind of thing' })).toHaveValue('office');
    expect(screen.getByLabelText(/^From/)).toHaveValue('2026-11-01');
    expect(screen.getByLabelText(/^Until/)).toHaveValue('2026-11-30');
    expect(screen.getByRole('textbox', { name: /^Who acted \(account id\)/ })).toHaveValue(ACTOR);
  });

  it("shows the API's refusal of a filter beside its field, in French", async () => {
    signInAs('BROKER', 'WO');
    const user = userEvent.setup();
    renderAudit('/admin/audit', {
      locale: 'fr',
      mocks: [
        auditMock((variables) =>
          variables.filter?.actor
            ? {
                errors: [
                  {
                    message: 'actor must be an account id.',
                    extensions: {
                      code: 'BAD_USER_INPUT',
                      field: 'filter.actor',
                      rule: 'isUuid',
                      errors: [
                        {
                          field: 'filter.actor',
                          message: 'actor must be an account id.',
                          rule: 'isUuid',
                          params: {},
                        },
                      ],
                    },
                  },
                ],
              }
            : { nodes: [entry('e1')] },
        ),
      ],
    });
    await screen.findByRole('heading', { name: '1 entrée' });
    const actor = screen.getByRole('textbox', { name: /^Auteur \(identifiant du compte\)/ });
    await user.type(actor, 'not-an-id');
    await user.click(screen.getByRole('button', { name: 'Appliquer les filtres' }));
    await waitFor(() =>
      expect(actor).toHaveAccessibleDescription(/Cet identifiant n’est pas valide\./),
    );
    expect(actor).toHaveAttribute('aria-invalid', 'true');
    expect(actor).toHaveValue('not-an-id');
    expect(screen.getByRole('alert')).toHaveTextContent('Corrigez les filtres signalés ci-dessus.');
  });

  it('says an end day before the start day beside the end day', async () => {
    signInAs('ADMIN', 'WO');
    renderAudit('/admin/audit?from=2026-11-30&to=2026-11-01', {
      mocks: [
        accountsMock,
        auditMock(() => ({
          errors: [
            {
              message: 'to must be after from.',
              extensions: {
                code: 'BAD_USER_INPUT',
                field: 'to',
                rule: 'notAfter',
                params: { other: 'from' },
                errors: [
                  {
                    field: 'to',
                    message: 'to must be after from.',
                    rule: 'notAfter',
                    params: { other: 'from' },
                  },
                ],
              },
            },
          ],
        })),
      ],
    });
    const until = await screen.findByLabelText(/^Until/);
    await waitFor(() =>
      expect(until).toHaveAccessibleDescription(/Choose a day on or after the “From” day\./),
    );
  });

  it('names the actions in French', async () => {
    signInAs('BROKER', 'WO');
    renderAudit('/admin/audit', {
      locale: 'fr',
      mocks: [auditMock(() => ({ nodes: [entry('e1'), SIGN_IN] }))],
    });
    expect(await screen.findByText('Profil de l’office modifié')).toBeInTheDocument();
    expect(screen.getByText('Connexion')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Modifications' })).toBeInTheDocument();
  });

  it('names the actor by the email the API gives, else by account id', async () => {
    signInAs('BROKER', 'WO', 'broker-id');
    renderAudit('/admin/audit', {
      mocks: [
        auditMock(() => ({
          nodes: [
            entry('e1', { actorEmail: null }),
            entry('e2', { actorId: 'broker-id', actorEmail: 'camille@example.org' }),
            entry('e3', {
              action: 'account.sign_in_failed',
              actorId: null,
              actorEmail: 'someone@example.org',
              entity: 'account',
              entityId: null,
              changes: [],
            }),
          ],
        })),
      ],
    });
    const [, first, second, third] = await screen.findAllByRole('row');
    expect(
      within(first as HTMLElement).getByRole('link', { name: /^Account 0b6f6f3e…/ }),
    ).toHaveAttribute('href', `/admin/audit?actor=${ACTOR}`);
    expect(within(first as HTMLElement).getByTitle(ACTOR)).toBeInTheDocument();
    expect(
      within(second as HTMLElement).getByRole('link', { name: /^camille@example\.org/ }),
    ).toHaveAttribute('href', '/admin/audit?actor=broker-id');
    expect(within(third as HTMLElement).getByText('someone@example.org')).toBeInTheDocument();
    expect(within(third as HTMLElement).queryByRole('link')).not.toBeInTheDocument();
  });

  it('folds an entry with many changes until asked', async () => {
    signInAs('BROKER', 'WO');
    const user = userEvent.setup();
    const many = entry('e1', {
      changes: ['a', 'b', 'c', 'd', 'e'].map((field) => ({
        field,
        before: null,
        after: JSON.stringify(`value ${field}`),
      })),
    });
    renderAudit('/admin/audit', { mocks: [auditMock(() => ({ nodes: [many] }))] });
    const more = await screen.findByRole('button', { name: 'Show all 5 changes' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('value e')).not.toBeInTheDocument();
    expect(screen.getAllByText('empty').length).toBe(3);
    await user.click(more);
    expect(screen.getByText('value e')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show fewer' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  it('says when nothing matches, and clears the filters', async () => {
    signInAs('BROKER', 'WO');
    const user = userEvent.setup();
    renderAudit('/admin/audit?entity=invitation', {
      mocks: [
        auditMock((variables) =>
          variables.filter?.entity ? { nodes: [] } : { nodes: [entry('e1')] },
        ),
      ],
    });
    expect(await screen.findByText('No entry matches these filters.')).toBeInTheDocument();
    await user.click(
      screen.getAllByRole('button', { name: 'Clear the filters' })[0] as HTMLElement,
    );
    expect(await screen.findByRole('heading', { name: '1 entry' })).toBeInTheDocument();
    expect(address().get('entity')).toBeNull();
  });

  it('tells a member they may not read the audit log, without asking the API', async () => {
    signInAs('MEMBER', 'FR');
    const seen: AuditLogQueryVariables[] = [];
    renderAudit('/admin/audit', { mocks: [auditMock(() => ({ nodes: [] }), seen)] });
    expect(await screen.findByRole('alert')).toHaveTextContent('You may not read the audit log');
    expect(screen.queryByRole('search')).not.toBeInTheDocument();
    expect(seen).toEqual([]);
  });

  it("shows the API's FORBIDDEN as the same refusal", async () => {
    signInAs('BROKER', 'WO');
    renderAudit('/admin/audit', {
      locale: 'fr',
      mocks: [
        auditMock(() => ({
          errors: [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN' } }],
        })),
      ],
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Vous ne pouvez pas consulter le journal d’audit',
    );
  });

  it('offers a retry when the server cannot be reached', async () => {
    signInAs('BROKER', 'WO');
    const user = userEvent.setup();
    renderAudit('/admin/audit', {
      mocks: [
        { request: { query: AuditLogQuery, variables: () => true }, error: new Error('offline') },
        auditMock(() => ({ nodes: [entry('e1')] })),
      ],
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('The server cannot be reached');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: '1 entry' })).toBeInTheDocument();
  });

  it('lets an admin pick the actor among the accounts', async () => {
    signInAs('ADMIN', 'WO');
    const user = userEvent.setup();
    const seen: AuditLogQueryVariables[] = [];
    renderAudit('/admin/audit', {
      mocks: [accountsMock, auditMock(() => ({ nodes: [entry('e1')] }), seen)],
    });
    await screen.findByRole('heading', { name: '1 entry' });
    const actor = screen.getByRole('combobox', { name: /^Who acted/ });
    await user.click(actor);
    await user.type(actor, 'Ada');
    await user.click(
      // the dropdown's transition never ends in jsdom: its options stay "hidden"
      await screen.findByRole('option', {
        name: 'Ada Admin · admin@demo.wild.example',
        hidden: true,
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Apply the filters' }));
    await waitFor(() => expect(address().get('actor')).toBe(ACTOR));
    await waitFor(() => expect(seen.at(-1)?.filter).toEqual({ actor: ACTOR }));
    expect(actor).toHaveValue('Ada Admin · admin@demo.wild.example');
  });
});
