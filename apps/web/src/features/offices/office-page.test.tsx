import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { renderWithApp } from '../../test/render';
import { signInAs } from './assessment/assessment.fixtures';
import { withChartSize } from './chart-size.test-support';
import { OfficePage } from './office-page';
import {
  benchmarkMock,
  benchmarkTooSmallMock,
  CURRENT,
  office,
  OLDEST,
  pageErrorMock,
  pageMock,
  PREVIOUS,
  validateMock,
  validateRefusedMock,
} from './office-page.fixtures';

const AT_FR = { route: '/offices/:code', path: '/offices/FR' } as const;

function section(name: RegExp | string) {
  return screen.getByRole('region', { name });
}

describe('the office page', () => {
  withChartSize();

  it('shows skeletons, announced, while it loads', () => {
    renderWithApp(<OfficePage />, { ...AT_FR, mocks: [pageMock(), benchmarkMock()] });
    expect(screen.getByRole('status')).toHaveTextContent('Loading the office…');
  });

  it('shows the profile, the maturity against the previous assessment and the region, the history and the rest', async () => {
    renderWithApp(<OfficePage />, { ...AT_FR, mocks: [pageMock(), benchmarkMock()] });

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'National Institute of Industrial Property (INPI)',
      }),
    ).toBeInTheDocument();
    expect(screen.getAllByText('Demo data — illustrative').length).toBeGreaterThan(0);
    expect(
      screen.getByText(/invented demo data, not an office’s own statement/),
    ).toBeInTheDocument();
    expect(document.title).toBe('National Institute of Industrial Property — WILD Network');

    // the keyboard's shortcuts through the page
    const toc = screen.getByRole('navigation', { name: 'On this page' });
    expect(within(toc).getByRole('link', { name: 'Evidence notes' })).toHaveAttribute(
      'href',
      '#evidence',
    );

    const profile = section('Profile');
    for (const text of [
      'The French office for patents, trademarks and designs.',
      'National office',
      'Transition and developed countries',
      'France',
      'French and English',
      'In-house and WIPO IPAS',
      '1,250',
      '2 introductions at a time',
    ])
      expect(within(profile).getByText(text)).toBeInTheDocument();
    expect(within(profile).getByText(/Europe\/Paris/)).toBeInTheDocument();
    expect(within(profile).getByRole('link', { name: 'www.inpi.fr' })).toHaveAttribute(
      'href',
      'https://www.inpi.fr/',
    );
    expect(within(profile).getByRole('link', { name: 'Open data' })).toBeInTheDocument();
    expect(
      within(profile).getByText('Institut national de la propriété industrielle'),
    ).toHaveAttribute('lang', 'fr');

    const maturity = section('ICT maturity');
    expect(within(maturity).getByText('B — advanced')).toBeInTheDocument();
    expect(within(maturity).getByText('March 12, 2025')).toBeInTheDocument();
    expect(within(maturity).getByText('Validated by the IB')).toBeInTheDocument();
    expect(within(maturity).getByText('on April 1, 2025')).toBeInTheDocument();
    const radar = within(maturity).getByRole('img', { name: /Radar chart/ });
    expect(radar).toHaveAttribute('dir', 'ltr');
    // the region's mean arrives with its own query
    expect(
      await within(maturity).findByRole('columnheader', { name: 'Region mean' }),
    ).toBeInTheDocument();
    expect(radar).toHaveAccessibleName(expect.stringContaining('Previous (Feb 20, 2024)'));
    const security = within(maturity).getByRole('rowheader', {
      name: 'Cybersecurity and resilience',
    });
    expect(
      within(security.closest('tr') as HTMLElement)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['5 · Optimising', '4 · Integrated', '3.8']);

    const history = section('Maturity over time');
    const line = within(history).getByRole('img', { name: /Line chart of Overall level/ });
    expect(line).toHaveAttribute('dir', 'ltr');
    expect(line.querySelectorAll('.recharts-line-dot')).toHaveLength(3);
    // charts are no tab stops: the tables beside them are the keyboard's way to the data
    expect(document.querySelectorAll('[role="img"] [tabindex]:not([tabindex="-1"])')).toHaveLength(
      0,
    );
    const rows = within(within(history).getByRole('table')).getAllByRole('rowheader');
    expect(rows.map((row) => row.textContent)).toEqual([
      'Mar 12, 2025',
      'Feb 20, 2024',
      'Jan 15, 2023',
    ]);
    // one dimension over time instead of the overall level
    await userEvent.selectOptions(
      within(history).getByLabelText('Level shown'),
      'Cybersecurity and resilience',
    );
    expect(
      within(history).getByRole('img', { name: /Line chart of Cybersecurity and resilience/ }),
    ).toBeInTheDocument();
    expect(
      within(history).getByRole('columnheader', { name: 'Cybersecurity and resilience' }),
    ).toBeInTheDocument();

    const evidence = section('Evidence notes');
    expect(within(evidence).getByText('ISO 27001 certification since 2023.')).toBeInTheDocument();
    expect(
      within(evidence).getByRole('heading', { name: 'Online services for applicants — unknown' }),
    ).toBeInTheDocument();
    expect(within(evidence).getAllByText('No evidence note.')).toHaveLength(9);

    const standards = section('WIPO standards');
    const st96 = within(standards).getByRole('rowheader', { name: 'ST.96' });
    expect(
      within(st96.closest('tr') as HTMLElement)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Not implemented', 'Jun 30, 2026', '—']);
    expect(within(standards).getByText('Implemented completely')).toBeInTheDocument();

    const needs = section('Needs and offers');
    expect(within(needs).getByText('Classifying trademark images with AI.')).toBeInTheDocument();
    expect(within(needs).getByText('Confidential')).toBeInTheDocument();
    expect(
      within(needs).getByText(/Only the office’s own members and the International Bureau/),
    ).toBeInTheDocument();
    expect(within(needs).getByText('Our ISO 27001 programme, step by step.')).toBeInTheDocument();

    const members = section('Members');
    expect(within(members).getByText('Camille Exemple')).toBeInTheDocument();
    expect(within(members).getByText('CIO')).toBeInTheDocument();
    expect(within(members).getByText('Director of information systems')).toBeInTheDocument();
  });

  it('notes a region too small for a mean, and shows no error', async () => {
    renderWithApp(<OfficePage />, { ...AT_FR, mocks: [pageMock(), benchmarkTooSmallMock()] });
    expect(
      await screen.findByText(/No mean is shown for the region Transition and developed countries/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'Region mean' })).not.toBeInTheDocument();
  });

  it('says clearly when a section has nothing to show', async () => {
    const bare = office({
      acronym: null,
      description: null,
      website: null,
      links: [],
      illustrative: false,
      maturity: null,
      maturityHistory: { totalCount: 0, edges: [] },
      standards: [],
      needs: [],
      offers: [],
      members: { totalCount: 0, edges: [] },
    });
    renderWithApp(<OfficePage />, { ...AT_FR, mocks: [pageMock(bare)] });
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByText('Demo data — illustrative')).not.toBeInTheDocument();
    expect(
      within(section('Profile')).getByText('The office has no description yet.'),
    ).toBeInTheDocument();
    expect(
      within(section('ICT maturity')).getByText(
        'The office has not submitted a maturity assessment yet.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(
      within(section('Maturity over time')).getByText('No assessment has been submitted yet.'),
    ).toBeInTheDocument();
    expect(
      within(section('WIPO standards')).getByText(
        'The office has not reported on any WIPO standard yet.',
      ),
    ).toBeInTheDocument();
    expect(within(section('Needs and offers')).getByText('No need published.')).toBeInTheDocument();
    expect(
      within(section('Needs and offers')).getByText('No offer published.'),
    ).toBeInTheDocument();
    expect(
      within(section('Members')).getByText('No member of this office is visible to you.'),
    ).toBeInTheDocument();
  });

  it('says when the first assessment has no previous one', async () => {
    const first = office({
      maturityHistory: { totalCount: 1, edges: [{ node: CURRENT }] },
    });
    renderWithApp(<OfficePage />, { ...AT_FR, mocks: [pageMock(first), benchmarkMock()] });
    expect(
      await screen.findByText(/first assessment: there is no previous one/),
    ).toBeInTheDocument();
    expect(screen.getByText(/One assessment so far/)).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: /^Previous/ })).not.toBeInTheDocument();
  });

  it('answers an unknown (or hidden) office with a page that says so', async () => {
    renderWithApp(<OfficePage />, {
      route: '/offices/:code',
      path: '/offices/ZZ',
      mocks: [pageErrorMock('ZZ', { code: 'NOT_FOUND' })],
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Office not found' }),
    ).toBeInTheDocument();
    expect(screen.getByText('No office with code ZZ, or you may not see it.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the directory' })).toHaveAttribute(
      'href',
      '/directory',
    );
  });

  it('answers an address that holds no ST.3 code as an unknown office', async () => {
    renderWithApp(<OfficePage />, {
      route: '/offices/:code',
      path: '/offices/nowhere',
      mocks: [
        pageErrorMock('NOWHERE', { code: 'BAD_USER_INPUT', field: 'code', rule: 'unknownCode' }),
      ],
    });
    expect(
      await screen.findByText('No office with code NOWHERE, or you may not see it.'),
    ).toBeInTheDocument();
  });

  it('translates any other error by its code, with a way to try again', async () => {
    renderWithApp(<OfficePage />, {
      ...AT_FR,
      mocks: [pageErrorMock('FR', { code: 'INTERNAL_SERVER_ERROR' })],
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Something went wrong on our side. Please try again.',
    );
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('speaks French: texts, names from the API, dates and numbers', async () => {
    const french = office({ name: 'Institut national de la propriété industrielle' });
    renderWithApp(<OfficePage />, {
      ...AT_FR,
      locale: 'fr',
      mocks: [pageMock(french, 'fr'), benchmarkMock()],
    });
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Institut national de la propriété industrielle (INPI)',
      }),
    ).toBeInTheDocument();
    expect(screen.getAllByText('Données de démonstration — illustratives').length).toBeGreaterThan(
      0,
    );
    const profile = section('Profil');
    expect(within(profile).getByText('Office national')).toBeInTheDocument();
    expect(within(profile).getByText('français et anglais')).toBeInTheDocument();
    // Intl groups French thousands with a narrow no-break space (the matcher normalizes spaces)
    expect(within(profile).getByText('1 250')).toBeInTheDocument();
    const maturity = section('Maturité TIC');
    expect(within(maturity).getByText('12 mars 2025')).toBeInTheDocument();
    expect(within(maturity).getByRole('img', { name: /Graphique en radar/ })).toBeInTheDocument();
    expect(
      await within(maturity).findByRole('columnheader', { name: 'Moyenne régionale' }),
    ).toBeInTheDocument();
    const strategy = within(maturity).getByRole('rowheader', {
      name: 'Stratégie et gouvernance des TIC',
    });
    expect(
      within(strategy.closest('tr') as HTMLElement)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['4 · Intégré', '3 · Défini', '3,4']);
    expect(within(section('Besoins et offres')).getByText('Confidentiel')).toBeInTheDocument();
    expect(within(section('Membres')).getByText('DSI')).toBeInTheDocument();
  });
});

