import { screen } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';

import { renderWithApp } from '../../test/render';
import { withChartSize } from './chart-size.test-support';
import { OfficePage } from './office-page';
import { benchmarkMock, pageMock } from './office-page.fixtures';

/*
 * axe over the rendered page under jsdom: the structural rules (names, roles, ARIA, lists,
 * tables, focusable content inside the charts' images). Contrast needs a real browser: the e2e
 * run checks it.
 */
describe('the office page under axe', () => {
  withChartSize();

  it.each(['en', 'fr'])('has no violation in %s', async (locale) => {
    const { container } = renderWithApp(<OfficePage />, {
      route: '/offices/:code',
      path: '/offices/FR',
      locale,
      mocks: [pageMock(undefined, locale as 'en' | 'fr'), benchmarkMock()],
    });
    await screen.findAllByRole('columnheader', { name: /Region mean|Moyenne régionale/ });
    const results = await axe.run(container, {
      rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    });
    expect(results.passes.map(({ id }) => id)).toEqual(
      expect.arrayContaining([
        'aria-allowed-attr',
        'nested-interactive',
        'list',
        'definition-list',
      ]),
    );
    expect(results.violations.map(({ id, nodes }) => ({ id, nodes: nodes.length }))).toEqual([]);
  });
});
