import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Group,
  Modal,
  Paper,
  Progress,
  Skeleton,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useBeforeUnload, useBlocker, useParams, useSearchParams } from 'react-router';

import { useSession } from '../../../app/session/use-session';
import type {
  MaturityAssessmentFieldsFragment as Assessment,
  MaturityModelFieldsFragment as Model,
  AssessmentWizardQuery as WizardData,
} from '../../../gql/graphql';
import { describeError, type DescribedError } from '../../../shared/errors';
import { dimensionLabel } from '../../../shared/labels';
import { apiLanguage } from '../../../shared/page';
import { isOfficeMissing, OfficeNotFound } from '../office-not-found';
import { canEditOffice } from '../office-permissions';
import {
  AssessmentWizardQuery,
  SaveMaturityAssessmentDraft,
  SubmitMaturityAssessment,
} from './assessment.graphql';
import classes from './assessment.module.css';
import { DimensionStep } from './dimension-step';
import { ReviewStep } from './review-step';
import { errorsByStep, inputOf, startOf, type DimensionAnswer, type Start } from './wizard-model';

/**
 * `/offices/:code/assessment`: the office's ICT maturity self-assessment, one dimension per step,
 * kept as a draft at the API and submitted after a review. For the office's admins, brokers and
 * admins; the API decides anyway.
 */
export function AssessmentWizardPage() {
  const intl = useIntl();
  const code = (useParams()['code'] ?? '').toUpperCase();
  const state = useSession();
  const account = state.status === 'signedIn' ? state.account : null;
  const allowed = canEditOffice(account, code);

  useEffect(() => {
    const before = document.title;
    document.title = intl.formatMessage({ id: 'assessment.documentTitle' }, { code });
    return () => {
      document.title = before;
    };
  }, [intl, code]);

  return (
    <Stack gap="lg">
      <Title order={1}>
        <FormattedMessage id="assessment.title" />
      </Title>
      {allowed ? <WizardLoader code={code} /> : <Refusal code={code} />}
    </Stack>
  );
}

function Refusal({ code }: { code: string }) {
  return (
    <Stack gap="md" align="flex-start">
      <Alert
        color="yellow"
        role="note"
        w="100%"
        title={<FormattedMessage id="assessment.refused.title" />}
      >
        <FormattedMessage id="assessment.refused.text" values={{ code }} />
      </Alert>
      <Button component={Link} to={`/offices/${code}`} variant="light">
        <FormattedMessage id="assessment.backToOffice" />
      </Button>
    </Stack>
  );
}

function WizardLoader({ code }: { code: string }) {
  const intl = useIntl();
  const { data, previousData, error, refetch } = useQuery(AssessmentWizardQuery, {
    variables: { code, language: apiLanguage(intl.locale) },
  });
  // after a switch of language the wizard stays, with what is typed, until the new texts arrive
  const shown = data ?? (previousData?.office.code === code ? previousData : undefined);

  if (shown?.office)
    return <Wizard key={shown.office.code} office={shown.office} model={shown.maturityModel} />;
  if (error) {
    const described = describeError(intl, error);
    if (described.code === 'FORBIDDEN') return <Refusal code={code} />;
    if (isOfficeMissing(described)) return <OfficeNotFound code={code} heading={false} />;
    return (
      <Stack gap="md" align="flex-start">
        <Alert color="red" role="alert" w="100%">
          {described.message}
        </Alert>
        <Button variant="light" onClick={() => void refetch().catch(() => undefined)}>
          <FormattedMessage id="assessment.retry" />
        </Button>
      </Stack>
    );
  }
  return (
    <Stack gap="md" aria-busy="true">
      <VisuallyHidden role="status">
        <FormattedMessage id="assessment.loading" />
      </VisuallyHidden>
      <Skeleton h={20} w="40%" />
      <Skeleton h={60} />
      <Group align="flex-start" grow>
        <Stack gap="xs" maw={240}>
          {Array.from({ length: 11 }, (_, index) => (
            <Skeleton key={index} h={28} />
          ))}
        </Stack>
        <Stack gap="sm">
          <Skeleton h={28} w="60%" />
          {Array.from({ length: 6 }, (_, index) => (
            <Skeleton key={index} h={64} />
          ))}
        </Stack>
      </Group>
    </Stack>
  );
}

