import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { renderWithApp, type RenderOptions } from '../../../test/render';
import { AssessmentWizardPage } from './assessment-wizard-page';
import {
  CURRENT,
  DRAFT,
  inputWith,
  refusedMock,
  saveDraftMock,
  signInAs,
  submitMock,
  wizardErrorMock,
  wizardMock,
  wizardOffice,
} from './assessment.fixtures';

const AT_FR = { route: '/offices/:code/assessment', path: '/offices/FR/assessment' } as const;

function renderWizard(options: RenderOptions) {
  return renderWithApp(<AssessmentWizardPage />, { ...AT_FR, ...options });
}

const stepHeading = () => screen.getByRole('heading', { level: 2 });
/** One dimension of the review, by its heading. */
const reviewItem = (name: string) =>
  screen.getByRole('heading', { level: 3, name }).closest('li') as HTMLElement;
const steps = () => screen.getByRole('navigation', { name: 'Steps of the self-assessment' });

describe('the self-assessment wizard', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => vi.restoreAllMocks());

  it('refuses, clearly, a member who may not assess the office (and asks the API nothing)', async () => {
    signInAs('MEMBER', 'FR');
    renderWizard({ mocks: [] });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'ICT maturity self-assessment' }),
    ).toBeInTheDocument();
    expect(screen.getByText('You may not assess this office')).toBeInTheDocument();
    expect(
      screen.getByText(/Only the administrators of the office FR and the International Bureau/),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the office page' })).toHaveAttribute(
      'href',
      '/offices/FR',
    );
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
  });

  it('refuses an office admin of another office', () => {
    signInAs('OFFICE_ADMIN', 'KE');
    renderWizard({ mocks: [] });
    expect(screen.getByText('You may not assess this office')).toBeInTheDocument();
  });

  it('shows the API’s refusal when it refuses', async () => {
    signInAs('BROKER', 'WO');
    renderWizard({ mocks: [wizardErrorMock('FR', { code: 'FORBIDDEN' })] });
    expect(await screen.findByText('You may not assess this office')).toBeInTheDocument();
  });

  it('says so for an unknown office', async () => {
    signInAs('ADMIN', 'WO');
    renderWizard({ mocks: [wizardErrorMock('FR', { code: 'NOT_FOUND' })] });
    expect(
      await screen.findByText('No office with code FR, or you may not see it.'),
    ).toBeInTheDocument();
  });

  it('is prefilled from the current assessment, one dimension per step, with the model’s levels', async () => {
    signInAs('OFFICE_ADMIN', 'FR');
    renderWizard({ mocks: [wizardMock()] });

    expect(await screen.findByText('Step 1 of 10')).toBeInTheDocument();
    expect(stepHeading()).toHaveTextContent('ICT strategy and governance');
    expect(
      screen.getByText(/Prefilled from the current assessment of March 12, 2025/),
    ).toBeInTheDocument();
    expect(document.title).toBe('Self-assessment of FR — WILD Network');

    const levels = screen.getByRole('group', { name: 'Level of maturity' });
    const radios = within(levels).getAllByRole('radio');
    expect(radios.map((radio) => radio.getAttribute('value'))).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      'unknown',
    ]);
    const four = within(levels).getByRole('radio', { name: 'Level 4 · Integrated' });
    expect(four).toBeChecked();
    expect(four).toHaveAccessibleDescription(
      'ICT strategy and governance at level 4 (Integrated).',
    );
    expect(within(levels).getByRole('radio', { name: 'Unknown / not assessed' })).not.toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Evidence notes' })).toHaveValue('');
    expect(screen.getByText('0 of 4,000 characters')).toBeInTheDocument();

    // the step list: where one is, and what each dimension holds
    const current = within(steps()).getByRole('button', { current: 'step' });
    expect(current).toHaveAccessibleName('1. Strategy: 4 · Integrated');
    expect(
      within(steps()).getByRole('button', { name: '5. Online services: Unknown' }),
    ).toBeInTheDocument();
  });

  it('saves the draft with all ten dimensions, says so, and moves on with the keyboard', async () => {
    signInAs('OFFICE_ADMIN', 'FR');
    const user = userEvent.setup();
    const first = inputWith(CURRENT, { 0: { level: 3, evidence: 'A new plan, 2026–2030.' } });
    const second = inputWith(CURRENT, {
      0: { level: 3, evidence: 'A new plan, 2026–2030.' },
      1: { level: null },
    });
    renderWizard({ mocks: [wizardMock(), saveDraftMock(first), saveDraftMock(second)] });

    await user.click(await screen.findByRole('radio', { name: 'Level 3 · Defined' }));
    await user.type(
      screen.getByRole('textbox', { name: 'Evidence notes' }),
      'A new plan, 2026–2030.',
    );
    expect(screen.getByText(/Changes not saved yet/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    // the mock answers only these exact variables: all ten dimensions, the unknown one with null
    expect(await screen.findByText(/Your draft is saved/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('Step 2 of 10')).toBeInTheDocument();
    expect(stepHeading()).toHaveTextContent('Data governance and quality');
    // focus on the step's heading, for screen readers and the keyboard
    expect(stepHeading()).toHaveFocus();

    // one tab stop for the levels, and arrows move between them, as radios do
    await user.tab();
    expect(screen.getByRole('radio', { name: 'Level 4 · Integrated' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'Level 5 · Optimising' })).toBeChecked();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'Unknown / not assessed' })).toBeChecked();
    // moving to another step saves what changed, in the background
    await user.click(screen.getByRole('button', { name: 'Previous' }));
    expect(stepHeading()).toHaveTextContent('ICT strategy and governance');
    expect(await screen.findByText(/^Draft saved at/)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Level 3 · Defined' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Evidence notes' })).toHaveValue(
      'A new plan, 2026–2030.',
    );
  });

  it('resumes the draft rather than the current assessment, with the date it was saved', async () => {
    signInAs('OFFICE_ADMIN', 'FR');
    renderWizard({ mocks: [wizardMock(wizardOffice({ maturityDraft: DRAFT }))] });
    expect(
      await screen.findByText(/You are resuming your draft saved on November 30, 2026/),
    ).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Level 3 · Defined' })).toBeChecked();
    expect(
      within(steps()).getByRole('button', { name: '7. Infrastructure: Unknown' }),
    ).toBeInTheDocument();
  });

  it('opens the step its address names, so that a reload or a link shows it', async () => {
    signInAs('OFFICE_ADMIN', 'FR');
    renderWizard({ path: '/offices/FR/assessment?step=review', mocks: [wizardMock()] });
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Review and submit' }),
    ).toBeInTheDocument();
    expect(within(steps()).getByRole('button', { current: 'step' })).toHaveAccessibleName(
      'Review and submit',
    );
  });

  it('starts empty when the office has no assessment', async () => {
    signInAs('OFFICE_ADMIN', 'FR');
    renderWizard({ mocks: [wizardMock(wizardOffice({ maturity: null }))] });
    expect(await screen.findByText(/The office has no assessment yet/)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Unknown / not assessed' })).toBeChecked();
  });

  it('reviews all ten dimensions, edits one, and submits; then links to the office page', async () => {
    signInAs('OFFICE_ADMIN', 'FR');
    const user = userEvent.setup();
    const changed = inputWith(CURRENT, { 2: { level: 4 } });
    renderWizard({
      mocks: [wizardMock(), saveDraftMock(changed), submitMock(changed)],
    });

    await screen.findByText('Step 1 of 10');
    await user.click(within(steps()).getByRole('button', { name: 'Review and submit' }));
    expect(stepHeading()).toHaveTextContent('Review and submit');
    expect(stepHeading()).toHaveFocus();
    expect(screen.getByText('9 of 10 dimensions have a known level.')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(10);
    const security = reviewItem('3. Cybersecurity and resilience');
    expect(within(security).getByText('5 · Optimising')).toBeInTheDocument();
    expect(within(security).getByText('ISO 27001 certification since 2023.')).toBeInTheDocument();
    expect(
      within(reviewItem('1. ICT strategy and governance')).getByText('No evidence note.'),
    ).toBeInTheDocument();

    await user.click(
      within(security).getByRole('button', { name: 'Edit Cybersecurity and resilience' }),
    );
    expect(screen.getByText('Step 3 of 10')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Level 4 · Integrated' }));
    await user.click(within(steps()).getByRole('button', { name: 'Review and submit' }));
    expect(
      within(reviewItem('3. Cybersecurity and resilience')).getByText('4 · Integrated'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Submit the assessment' }));

    const done = await screen.findByRole('heading', { name: 'The assessment is submitted' });
    expect(done).toHaveFocus();
    expect(
      screen.getByText(/It is now the current assessment of National Institute/),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'See the office page' })).toHaveAttribute(
      'href',
      '/offices/FR',
    );
  });

  it('shows a note too long beside its field, on its step, in the interface’s language', async () => {
    signInAs('OFFICE_ADMIN', 'FR');
    const user = userEvent.setup();
    const unchanged = inputWith(CURRENT);
    renderWizard({
      locale: 'fr',
      mocks: [
        wizardMock(wizardOffice(), 'fr'),
        refusedMock('submit', unchanged, {
          code: 'BAD_USER_INPUT',
          errors: [
            {
              field: 'input.levels.2.evidence',
              message: 'evidence must be shorter than or equal to 4000 characters',
              rule: 'maxLength',
              params: { max: 4000 },
            },
          ],
        }),
      ],
    });

    expect(await screen.findByText('Étape 1 sur 10')).toBeInTheDocument();
    expect(stepHeading()).toHaveTextContent('Stratégie et gouvernance des TIC');
    expect(screen.getByRole('radio', { name: 'Niveau 4 · Intégré' })).toBeChecked();
    await user.click(
      within(screen.getByRole('navigation', { name: 'Étapes de l’autoévaluation' })).getByRole(
        'button',
        { name: 'Vérifier et soumettre' },
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Soumettre l’autoévaluation' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('L’autoévaluation n’a pas pu être soumise');
    expect(alert).toHaveFocus();
    // beside the dimension in the review
    expect(
      within(reviewItem('3. Cybersécurité et résilience')).getByText(
        'Justificatifs — Au plus 4 000 caractères.',
      ),
    ).toBeInTheDocument();
    // and on its step, beside the field
    await user.click(
      within(alert).getByRole('button', {
        name: /^Aller à l’étape 3\s:\sCybersécurité et résilience$/,
      }),
    );
    expect(screen.getByText('Étape 3 sur 10')).toBeInTheDocument();
    const notes = screen.getByRole('textbox', { name: 'Justificatifs' });
    expect(notes).toHaveValue('ISO 27001 certification since 2023.');
    expect(notes).toHaveAttribute('aria-invalid', 'true');
    expect(notes).toHaveAccessibleDescription(
      expect.stringMatching(/^Au plus 4\s000 caractères\./),
    );
    expect(
      within(screen.getByRole('navigation', { name: 'Étapes de l’autoévaluation' })).getByRole(
        'button',
        { name: /^3\. Sécurité\s?:\sÀ corriger$/ },
      ),
    ).toBeInTheDocument();
  });

  it('keeps what is typed when a draft is refused', async () => {
    signInAs('OFFICE_ADMIN', 'FR');
    const user = userEvent.setup();
    const input = inputWith(CURRENT, { 0: { evidence: 'Kept.' } });
    renderWizard({
      mocks: [wizardMock(), refusedMock('draft', input, { code: 'FORBIDDEN' })],
    });
    await user.type(await screen.findByRole('textbox', { name: 'Evidence notes' }), 'Kept.');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The draft could not be saved');
    expect(alert).toHaveTextContent('You are not allowed to do this.');
    expect(screen.getByRole('textbox', { name: 'Evidence notes' })).toHaveValue('Kept.');
    await waitFor(() => expect(screen.getByText(/Changes not saved yet/)).toBeInTheDocument());
  });

  it('asks before leaving with changes not saved, and can save them on the way out', async () => {
    signInAs('OFFICE_ADMIN', 'FR');
    const user = userEvent.setup();
    const input = inputWith(CURRENT, { 0: { evidence: 'Not lost.' } });
    renderWithApp(null, {
      path: '/offices/FR/assessment',
      routes: [
        { path: '/offices/:code/assessment', element: <AssessmentWizardPage /> },
        { path: '/offices/:code', element: <p>The office page</p> },
      ],
      mocks: [wizardMock(), saveDraftMock(input)],
    });
    await user.type(await screen.findByRole('textbox', { name: 'Evidence notes' }), 'Not lost.');
    await user.click(screen.getByRole('link', { name: 'Back to the office page' }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave the self-assessment?' });
    await user.click(within(dialog).getByRole('button', { name: 'Stay' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('textbox', { name: 'Evidence notes' })).toHaveValue('Not lost.');

    await user.click(screen.getByRole('link', { name: 'Back to the office page' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Leave the self-assessment?' })).getByRole(
        'button',
        { name: 'Save the draft and leave' },
      ),
    );
    // the mock answers only this draft: saved, then the office page
    expect(await screen.findByText('The office page')).toBeInTheDocument();
  });
});