describe('the office page’s actions', () => {
  withChartSize();
  afterEach(() => vi.restoreAllMocks());

  const SUBMITTED = { ...CURRENT, validated: false, validatedAt: null };
  /** The current assessment (also the newest of the history) not yet validated. */
  const unvalidated = () =>
    office({
      maturity: SUBMITTED,
      maturityHistory: {
        totalCount: 3,
        edges: [{ node: SUBMITTED }, { node: PREVIOUS }, { node: OLDEST }],
      },
    });
  const EDIT_LINKS = [
    ['Profile', 'Edit the profile', '/offices/FR/edit'],
    ['ICT maturity', 'Update the self-assessment', '/offices/FR/assessment'],
    ['WIPO standards', 'Edit standards', '/offices/FR/standards'],
    ['Needs and offers', 'Edit needs and offers', '/offices/FR/needs-offers'],
  ] as const;

  it.each([
    ['OFFICE_ADMIN', 'FR'],
    ['BROKER', 'WO'],
    ['ADMIN', 'WO'],
  ])('gives %s (of %s) a link to edit each section', async (role, officeCode) => {
    signInAs(role, officeCode);
    renderWithApp(<OfficePage />, { ...AT_FR, mocks: [pageMock(), benchmarkMock()] });
    await screen.findByRole('heading', { level: 1 });
    for (const [name, link, href] of EDIT_LINKS)
      expect(within(section(name)).getByRole('link', { name: link })).toHaveAttribute('href', href);
  });

  it.each([
    ['MEMBER', 'FR'],
    ['OFFICE_ADMIN', 'KE'],
  ])('gives %s (of %s) no edit action and no validation', async (role, officeCode) => {
    signInAs(role, officeCode);
    renderWithApp(<OfficePage />, {
      ...AT_FR,
      mocks: [pageMock(unvalidated()), benchmarkMock()],
    });
    await screen.findByRole('heading', { level: 1 });
    for (const [, link] of EDIT_LINKS)
      expect(screen.queryByRole('link', { name: link })).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Validate this assessment' }),
    ).not.toBeInTheDocument();
    // what others read instead
    expect(
      within(section('ICT maturity')).getByText('Not validated by the International Bureau'),
    ).toBeInTheDocument();
  });

  it('offers to resume the draft when there is one', async () => {
    signInAs('OFFICE_ADMIN', 'FR');
    renderWithApp(<OfficePage />, {
      ...AT_FR,
      mocks: [pageMock(office({ maturityDraft: { id: 'd1' } })), benchmarkMock()],
    });
    expect(await screen.findByRole('link', { name: 'Resume the draft' })).toHaveAttribute(
      'href',
      '/offices/FR/assessment',
    );
    expect(
      screen.queryByRole('link', { name: 'Update the self-assessment' }),
    ).not.toBeInTheDocument();
  });

  it('offers an office admin no validation of their own assessment', async () => {
    signInAs('OFFICE_ADMIN', 'FR');
    renderWithApp(<OfficePage />, {
      ...AT_FR,
      mocks: [pageMock(unvalidated()), benchmarkMock()],
    });
    await screen.findByRole('link', { name: 'Update the self-assessment' });
    expect(
      screen.queryByRole('button', { name: 'Validate this assessment' }),
    ).not.toBeInTheDocument();
  });

  it('lets a broker validate a submitted assessment, after a confirmation', async () => {
    signInAs('BROKER', 'WO');
    const user = userEvent.setup();
    renderWithApp(<OfficePage />, {
      ...AT_FR,
      mocks: [pageMock(unvalidated()), benchmarkMock(), validateMock('a3')],
    });
    const maturity = await screen.findByRole('region', { name: 'ICT maturity' });
    expect(within(maturity).getByText('Not validated by the International Bureau')).toBeVisible();
    await user.click(within(maturity).getByRole('button', { name: 'Validate this assessment' }));

    const dialog = await screen.findByRole('dialog', { name: 'Validate this assessment?' });
    expect(dialog).toHaveTextContent(
      'The International Bureau confirms the self-assessment of National Institute of Industrial Property submitted on March 12, 2025.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Validate' }));

    const done = await within(maturity).findByText('The assessment is validated.');
    await waitFor(() => expect(done.closest('[role="status"]')).toHaveFocus());
    expect(within(maturity).getByText('Validated by the IB')).toBeInTheDocument();
    expect(within(maturity).getByText('on December 2, 2026')).toBeInTheDocument();
    expect(
      within(maturity).queryByRole('button', { name: 'Validate this assessment' }),
    ).not.toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('shows no validation for an assessment validated already', async () => {
    signInAs('ADMIN', 'WO');
    renderWithApp(<OfficePage />, { ...AT_FR, mocks: [pageMock(), benchmarkMock()] });
    await screen.findByRole('link', { name: 'Update the self-assessment' });
    expect(
      screen.queryByRole('button', { name: 'Validate this assessment' }),
    ).not.toBeInTheDocument();
  });

  it('keeps a refused validation in the modal, said in the interface’s language', async () => {
    signInAs('BROKER', 'WO');
    const user = userEvent.setup();
    renderWithApp(<OfficePage />, {
      ...AT_FR,
      locale: 'fr',
      mocks: [
        pageMock(unvalidated(), 'fr'),
        benchmarkMock(),
        validateRefusedMock('a3', { code: 'CONFLICT' }),
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Valider cette autoévaluation' }));
    const dialog = await screen.findByRole('dialog', {
      name: /^Valider cette autoévaluation\s\?$/,
    });
    await user.click(within(dialog).getByRole('button', { name: 'Valider' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Ceci a changé entre-temps');
    expect(
      within(section('Maturité TIC')).getByText('Non validée par le Bureau international'),
    ).toBeInTheDocument();
  });
});