type Office = WizardData['office'];

type SaveState =
  | { readonly status: 'idle' }
  | { readonly status: 'saving' }
  | { readonly status: 'saved'; readonly at: string; readonly explicit: boolean };

interface Failure {
  readonly action: 'draft' | 'submit';
  readonly error: DescribedError;
}

function Wizard({ office, model }: { office: Office; model: Model }) {
  const intl = useIntl();
  const code = office.code;
  const [start] = useState<Start>(() => startOf(model, office.maturityDraft, office.maturity));
  const [answers, setAnswers] = useState<readonly DimensionAnswer[]>(start.answers);
  // the step lives in the address (`?step=3`, `?step=review`): a reload or a link shows it
  const [params, setParams] = useSearchParams();
  const total = model.dimensions.length;
  const reviewStep = total;
  const step = stepOf(params.get('step'), total);
  const [revision, setRevision] = useState(0);
  const [savedRevision, setSavedRevision] = useState(0);
  const [save, setSave] = useState<SaveState>({ status: 'idle' });
  const [failure, setFailure] = useState<Failure | null>(null);
  const [submitted, setSubmitted] = useState<Assessment | null>(null);
  const [submitting, setSubmitting] = useState(false);

  // what asynchronous saves read: the newest answers, whatever render they started in
  const answersRef = useRef(answers);
  answersRef.current = answers;
  const revisionRef = useRef(revision);
  revisionRef.current = revision;
  // saves and the submission go one after the other: a late draft must never follow a submission
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const headingRef = useRef<HTMLHeadingElement>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  // a new step (or the end) takes the focus to its heading; the first one leaves it alone
  const shownStep = useRef<number | 'submitted'>(step);
  useEffect(() => {
    const now = submitted ? 'submitted' : step;
    if (shownStep.current !== now) headingRef.current?.focus();
    shownStep.current = now;
  }, [step, submitted]);
  useEffect(() => {
    if (failure) failureRef.current?.focus();
  }, [failure]);

  const officeId = { __typename: 'Office' as const, code };
  const [saveDraft] = useMutation(SaveMaturityAssessmentDraft, {
    update(cache, { data }) {
      const draft = data?.saveMaturityAssessmentDraft;
      const id = cache.identify(officeId);
      if (!draft || !id) return;
      cache.modify({
        id,
        fields: {
          maturityDraft: (_, { toReference }) =>
            toReference({ __typename: 'MaturityAssessment', id: draft.id }) ?? null,
        },
      });
    },
  });
  const [submitAssessment] = useMutation(SubmitMaturityAssessment, {
    update(cache, { data }) {
      const current = data?.submitMaturityAssessment;
      const id = cache.identify(officeId);
      if (!current || !id) return;
      cache.modify({
        id,
        fields: {
          maturity: (_, { toReference }) =>
            toReference({ __typename: 'MaturityAssessment', id: current.id }) ?? null,
          maturityDraft: () => null,
          // the office page reads the history again
          maturityHistory: (_, { DELETE }) => DELETE,
        },
      });
    },
  });

  const dirty = revision !== savedRevision;
  // leaving the wizard (not moving between its steps) with changes not saved asks first
  const unsaved = dirty && !submitted;
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      unsaved && currentLocation.pathname !== nextLocation.pathname,
  );
  useBeforeUnload((event) => {
    if (unsaved) event.preventDefault();
  });
  const fieldErrors = errorsByStep(failure?.error.fields ?? {}, total);

  function change(index: number, patch: Partial<DimensionAnswer>) {
    setAnswers((current) =>
      current.map((answer, at) => (at === index ? { ...answer, ...patch } : answer)),
    );
    setRevision((current) => current + 1);
    if (save.status === 'saved') setSave({ status: 'idle' });
  }

  function queueDraftSave(explicit: boolean): Promise<boolean> {
    const run = queue.current.then(async () => {
      const sent = revisionRef.current;
      setSave({ status: 'saving' });
      try {
        const result = await saveDraft({ variables: { input: inputOf(code, answersRef.current) } });
        const at = result.data?.saveMaturityAssessmentDraft.updatedAt ?? new Date().toISOString();
        setSavedRevision((current) => Math.max(current, sent));
        setFailure((current) => (current?.action === 'draft' ? null : current));
        setSave({ status: 'saved', at, explicit });
        return true;
      } catch (caught) {
        setSave({ status: 'idle' });
        setFailure({ action: 'draft', error: describeError(intl, caught) });
        return false;
      }
    });
    queue.current = run;
    return run;
  }

  function goTo(next: number) {
    if (next === step) return;
    // moving on keeps what changed: the draft is saved in the background
    if (dirty) void queueDraftSave(false);
    setParams((current) => {
      const changed = new URLSearchParams(current);
      changed.set('step', next >= reviewStep ? 'review' : String(next + 1));
      return changed;
    });
  }

  async function saveAndLeave() {
    if (await queueDraftSave(true)) blocker.proceed?.();
    else blocker.reset?.();
  }

  async function submit() {
    setSubmitting(true);
    setFailure(null);
    const run = queue.current.then(async () => {
      try {
        const result = await submitAssessment({
          variables: { input: inputOf(code, answersRef.current) },
        });
        setSubmitted(result.data?.submitMaturityAssessment ?? null);
      } catch (caught) {
        setFailure({ action: 'submit', error: describeError(intl, caught) });
      }
    });
    queue.current = run;
    await run;
    setSubmitting(false);
  }

  if (submitted)
    return (
      <Paper withBorder p="lg" radius="md">
        <Stack gap="md" align="flex-start">
          <Title order={2} ref={headingRef} tabIndex={-1}>
            <FormattedMessage id="assessment.submitted.title" />
          </Title>
          <Alert color="green" role="status" w="100%">
            <FormattedMessage id="assessment.submitted.text" values={{ name: office.name }} />
          </Alert>
          <Button component={Link} to={`/offices/${code}`}>
            <FormattedMessage id="assessment.submitted.toOffice" />
          </Button>
        </Stack>
      </Paper>
    );

  const dimension = model.dimensions[step];
  const answer = answers[step];
  const stepsWithProblems = fieldErrors.steps
    .map((problem, index) => ({ problem, index }))
    .filter(({ problem }) => problem.level || problem.evidence);

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="xs">
        <Text fw={600}>
          <FormattedMessage id="assessment.office" values={{ name: office.name, code }} />
        </Text>
        <Anchor component={Link} to={`/offices/${code}`} size="sm">
          <FormattedMessage id="assessment.backToOffice" />
        </Anchor>
      </Group>
      <OriginNotice start={start} />

      {failure && (
        <Alert
          ref={failureRef}
          tabIndex={-1}
          color="red"
          role="alert"
          title={
            <FormattedMessage
              id={failure.action === 'draft' ? 'assessment.draftFailed' : 'assessment.submitFailed'}
            />
          }
        >
          <Stack gap="xs">
            <Text size="sm">{failure.error.message}</Text>
            {fieldErrors.other.map((message) => (
              <Text size="sm" key={message}>
                {message}
              </Text>
            ))}
            {stepsWithProblems.length > 0 && (
              <Group gap="xs">
                {stepsWithProblems.map(({ index }) => (
                  <Button
                    key={index}
                    size="compact-sm"
                    variant="outline"
                    color="red.8"
                    onClick={() => goTo(index)}
                  >
                    <FormattedMessage
                      id="assessment.goToProblem"
                      values={{
                        number: index + 1,
                        name: model.dimensions[index]?.name ?? '',
                      }}
                    />
                  </Button>
                ))}
              </Group>
            )}
          </Stack>
        </Alert>
      )}

      <div className={classes['layout']}>
        <nav aria-label={intl.formatMessage({ id: 'assessment.steps' })}>
          <ol className={classes['steps']}>
            {model.dimensions.map((item, index) => {
              const entry = answers[index];
              const problem = fieldErrors.steps[index] ?? {};
              const levelName = item.levels.find((level) => level.level === entry?.level)?.name;
              const stateText =
                problem.level || problem.evidence
                  ? intl.formatMessage({ id: 'assessment.steps.problem' })
                  : entry?.level == null
                    ? intl.formatMessage({ id: 'assessment.steps.unknown' })
                    : intl.formatMessage(
                        { id: 'office.level.value' },
                        { level: entry.level, name: levelName ?? '' },
                      );
              return (
                <li key={item.dimension}>
                  <button
                    type="button"
                    className={classes['stepButton']}

                    aria-current={index === step ? 'step' : undefined}
                    onClick={() => goTo(index)}
                  >
                    <span className={classes['stepNumber']}>{index + 1}.</span>{' '}
                    <span className={classes['stepText']}>
                      <span>{dimensionLabel(intl, item.dimension)}</span>
                      <VisuallyHidden>
                        <FormattedMessage id="assessment.steps.item" />
                      </VisuallyHidden>{' '}
                      <span
                        className={
                          problem.level || problem.evidence
                            ? classes['stepProblem']
                            : classes['stepLevel']
                        }
                      >
                        {stateText}
                      </span>
                    </span>
                  </button>
                </li>
              );
            })}
            <li>
              <button
                type="button"
                className={classes['stepButton']}
                aria-current={step === reviewStep ? 'step' : undefined}
                onClick={() => goTo(reviewStep)}
              >
                <span className={classes['stepNumber']} aria-hidden="true">
                  ✓
                </span>
                <span className={classes['stepText']}>
                  <FormattedMessage id="assessment.steps.review" />
                </span>
              </button>
            </li>
          </ol>
        </nav>

        <Paper withBorder p="md" radius="md">
          <Stack gap="md">
            {dimension && answer ? (
              <Stack gap={6}>
                <Text size="sm" c="gray.7" fw={600}>
                  <FormattedMessage
                    id="assessment.step.counter"
                    values={{ step: step + 1, total }}
                  />
                </Text>
                <Progress
                  value={((step + 1) / total) * 100}
                  size="sm"
                  aria-label={intl.formatMessage({ id: 'assessment.step.progress' })}
                />
                <Title order={2} ref={headingRef} tabIndex={-1} mt="xs">
                  {dimension.name}
                </Title>
              </Stack>
            ) : (
              <Stack gap={6}>
                <Text size="sm" c="gray.7" fw={600}>
                  <FormattedMessage id="assessment.review.counter" values={{ total }} />
                </Text>
                <Title order={2} ref={headingRef} tabIndex={-1}>
                  <FormattedMessage id="assessment.review.title" />
                </Title>
              </Stack>
            )}

            {dimension && answer ? (
              <DimensionStep
                key={dimension.dimension}
                dimension={dimension}
                answer={answer}
                errors={fieldErrors.steps[step] ?? {}}
                onChange={(patch) => change(step, patch)}
              />
            ) : (
              <>
                <ReviewStep
                  model={model}
                  answers={answers}
                  errors={fieldErrors.steps}
                  onEdit={goTo}
                />
                <Text size="sm" c="gray.7">
                  <FormattedMessage id="assessment.review.beforeSubmit" />
                </Text>
              </>
            )}

            <SaveStatus save={save} dirty={dirty} />

            <Group justify="space-between" gap="sm">
              <Button variant="default" onClick={() => goTo(step - 1)} disabled={step === 0}>
                <FormattedMessage id="assessment.previous" />
              </Button>
              <Group gap="sm">
                <Button
                  variant="light"
                  onClick={() => void queueDraftSave(true)}
                  loading={save.status === 'saving'}
                >
                  <FormattedMessage id="assessment.saveDraft" />
                </Button>
                {step < reviewStep ? (
                  <Button onClick={() => goTo(step + 1)}>
                    <FormattedMessage
                      id={step === reviewStep - 1 ? 'assessment.toReview' : 'assessment.next'}
                    />
                  </Button>
                ) : (
                  <Button onClick={() => void submit()} loading={submitting}>
                    <FormattedMessage id="assessment.submit" />
                  </Button>
                )}
              </Group>
            </Group>
          </Stack>
        </Paper>
      </div>

      <Modal
        opened={blocker.state === 'blocked'}
        onClose={() => blocker.reset?.()}
        title={intl.formatMessage({ id: 'assessment.leave.title' })}
        closeButtonProps={{ 'aria-label': intl.formatMessage({ id: 'assessment.leave.close' }) }}
        centered
      >
        <Stack gap="md">
          <Text size="sm">
            <FormattedMessage id="assessment.leave.text" />
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => blocker.reset?.()}>
              <FormattedMessage id="assessment.leave.stay" />
            </Button>
            <Button color="red.8" variant="outline" onClick={() => blocker.proceed?.()}>
              <FormattedMessage id="assessment.leave.discard" />
            </Button>
            <Button onClick={() => void saveAndLeave()} loading={save.status === 'saving'}>
              <FormattedMessage id="assessment.leave.save" />
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

