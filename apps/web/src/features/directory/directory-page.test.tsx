import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type {
  DirectoryMembersQueryVariables,
  DirectoryOfficesQueryVariables,
} from '../../gql/graphql';
import fr from '../../i18n/fr.json';
import { renderWithApp, type RenderOptions } from '../../test/render';
import { SIDE_COLUMN_QUERY } from './directory-layout';
import { DirectoryPage } from './directory-page';
import { member, membersMock, office, officesMock, type OfficesAnswer } from './directory.fixtures';
import { DirectoryOffices } from './directory.graphql';
import { SEARCH_DEBOUNCE_MS } from './search-box';

/** Shows the address the page navigated to. */
function Address() {
  const location = useLocation();
  return <div data-testid="address">{location.search}</div>;
}

const address = () => new URLSearchParams(screen.getByTestId('address').textContent ?? '');

function renderDirectory(path: string, options: RenderOptions = {}) {
  return renderWithApp(null, {
    path,
    routes: [
      {
        path: '/directory',
        element: (
          <>
            <DirectoryPage />
            <Address />
          </>
        ),
      },
      { path: '/offices/:code', element: <p>office page</p> },
    ],
    ...options,
  });
}

const INPI = office('FR', 'National Institute of Industrial Property', {
  acronym: 'INPI',
  languages: ['fr'],
  maturity: {
    id: 'a1',
    overallLevel: 4,
    group: 'B',
    illustrative: false,
    levels: [{ dimension: 'SECURITY', level: 5 }],
  },
});
const DEMO = office('XX', 'Demo Office', {
  region: 'AFRICA',
  kind: 'REGIONAL',
  languages: ['en', 'fr'],
  illustrative: true,
  maturity: null,
});

const FACETS: OfficesAnswer['facets'] = {
  REGION: { TRANSITION_DEVELOPED: 9, AFRICA: 3 },
  KIND: { NATIONAL: 10, REGIONAL: 2 },
  LANGUAGE: { fr: 7, en: 11 },
  GROUP: { B: 4 },
  MATURITY_SECURITY: { '3': 2, '4': 5, '5': 1 },
};

/** Laptop width: the filters in the side column (jsdom's default is a narrow screen). */
function laptop() {
  const original = window.matchMedia;
  vi.spyOn(window, 'matchMedia').mockImplementation((query: string) => ({
    ...original(query),
    matches: query === SIDE_COLUMN_QUERY,
  }));
}

afterEach(() => vi.restoreAllMocks());

const FR_NETWORK = fr['error.network'];

