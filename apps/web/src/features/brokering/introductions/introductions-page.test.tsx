import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';

import type { IntroductionsQueryVariables } from '../../../gql/graphql';
import { renderWithApp, type RenderOptions } from '../../../test/render';
import { IntroductionsPage } from './introductions-page';
import { introductionsMock, signInAs, summary } from './introductions.fixtures';

function Address() {
  const location = useLocation();
  return <output aria-label="address">{location.pathname + location.search}</output>;
}

function renderList(path: string, options: RenderOptions = {}) {
  return renderWithApp(null, {
    path,
    routes: [
      {
        path: '/introductions',
        element: (
          <>
            <IntroductionsPage />
            <Address />
          </>
        ),
      },
    ],
    ...options,
  });
}

const address = () => screen.getByRole('status', { name: 'address' });

describe('the introductions page', () => {
  it('lists my office’s introductions: the two offices, the subject, where each stands', async () => {
    signInAs('OFFICE_ADMIN', 'FR');
    const seen: IntroductionsQueryVariables[] = [];
    renderList('/introductions', {
      mocks: [
        introductionsMock(
          () => ({
            nodes: [
              summary({
                viewerPermissions: {
                  respond: true,
                  side: 'CANDIDATE',
                  close: false,
                  cancel: false,
                },
              }),
              summary({
                id: 'i2',
                state: 'ACTIVE',
                expiresAt: null,
                request: {
                  id: 'r2',
                  kind: 'STANDARD_BUDDY',
                  dimension: null,
                  standard: 'ST.26',
                  topic: 'Sequence listings',
                },
              }),
            ],
          }),
          seen,
        ),
      ],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Introductions' })).toBeVisible();
    expect(await screen.findByText('2 introductions, newest first')).toBeVisible();
    expect(screen.getByText(/^The introductions of your office \(FR\)/)).toBeVisible();
    const [first, second] = screen.getAllByRole('listitem');
    if (!first || !second) throw new Error('two items expected');
    expect(first).toHaveAccessibleName('ASPIT (SN) introduced to INPI (FR)');
    expect(
      within(first).getByRole('link', { name: 'ASPIT (SN) introduced to INPI (FR)' }),
    ).toHaveAttribute('href', '/introductions/6f1c2a4e-0b7d-4c1e-9a55-2d3e4f5a6b7c');
    expect(within(first).getByText('Waiting for your answer')).toBeVisible();
    expect(within(first).getByText('Proposed')).toBeVisible();
    expect(
      within(first).getByText('A mentor in Security: A security operations centre'),
    ).toBeVisible();
    expect(first).toHaveTextContent('Proposed on May 4, 2026 · expires on May 18, 2026');

    expect(within(second).getByText('Active')).toBeVisible();
    expect(within(second).queryByText('Waiting for your answer')).not.toBeInTheDocument();
    expect(
      within(second).getByText('A standards buddy for ST.26: Sequence listings'),
    ).toBeVisible();
    expect(second).not.toHaveTextContent('expires');
    expect(seen.at(-1)).toEqual({ filter: {}, first: 20, language: 'en' });
    // a member's list is their office's already: no office to choose
    expect(screen.queryByRole('textbox', { name: 'Office code' })).not.toBeInTheDocument();
    expect(document.title).toBe('Introductions — WILD Network');
  });

  it('filters by state, the state in the address', async () => {
    signInAs('MEMBER', 'SN');
    const user = userEvent.setup();
    const seen: IntroductionsQueryVariables[] = [];
    renderList('/introductions', {
      mocks: [
        introductionsMock(
          (variables) =>
            variables.filter?.states?.[0] === 'EXPIRED'
              ? { nodes: [] }
              : { nodes: [summary()], totalCount: 1 },
          seen,
        ),
      ],
    });
    await screen.findByText('1 introduction, newest first');
    await user.selectOptions(screen.getByRole('combobox', { name: 'State' }), 'EXPIRED');
    expect(await screen.findByText('No introduction matches')).toBeVisible();
    expect(address()).toHaveTextContent('/introductions?state=EXPIRED');
    expect(seen.at(-1)?.filter).toEqual({ states: ['EXPIRED'] });

    await user.selectOptions(screen.getByRole('combobox', { name: 'State' }), '');
    expect(await screen.findByText('1 introduction, newest first')).toBeVisible();
    expect(address()).toHaveTextContent(/^\/introductions$/);
  });

  it('lets the International Bureau choose an office, in French', async () => {
    signInAs('BROKER', 'WO');
    const user = userEvent.setup();
    const seen: IntroductionsQueryVariables[] = [];
    renderList('/introductions?state=PROPOSED', {
      locale: 'fr',
      mocks: [
        introductionsMock(
          (variables) =>
            variables.filter?.officeCode === 'KE' ? { nodes: [] } : { nodes: [summary()] },
          seen,
        ),
      ],
    });
    expect(await screen.findByText('1 mise en relation, les plus récentes d’abord')).toBeVisible();
    expect(
      screen.getByText('Toutes les mises en relation du réseau, les plus récentes d’abord.'),
    ).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'État' })).toHaveValue('PROPOSED');
    expect(screen.getByText('Un mentor en Sécurité : A security operations centre')).toBeVisible();

    await user.type(screen.getByRole('textbox', { name: 'Code de l’office' }), 'ke');
    await user.click(screen.getByRole('button', { name: 'Afficher' }));
    expect(await screen.findByText('Aucune mise en relation ne correspond')).toBeVisible();
    expect(address()).toHaveTextContent('/introductions?state=PROPOSED&office=KE');
    await waitFor(() =>
      expect(seen.at(-1)?.filter).toEqual({ states: ['PROPOSED'], officeCode: 'KE' }),
    );
  });

  it('says there is none yet, and how one comes', async () => {
    signInAs('MEMBER', 'SN');
    renderList('/introductions', { mocks: [introductionsMock(() => ({ nodes: [] }))] });
    expect(await screen.findByText('No introductions yet')).toBeVisible();
    expect(screen.getByText(/Ask for one from a recommendation\.$/)).toBeVisible();
  });
});
