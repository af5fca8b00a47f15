import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderWithApp } from '../../test/render';
import { withChartSize } from './chart-size.test-support';
import type { RegionMean } from './maturity-model';
import { MaturityRadar } from './maturity-radar';
import { benchmark, CURRENT, model, PREVIOUS, REGION_MEANS } from './office-page.fixtures';

const READY: RegionMean = { status: 'ready', benchmark: benchmark(REGION_MEANS) };

function rowOf(name: string) {
  const table = screen.getByRole('table', { name: /Levels by dimension|Niveaux par dimension/ });
  const header = within(table).getByRole('rowheader', { name });
  return within(header.closest('tr') as HTMLElement)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
}

describe('the maturity radar', () => {
  withChartSize();

  it('names its chart on a left-to-right wrapper, and gives current, previous and region mean as a table', async () => {
    renderWithApp(
      <MaturityRadar
        model={model()}
        current={CURRENT}
        previous={PREVIOUS}
        region="TRANSITION_DEVELOPED"
        regionMean={READY}
      />,
    );
    const chart = await screen.findByRole('img', { name: /Radar chart of the maturity levels/ });
    expect(chart).toHaveAttribute('dir', 'ltr');
    expect(chart).toHaveAccessibleName(
      expect.stringContaining(
        'Current (Mar 12, 2025), Previous (Feb 20, 2024), and Mean, Transition and developed countries',
      ),
    );

    const table = screen.getByRole('table', { name: /Levels by dimension/ });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    expect(headers).toEqual([
      'Dimension',
      'Current (Mar 12, 2025)',
      'Previous (Feb 20, 2024)',
      'Region mean',
    ]);
    expect(within(table).getAllByRole('rowheader')).toHaveLength(11); // ten dimensions and overall
    expect(rowOf('ICT strategy and governance')).toEqual(['4 · Integrated', '3 · Defined', '3.4']);
    expect(rowOf('Cybersecurity and resilience')).toEqual([
      '5 · Optimising',
      '4 · Integrated',
      '3.8',
    ]);
    expect(rowOf('Overall level')).toEqual(['4 · Integrated', '3 · Defined', '3.3']);
    expect(screen.getByText(/over 12 offices with an assessment/)).toBeInTheDocument();
  });

  it('draws the three series with a legend, the short dimension names and a 0–5 scale', async () => {
    renderWithApp(
      <MaturityRadar
        model={model()}
        current={CURRENT}
        previous={PREVIOUS}
        region="TRANSITION_DEVELOPED"
        regionMean={READY}
      />,
    );
    const chart = await screen.findByRole('img', { name: /Radar chart/ });
    expect(chart.querySelectorAll('.recharts-radar')).toHaveLength(3);
    for (const label of [
      'Current (Mar 12, 2025)',
      'Previous (Feb 20, 2024)',
      'Mean, Transition and developed countries',
    ])
      expect(within(chart).getByText(label)).toBeInTheDocument();
    const axis = [...chart.querySelectorAll('.recharts-polar-angle-axis-tick')].map(
      (tick) => tick.textContent,
    );
    expect(axis).toEqual([
      'Strategy',
      'Data',
      'Security',
      'Core systems',
      'Online services',
      'Standards and exchange',
      'Infrastructure',
      'Emerging tech',
      'People',
      'Cooperation',
    ]);
    const scale = [...chart.querySelectorAll('.recharts-polar-radius-axis-tick')].map(
      (tick) => tick.textContent,
    );
    expect(scale).toEqual(['0', '1', '2', '3', '4', '5']);
    // nothing in the image is in the keyboard's path (axe: no focusable content in role=img)
    expect(chart.querySelector('a, button, input, [tabindex]:not([tabindex="-1"])')).toBeNull();
  });

  it('shows an unknown level as unknown, never as 0', async () => {
    renderWithApp(
      <MaturityRadar
        model={model()}
        current={CURRENT}
        previous={PREVIOUS}
        region="TRANSITION_DEVELOPED"
        regionMean={READY}
      />,
    );
    await screen.findByRole('table');
    // SERVICES is unknown in the current assessment
    expect(rowOf('Online services for applicants')).toEqual(['unknown', '3 · Defined', '3.9']);
    expect(screen.getByText(/Dimensions of unknown level are left out/)).toBeInTheDocument();
  });

  it('says why the region mean is missing when the group is too small, without an error', async () => {
    renderWithApp(
      <MaturityRadar
        model={model()}
        current={CURRENT}
        previous={null}
        region="AFRICA"
        regionMean={{ status: 'tooSmall' }}
      />,
    );
    const chart = await screen.findByRole('img');
    expect(chart.getAttribute('aria-label')).not.toMatch(/Mean|Previous/);
    expect(screen.getByTestId('region-note')).toHaveTextContent(
      'No mean is shown for the region Africa: fewer than 5 of its offices have an assessment',
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    const headers = screen.getAllByRole('columnheader').map((header) => header.textContent);
    expect(headers).toEqual(['Dimension', 'Current (Mar 12, 2025)']);
    expect(rowOf('ICT strategy and governance')).toEqual(['4 · Integrated']);
  });

  it('speaks French, names from the model included', async () => {
    renderWithApp(
      <MaturityRadar
        model={model('fr')}
        current={CURRENT}
        previous={PREVIOUS}
        region="TRANSITION_DEVELOPED"
        regionMean={READY}
      />,
      { locale: 'fr' },
    );
    const chart = await screen.findByRole('img', { name: /Graphique en radar/ });
    expect(chart).toHaveAttribute('dir', 'ltr');
    expect(rowOf('Stratégie et gouvernance des TIC')).toEqual(['4 · Intégré', '3 · Défini', '3,4']);
    expect(rowOf('Services en ligne aux déposants')[0]).toBe('inconnu');
    expect(
      screen.getByRole('columnheader', { name: 'Actuelle (12 mars 2025)' }),
    ).toBeInTheDocument();
  });
});