describe('the directory of offices', () => {
  it('shows each office with its name, code, region, languages, maturity and a link', async () => {
    laptop();
    renderDirectory('/directory', {
      mocks: [officesMock(() => ({ offices: [INPI, DEMO], totalCount: 12, facets: FACETS }))],
    });
    expect(await screen.findByRole('heading', { name: '12 offices' })).toBeInTheDocument();
    // laptop: the filters in a side column, and a way past them for the keyboard
    expect(screen.getByRole('complementary', { name: 'Filters' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skip to the results' })).toHaveAttribute(
      'href',
      '#directory-results',
    );
    const inpi = screen.getByRole('link', { name: 'National Institute of Industrial Property' });
    expect(inpi).toHaveAttribute('href', '/offices/FR');
    const inpiCard = inpi.closest('li') as HTMLElement;
    expect(
      within(inpiCard).getByText(
        'FR · INPI · Transition and developed countries · National office',
      ),
    ).toBeInTheDocument();
    expect(within(inpiCard).getByText('Languages: French')).toBeInTheDocument();
    expect(within(inpiCard).getByText('Level 4 · Integrated')).toBeInTheDocument();
    expect(within(inpiCard).getByText('Group B')).toBeInTheDocument();
    expect(within(inpiCard).queryByText('Demo data')).not.toBeInTheDocument();

    const demoCard = screen.getByRole('link', { name: 'Demo Office' }).closest('li') as HTMLElement;
    expect(within(demoCard).getByText('Demo data')).toBeInTheDocument();
    expect(within(demoCard).getByText('Not assessed yet')).toBeInTheDocument();
    expect(within(demoCard).getByText('Languages: English and French')).toBeInTheDocument();
  });

  it('shows the facet counts beside each option', async () => {
    laptop();
    renderDirectory('/directory', {
      mocks: [officesMock(() => ({ offices: [INPI], facets: FACETS }))],
    });
    const regions = await screen.findByRole('group', { name: 'WIPO region' });
    expect(await within(regions).findByRole('checkbox', { name: 'Africa (3)' })).not.toBeChecked();
    expect(
      within(regions).getByRole('checkbox', { name: 'Transition and developed countries (9)' }),
    ).toBeInTheDocument();
    expect(within(regions).getByRole('checkbox', { name: 'Arab region (0)' })).toBeInTheDocument();
    const kinds = screen.getByRole('group', { name: 'Kind of office' });
    expect(
      within(kinds).getByRole('checkbox', { name: 'National office (10)' }),
    ).toBeInTheDocument();
    const groups = screen.getByRole('group', { name: /Maturity group/ });
    expect(within(groups).getByRole('checkbox', { name: 'B — advanced (4)' })).toBeInTheDocument();
  });

  it('filters by region: the address, the query and the counts follow', async () => {
    laptop();
    const seen: DirectoryOfficesQueryVariables[] = [];
    renderDirectory('/directory', {
      mocks: [
        officesMock(
          (variables) =>
            variables.filter?.regions?.includes('AFRICA')
              ? {
                  offices: [DEMO],
                  facets: { ...FACETS, REGION: { AFRICA: 3 } },
                  // counted without the region filter: what adding another region would add
                  counts: {
                    regionCounts: { REGION: { TRANSITION_DEVELOPED: 9, AFRICA: 3, ARAB: 2 } },
                  },
                }
              : { offices: [INPI, DEMO], facets: FACETS },
          seen,
        ),
      ],
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('checkbox', { name: 'Africa (3)' }));

    expect(address().getAll('region')).toEqual(['AFRICA']);
    await waitFor(() =>
      expect(screen.queryByRole('link', { name: /National Institute/ })).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('checkbox', { name: 'Africa (3)' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Arab region (2)' })).toBeInTheDocument();
    const last = seen.at(-1);
    expect(last?.filter).toEqual({ regions: ['AFRICA'] });
    expect(last).toMatchObject({ withRegionCounts: true, regionCountsFilter: {} });
  });

  it('constrains a maturity dimension to a range of levels', async () => {
    laptop();
    const seen: DirectoryOfficesQueryVariables[] = [];
    renderDirectory('/directory?lang=fr', {
      mocks: [officesMock(() => ({ offices: [INPI], facets: FACETS }), seen)],
    });
    const user = userEvent.setup();
    const add = await screen.findByRole('button', { name: 'Add' });
    expect(add).toBeDisabled();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Add a level range' }),
      'Security',
    );
    await user.click(add);
    expect(address().getAll('maturity')).toEqual(['SECURITY.1-5']);

    const lowest = await screen.findByRole('combobox', { name: 'Security: lowest level' });
    // the next thing to set has the focus
    expect(lowest).toHaveFocus();
    // each level with its count among the results
    expect(within(lowest).getByRole('option', { name: '4 · Integrated (5)' })).toBeInTheDocument();
    await user.selectOptions(lowest, '4');

    expect(address().getAll('maturity')).toEqual(['SECURITY.4-5']);
    expect(address().getAll('lang')).toEqual(['fr']);
    // each card shows the level of the dimension compared, beside the overall one
    expect(await screen.findByText('Security: 5')).toBeInTheDocument();
    await waitFor(() =>
      expect(seen.at(-1)?.filter).toEqual({
        languages: ['fr'],
        maturity: [{ dimension: 'SECURITY', min: 4, max: 5 }],
      }),
    );
    expect(seen.at(-1)?.facetFields).toContain('MATURITY_SECURITY');

    // a second dimension at once
    await user.selectOptions(screen.getByRole('combobox', { name: 'Add a level range' }), 'Data');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(address().getAll('maturity')).toEqual(['SECURITY.4-5', 'DATA.1-5']);
    await user.click(screen.getByRole('button', { name: 'Remove the Security range' }));
    expect(address().getAll('maturity')).toEqual(['DATA.1-5']);
    expect(screen.getByRole('combobox', { name: 'Add a level range' })).toHaveFocus();
  });

  it('clears every filter', async () => {
    laptop();
    const seen: DirectoryOfficesQueryVariables[] = [];
    renderDirectory('/directory?region=AFRICA&kind=REGIONAL&maturity=SECURITY.4-5&sort=name', {
      mocks: [officesMock(() => ({ offices: [DEMO], facets: FACETS }), seen)],
    });
    const user = userEvent.setup();
    expect(await screen.findByRole('checkbox', { name: /Africa/ })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(address().toString()).toBe('sort=name');
    await waitFor(() => expect(seen.at(-1)?.filter).toEqual({}));
    expect(screen.getByRole('checkbox', { name: /Africa/ })).not.toBeChecked();
  });

  it('says when nothing matches, and offers to clear the filters', async () => {
    laptop();
    renderDirectory('/directory?group=A&need=SECURITY', {
      mocks: [
        officesMock((variables) =>
          variables.filter?.groups
            ? { offices: [], totalCount: 0 }
            : { offices: [INPI], facets: FACETS },
        ),
      ],
    });
    const user = userEvent.setup();
    const empty = (await screen.findByText('No office matches these filters')).closest(
      '[role="status"]',
    ) as HTMLElement;
    expect(screen.getByRole('heading', { name: 'No office' })).toBeInTheDocument();
    await user.click(within(empty).getByRole('button', { name: 'Clear filters' }));
    expect(address().toString()).toBe('');
    expect(await screen.findByRole('link', { name: /National Institute/ })).toBeInTheDocument();
  });

  it('shows skeletons while the first page loads', async () => {
    renderDirectory('/directory', {
      mocks: [{ ...officesMock(() => ({ offices: [INPI] })), delay: 200 }],
    });
    expect(screen.getByText('Loading the offices…')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: /National Institute/ })).toBeInTheDocument();
  });

  it('says in the interface’s language why the list could not be read, and retries', async () => {
    let calls = 0;
    renderDirectory('/directory', {
      locale: 'fr',
      mocks: [
        {
          request: { query: DirectoryOffices, variables: () => true },
          error: new TypeError('Failed to fetch'),
        },
        {
          ...officesMock(() => {
            calls += 1;
            return { offices: [INPI] };
          }),
        },
      ],
    });
    const user = userEvent.setup();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('L’annuaire n’a pas pu être affiché');
    expect(alert).toHaveTextContent(FR_NETWORK);
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByRole('link', { name: /National Institute/ })).toBeInTheDocument();
    expect(calls).toBe(1);
  });

  it('shows the API’s field error beside the filter it concerns', async () => {
    laptop();
    renderDirectory('/directory?maturity=SECURITY.5-3', {
      mocks: [
        officesMock(() => ({
          errors: [
            {
              message: 'min (5) is above max (3).',
              extensions: {
                code: 'BAD_USER_INPUT',
                field: 'filter.maturity.0',
                rule: 'rangeInverted',
                params: { min: 5, max: 3 },
              },
            },
          ],
        })),
      ],
    });
    const maturity = await screen.findByRole('group', { name: 'Maturity level' });
    expect(
      await within(maturity).findByText('The lower bound (5) is above the upper bound (3).'),
    ).toBeInTheDocument();
    expect(within(maturity).getByRole('combobox', { name: 'Security: lowest level' })).toHaveValue(
      '5',
    );
    expect(screen.getByRole('alert', { name: '' })).toBeInTheDocument();
    expect(screen.getByText('Some fields need your attention.')).toBeInTheDocument();
  });
});

describe('paging', () => {
  it('keeps the cursor in the address, and goes back through the pages read', async () => {
    laptop();
    const seen: DirectoryOfficesQueryVariables[] = [];
    renderDirectory('/directory', {
      mocks: [
        officesMock(
          (variables) =>
            variables.after === 'page-2'
              ? { offices: [DEMO], totalCount: 21, facets: FACETS }
              : {
                  offices: [INPI],
                  totalCount: 21,
                  facets: FACETS,
                  hasNextPage: true,
                  endCursor: 'page-2',
                },
          seen,
        ),
      ],
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Next page' }));
    expect(address().get('after')).toBe('page-2');
    expect(address().get('page')).toBe('2');
    expect(await screen.findByRole('link', { name: 'Demo Office' })).toBeInTheDocument();
    expect(screen.getByText('21–21 of 21')).toBeInTheDocument();
    // the keyboard starts at the top of the new page
    expect(screen.getByRole('heading', { name: '21 offices' })).toHaveFocus();
    expect(seen.at(-1)).toMatchObject({ after: 'page-2', first: 20 });

    await user.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(address().has('after')).toBe(false);
    expect(await screen.findByRole('link', { name: /National Institute/ })).toBeInTheDocument();
  });

  it('offers the first page from a shared link, and when the cursor is refused', async () => {
    laptop();
    renderDirectory('/directory?after=stale&page=4', {
      mocks: [
        officesMock((variables) =>
          variables.after
            ? {
                errors: [
                  {
                    message: 'This cursor is not valid for this list.',
                    extensions: { code: 'BAD_USER_INPUT', field: 'after', rule: 'invalidCursor' },
                  },
                ],
              }
            : { offices: [INPI], facets: FACETS },
        ),
      ],
    });
    const user = userEvent.setup();
    expect(
      await screen.findByText('This page link is out of date. Go back to the first page.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'First page' }));
    expect(address().has('after')).toBe(false);
    expect(await screen.findByRole('link', { name: /National Institute/ })).toBeInTheDocument();
  });
});

describe('the search', () => {
  it('runs after a pause in typing, and then offers the relevance order', async () => {
    laptop();
    const seen: DirectoryOfficesQueryVariables[] = [];
    renderDirectory('/directory', {
      mocks: [officesMock(() => ({ offices: [INPI], facets: FACETS }), seen)],
    });
    const box = await screen.findByRole('searchbox', { name: 'Search offices' });
    const sort = screen.getByRole('combobox', { name: 'Sort by' });
    expect(within(sort).queryByRole('option', { name: 'Relevance' })).not.toBeInTheDocument();

    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      fireEvent.change(box, { target: { value: 'inp' } });
      fireEvent.change(box, { target: { value: 'inpi' } });
      expect(address().has('q')).toBe(false);
      await act(() => vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS));
    } finally {
      vi.useRealTimers();
    }
    expect(address().get('q')).toBe('inpi');
    await waitFor(() => expect(seen.at(-1)?.filter).toEqual({ search: 'inpi' }));
    expect(within(sort).getByRole('option', { name: 'Relevance' })).toBeInTheDocument();
    expect(sort).toHaveValue('RELEVANCE');
  });
});

describe('on a tablet', () => {
  it('keeps the filters behind a toggle', async () => {
    renderDirectory('/directory?region=AFRICA', {
      mocks: [officesMock(() => ({ offices: [DEMO], facets: FACETS }))],
    });
    const user = userEvent.setup();
    const toggle = await screen.findByRole('button', { name: 'Filters (1 active)' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('group', { name: 'WIPO region' })).not.toBeInTheDocument();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(await screen.findByRole('group', { name: 'WIPO region' })).toBeInTheDocument();
  });
});

describe('the directory of people', () => {
  it('lists people with their office, job and expertise, and filters them', async () => {
    laptop();
    const seen: DirectoryMembersQueryVariables[] = [];
    renderDirectory('/directory?tab=people', {
      mocks: [
        membersMock(
          () => ({
            members: [
              member('m1', 'Camille Exemple', {
                title: 'Head of digital services',
                position: 'CIO',
                illustrative: true,
                expertise: [
                  { area: 'DEVOPS', level: 2 },
                  { area: 'CLOUD_ARCHITECTURE', level: 3 },
                ],
              }),
            ],
            facets: {
              POSITION: { CIO: 4, CISO: 1 },
              EXPERTISE: { DEVOPS: 3, CLOUD_ARCHITECTURE: 2 },
              AVAILABLE_TO_MENTOR: { true: 2, false: 3 },
            },
            areas: {
              DEVOPS: 'DevOps and continuous delivery',
              CLOUD_ARCHITECTURE: 'Cloud architecture',
            },
          }),
          seen,
        ),
      ],
    });
    const user = userEvent.setup();
    expect(await screen.findByRole('tab', { name: 'People' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    const card = (await screen.findByRole('heading', { name: 'Camille Exemple' })).closest(
      'li',
    ) as HTMLElement;
    expect(within(card).getByText('CIO · Head of digital services')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'French office' })).toHaveAttribute(
      'href',
      '/offices/FR',
    );
    expect(
      within(card).getByText(
        'Expertise: Cloud architecture (expert), DevOps and continuous delivery (practitioner)',
      ),
    ).toBeInTheDocument();
    expect(within(card).getByText('Demo data')).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Available to mentor (2)' }));
    expect(address().get('mentor')).toBe('1');
    await user.click(screen.getByRole('checkbox', { name: 'CISO (1)' }));
    expect(address().getAll('position')).toEqual(['CISO']);
    await waitFor(() =>
      expect(seen.at(-1)?.filter).toEqual({ positions: ['CISO'], availableToMentor: true }),
    );
  });

  it('switches tabs keeping the search and the regions', async () => {
    laptop();
    renderDirectory('/directory?q=data&region=AFRICA&kind=NATIONAL', {
      mocks: [
        officesMock(() => ({ offices: [INPI], facets: FACETS })),
        membersMock(() => ({ members: [member('m1', 'Camille Exemple')] })),
      ],
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('tab', { name: 'People' }));
    expect(address().toString()).toBe('tab=people&q=data&region=AFRICA');
    expect(await screen.findByRole('searchbox', { name: 'Search people' })).toHaveValue('data');
  });
});

describe('in French', () => {
  it('names the controls, the values and the counts in French', async () => {
    laptop();
    renderDirectory('/directory', {
      locale: 'fr',
      mocks: [officesMock(() => ({ offices: [INPI], totalCount: 1, facets: FACETS }))],
    });
    expect(await screen.findByRole('heading', { name: '1 office' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Rechercher des offices' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Personnes' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Région de l’OMPI' })).toBeInTheDocument();
    // (the matcher sees the no-break space before the colon as a space)
    expect(screen.getByText(/^Langues\s: français$/)).toBeInTheDocument();
    expect(screen.getByText('Niveau 4 · Intégré')).toBeInTheDocument();
  });
});
