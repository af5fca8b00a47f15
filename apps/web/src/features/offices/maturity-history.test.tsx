import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderWithApp } from '../../test/render';
import { withChartSize } from './chart-size.test-support';
import { MaturityHistory } from './maturity-history';
import { assessment, CURRENT, model, PREVIOUS } from './office-page.fixtures';

/** A month before CURRENT, eleven after PREVIOUS. */
const RECENT = assessment('a25', '2025-02-12T10:00:00Z', [4, 4, 4, 4, null, 4, 3, 2, 3, 4]);
const UNDATED = assessment('a0', '', [2, 2, 2, 2, 2, 2, 2, 2, 2, 2]);

/** Where the chart's x axis puts each date label. */
function tickPositions(chart: HTMLElement): Map<string, number> {
  const ticks = chart.querySelectorAll('.recharts-xAxis-tick-labels text');
  return new Map(
    [...ticks].map((tick) => [tick.textContent ?? '', Number(tick.getAttribute('x'))]),
  );
}

describe('the maturity history', () => {
  withChartSize();

  it('places assessments on a time axis, so the gaps between them read true', async () => {
    renderWithApp(
      <MaturityHistory
        history={[CURRENT, RECENT, PREVIOUS]}
        totalCount={3}
        model={model()}
        officeIllustrative
      />,
    );
    const chart = await screen.findByRole('img', { name: /Feb 20, 2024.*Mar 12, 2025/ });
    const x = tickPositions(chart);
    const previous = x.get('Feb 20, 2024') ?? NaN;
    const recent = x.get('Feb 12, 2025') ?? NaN;
    const current = x.get('Mar 12, 2025') ?? NaN;
    expect(previous).toBeLessThan(recent);
    expect(recent).toBeLessThan(current);
    // eleven months, then one: not three evenly spaced points
    expect(recent - previous).toBeGreaterThan(5 * (current - recent));
  });

  it('keeps an assessment without a date in the table, off the time axis', async () => {
    renderWithApp(
      <MaturityHistory
        history={[CURRENT, PREVIOUS, UNDATED]}
        totalCount={3}
        model={model()}
        officeIllustrative
      />,
    );
    const chart = await screen.findByRole('img', { name: /Feb 20, 2024.*Mar 12, 2025/ });
    expect([...tickPositions(chart).keys()]).toEqual(['Feb 20, 2024', 'Mar 12, 2025']);
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('rowheader')).toHaveLength(3);
  });
});
