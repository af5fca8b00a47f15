import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';

import type { AdminAccountsQueryVariables } from '../../gql/graphql';
import { renderWithApp, type RenderOptions } from '../../test/render';
import { AccountsPage } from './accounts-page';
import { AdminDeactivateAccount, AdminSetRole } from './accounts.graphql';
import { account, accountsMock, signInAs } from './admin.fixtures';

function Address() {
  const location = useLocation();
  return <div data-testid="address">{location.search}</div>;
}

const address = () => new URLSearchParams(screen.getByTestId('address').textContent ?? '');

function renderAccounts(path: string, options: RenderOptions = {}) {
  return renderWithApp(null, {
    path,
    routes: [
      {
        path: '/admin/accounts',
        element: (
          <>
            <AccountsPage />
            <Address />
          </>
        ),
      },
    ],
    ...options,
  });
}

const DOMINIQUE = account('a1', 'Dominique Martin', { role: 'OFFICE_ADMIN' });
const ALEX = account('a2', 'Alex Durand', { officeCode: 'EP' });

describe('the accounts page', () => {
  it('lists the accounts in a table, and a filter changes the address and the query', async () => {
    signInAs('ADMIN', 'WO');
    const user = userEvent.setup();
    const seen: AdminAccountsQueryVariables[] = [];
    renderAccounts('/admin/accounts', {
      mocks: [
        accountsMock(
          (variables) =>
            variables.filter?.role === 'OFFICE_ADMIN'
              ? { nodes: [DOMINIQUE] }
              : { nodes: [DOMINIQUE, ALEX], hasNextPage: true, endCursor: 'c2', totalCount: 30 },
          seen,
        ),
      ],
    });
    expect(await screen.findByRole('heading', { name: '30 accounts' })).toBeInTheDocument();
    const row = screen.getByRole('row', { name: /Alex Durand/ });
    expect(within(row).getByRole('cell', { name: 'a2@example.org' })).toBeInTheDocument();
    expect(within(row).getByRole('cell', { name: 'EP' })).toBeInTheDocument();
    expect(within(row).getByRole('cell', { name: 'Member' })).toBeInTheDocument();
    expect(within(row).getByText('Active')).toBeInTheDocument();
    expect(seen.at(-1)).toEqual({ filter: {}, first: 20, after: null });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Role' }), 'OFFICE_ADMIN');
    expect(await screen.findByRole('heading', { name: '1 account' })).toBeInTheDocument();
    expect(address().get('role')).toBe('OFFICE_ADMIN');
    expect(seen.at(-1)?.filter).toEqual({ role: 'OFFICE_ADMIN' });

    await user.type(screen.getByRole('searchbox', { name: 'Name or email' }), 'dominique');
    await user.type(screen.getByRole('textbox', { name: 'Office code' }), 'fr');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'inactive');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() =>
      expect(seen.at(-1)?.filter).toEqual({
        role: 'OFFICE_ADMIN',
        search: 'dominique',
        officeCode: 'FR',
        active: false,
      }),
    );
    expect(address().get('q')).toBe('dominique');
    expect(address().get('status')).toBe('inactive');
  });

  it('pages by cursor, the cursor in the address', async () => {
    signInAs('ADMIN', 'WO');
    const user = userEvent.setup();
    const seen: AdminAccountsQueryVariables[] = [];
    renderAccounts('/admin/accounts?role=MEMBER', {
      mocks: [
        accountsMock(
          (variables) =>
            variables.after === 'c2'
              ? { nodes: [ALEX], totalCount: 21 }
              : { nodes: [DOMINIQUE], hasNextPage: true, endCursor: 'c2', totalCount: 21 },
          seen,
        ),
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('row', { name: /Alex Durand/ })).toBeInTheDocument();
    expect(address().get('after')).toBe('c2');
    expect(address().get('role')).toBe('MEMBER');
    expect(seen.at(-1)).toEqual({ filter: { role: 'MEMBER' }, first: 20, after: 'c2' });
    await user.click(screen.getByRole('button', { name: 'Previous' }));
    expect(await screen.findByRole('row', { name: /Dominique Martin/ })).toBeInTheDocument();
    expect(address().get('after')).toBeNull();
  });

  it('changes a role (admins)', async () => {
    signInAs('ADMIN', 'WO');
    const user = userEvent.setup();
    renderAccounts('/admin/accounts', {
      mocks: [
        accountsMock(() => ({ nodes: [ALEX] })),
        {
          request: {
            query: AdminSetRole,
            variables: { input: { accountId: 'a2', role: 'OFFICE_ADMIN' } },
          },
          result: {
            data: {
              setRole: { __typename: 'Account', id: 'a2', role: 'OFFICE_ADMIN', active: true },
            },
          },
        },
      ],
    });
    const row = await screen.findByRole('row', { name: /Alex Durand/ });
    const confirm = within(row).getByRole('button', { name: 'Change role: Alex Durand' });
    expect(confirm).toBeDisabled();
    await user.selectOptions(
      within(row).getByRole('combobox', { name: 'New role for Alex Durand' }),
      'OFFICE_ADMIN',
    );
    await user.click(confirm);
    expect(
      await within(row).findByRole('cell', { name: 'Office administrator' }),
    ).toBeInTheDocument();
    expect(confirm).toBeDisabled();
  });

  it('deactivates an account after a confirmation', async () => {
    signInAs('ADMIN', 'WO');
    const user = userEvent.setup();
    renderAccounts('/admin/accounts', {
      mocks: [
        accountsMock(() => ({ nodes: [ALEX] })),
        {
          request: { query: AdminDeactivateAccount, variables: { input: { accountId: 'a2' } } },
          result: {
            data: {
              deactivateAccount: { __typename: 'Account', id: 'a2', role: 'MEMBER', active: false },
            },
          },
        },
      ],
    });
    const row = await screen.findByRole('row', { name: /Alex Durand/ });
    await user.click(within(row).getByRole('button', { name: 'Deactivate Alex Durand' }));
    const dialog = await screen.findByRole('dialog', { name: 'Deactivate Alex Durand?' });
    expect(within(dialog).getByText(/a2@example.org will no longer be able/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Deactivate the account' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(within(row).getByText('Deactivated')).toBeInTheDocument();
    expect(
      within(row).queryByRole('button', { name: 'Deactivate Alex Durand' }),
    ).not.toBeInTheDocument();
  });

  it("shows the API's refusal in French: an admin cannot deactivate themself", async () => {
    signInAs('ADMIN', 'WO', 'me');
    const user = userEvent.setup();
    const me = account('me', 'Camille Exemple', { role: 'ADMIN', officeCode: 'WO' });
    renderAccounts('/admin/accounts', {
      locale: 'fr',
      mocks: [
        accountsMock(() => ({ nodes: [me] })),
        {
          request: { query: AdminDeactivateAccount, variables: { input: { accountId: 'me' } } },
          result: {
            errors: [
              {
                message: 'You cannot deactivate your own account.',
                extensions: {
                  code: 'BAD_USER_INPUT',
                  field: 'accountId',
                  rule: 'cannotDeactivateSelf',
                  errors: [
                    {
                      field: 'accountId',
                      message: 'You cannot deactivate your own account.',
                      rule: 'cannotDeactivateSelf',
                      params: {},
                    },
                  ],
                },
              },
            ],
          },
        },
      ],
    });
    const row = await screen.findByRole('row', { name: /Camille Exemple/ });
    await user.click(within(row).getByRole('button', { name: 'Désactiver Camille Exemple' }));
    const dialog = await screen.findByRole('dialog', { name: /^Désactiver Camille Exemple\s\?$/ });
    await user.click(within(dialog).getByRole('button', { name: 'Désactiver le compte' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Vous ne pouvez pas désactiver votre propre compte.',
    );
  });

  const LAST_ADMIN = {
    errors: [
      {
        message: 'This is the last active admin: name another admin first.',
        extensions: { code: 'CONFLICT', reason: 'LAST_ACTIVE_ADMIN' },
      },
    ],
  };

  it('says why the last active admin keeps the role', async () => {
    signInAs('ADMIN', 'WO');
    const user = userEvent.setup();
    const ada = account('a3', 'Ada Admin', { role: 'ADMIN', officeCode: 'WO' });
    renderAccounts('/admin/accounts', {
      mocks: [
        accountsMock(() => ({ nodes: [ada] })),
        {
          request: {
            query: AdminSetRole,
            variables: { input: { accountId: 'a3', role: 'MEMBER' } },
          },
          result: LAST_ADMIN,
        },
      ],
    });
    const row = await screen.findByRole('row', { name: /Ada Admin/ });
    const role = within(row).getByRole('combobox', { name: 'New role for Ada Admin' });
    await user.selectOptions(role, 'MEMBER');
    await user.click(within(row).getByRole('button', { name: 'Change role: Ada Admin' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "This is the network's last active administrator: give another account the administrator role first.",
    );
    expect(role).toHaveValue('ADMIN');
    expect(within(row).getByRole('cell', { name: 'Administrator' })).toBeInTheDocument();
  });

  it('says why the last active admin cannot be deactivated, in French', async () => {
    signInAs('ADMIN', 'WO');
    const user = userEvent.setup();
    const ada = account('a3', 'Ada Admin', { role: 'ADMIN', officeCode: 'WO' });
    renderAccounts('/admin/accounts', {
      locale: 'fr',
      mocks: [
        accountsMock(() => ({ nodes: [ada] })),
        {
          request: { query: AdminDeactivateAccount, variables: { input: { accountId: 'a3' } } },
          result: LAST_ADMIN,
        },
      ],
    });
    const row = await screen.findByRole('row', { name: /Ada Admin/ });
    await user.click(within(row).getByRole('button', { name: 'Désactiver Ada Admin' }));
    const dialog = await screen.findByRole('dialog', { name: /^Désactiver Ada Admin\s\?$/ });
    await user.click(within(dialog).getByRole('button', { name: 'Désactiver le compte' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      /^C’est le dernier administrateur actif du réseau\s: attribuez d’abord le rôle d’administrateur à un autre compte\.$/,
    );
    expect(within(row).getByText('Actif')).toBeInTheDocument();
  });

  it("shows an office admin their office's accounts without role or deactivation controls", async () => {
    signInAs('OFFICE_ADMIN', 'FR');
    renderAccounts('/admin/accounts', {
      mocks: [accountsMock(() => ({ nodes: [DOMINIQUE] }))],
    });
    const row = await screen.findByRole('row', { name: /Dominique Martin/ });
    expect(within(row).queryByRole('button')).not.toBeInTheDocument();
    expect(within(row).queryByRole('combobox')).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Office code' })).not.toBeInTheDocument();
  });

  it("shows the API's FORBIDDEN when it refuses the list", async () => {
    signInAs('MEMBER', 'FR');
    renderAccounts('/admin/accounts', {
      mocks: [
        accountsMock(() => ({
          errors: [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN' } }],
        })),
      ],
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('You are not allowed to do this.');
  });
});
