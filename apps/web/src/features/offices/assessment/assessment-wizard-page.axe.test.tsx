import { screen } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { renderWithApp } from '../../../test/render';
import { AssessmentWizardPage } from './assessment-wizard-page';
import { signInAs, wizardMock, wizardOffice } from './assessment.fixtures';

/* axe's structural rules under jsdom (contrast needs a real browser: the e2e run checks it). */
describe('the self-assessment wizard under axe', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    ['en', '1'],
    ['fr', '1'],
    ['en', 'review'],
    ['fr', 'review'],
  ] as const)('has no violation in %s at step %s', async (locale, step) => {
    signInAs('OFFICE_ADMIN', 'FR');
    const { container } = renderWithApp(<AssessmentWizardPage />, {
      route: '/offices/:code/assessment',
      path: `/offices/FR/assessment?step=${step}`,
      locale,
      mocks: [wizardMock(wizardOffice(), locale)],
    });
    await screen.findAllByRole('heading', { level: 2 });
    const results = await axe.run(container, {
      rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    });
    expect(results.violations.map(({ id, nodes }) => ({ id, nodes: nodes.length }))).toEqual([]);
  });
});