/** `?step=3` is the third dimension (index 2), `?step=review` the review; else the first. */
function stepOf(value: string | null, total: number): number {
  if (value === 'review') return total;
  const number = Number(value);
  return Number.isInteger(number) && number >= 1 && number <= total ? number - 1 : 0;
}

/** Where the answers come from: the draft (resumed), the current assessment, or nothing yet. */
function OriginNotice({ start }: { start: Start }) {
  const intl = useIntl();
  if (start.origin === 'draft' && start.savedAt) {
    return (
      <Alert color="blue" variant="light" role="note">
        <FormattedMessage
          id="assessment.origin.draftOn"
          values={{
            date: intl.formatDate(start.savedAt, { dateStyle: 'long', timeStyle: 'short' }),
          }}
        />
      </Alert>
    );
  }
  if (start.origin === 'current' && start.from)
    return (
      <Alert color="blue" variant="light" role="note">
        {start.from.submittedAt ? (
          <FormattedMessage
            id="assessment.origin.currentOn"
            values={{ date: intl.formatDate(start.from.submittedAt, { dateStyle: 'long' }) }}
          />
        ) : (
          <FormattedMessage id="assessment.origin.current" />
        )}
      </Alert>
    );
  return (
    <Alert color="blue" variant="light" role="note">
      <FormattedMessage id="assessment.origin.empty" />
    </Alert>
  );
}

/** Said to screen readers too: saving, saved (when), or changes not saved yet. */
function SaveStatus({ save, dirty }: { save: SaveState; dirty: boolean }) {
  const intl = useIntl();
  let content = null;
  if (save.status === 'saving') content = <FormattedMessage id="assessment.saving" />;
  else if (save.status === 'saved' && !dirty)
    content = (
      <FormattedMessage
        id={save.explicit ? 'assessment.savedExplicit' : 'assessment.saved'}
        values={{ time: intl.formatTime(save.at, { timeStyle: 'short' }) }}
      />
    );
  else if (dirty) content = <FormattedMessage id="assessment.unsaved" />;
  // one live region throughout, so that each change of its text is announced
  return (
    <div role="status">
      {save.status === 'saved' && save.explicit && !dirty ? (
        <Alert color="green" role="none">
          {content}
        </Alert>
      ) : (
        <Text size="sm" c="gray.7">
          {content}
        </Text>
      )}
    </div>
  );
}
