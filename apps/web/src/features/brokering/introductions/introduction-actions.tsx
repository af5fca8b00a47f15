import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';

import type { IntroductionOutcome } from '../../../gql/graphql';
import { apiLanguage } from '../../../shared/page';
import { READABLE_ERROR } from '../../recommendations/match-factors';
import { moveFailure, outcomeLabel, OUTCOMES, type MoveFailure } from './introduction-labels';
import {
  CancelIntroductionMutation,
  CloseIntroductionMutation,
  RespondToIntroductionMutation,
  type IntroductionDetail,
} from './introductions.graphql';

/** What became of a move: done (the notice to show), or refused (said in the interface's language). */
export type MoveResult = { done: string } | { failure: MoveFailure };

const REASON_MAX = 1000;
const NOTES_MAX = 2000;

/**
 * The moves the caller may make now, as `viewerPermissions` says (the API judges each one):
 * accept or decline (with a reason) for one's side, close an ACTIVE one with its outcome, cancel
 * a PROPOSED one (with a reason). A refusal that is not about a field goes to the page, which reads
 * the introduction again.
 */
export function IntroductionActions({
  introduction,
  onResult,
}: {
  introduction: IntroductionDetail;
  onResult: (result: MoveResult) => void;
}) {
  const intl = useIntl();
  const language = apiLanguage(intl.locale);
  const { respond, close, cancel, side } = introduction.viewerPermissions;
  const [opened, setOpened] = useState<'decline' | 'close' | 'cancel' | null>(null);
  const [respondTo, responding] = useMutation(RespondToIntroductionMutation);
  const [closeIt] = useMutation(CloseIntroductionMutation);
  const [cancelIt] = useMutation(CancelIntroductionMutation);
  const id = introduction.id;

  /**
   * Runs a move. A refusal of one of the form's `fields` stays with the form (returned); any
   * other goes to the page, which reads the introduction again.
   */
  async function run<T>(
    move: () => Promise<T>,
    done: string | ((result: T) => string),
    fields: readonly string[] = [],
  ): Promise<MoveFailure | null> {
    try {
      const result = await move();
      onResult({ done: typeof done === 'string' ? done : done(result) });
      return null;
    } catch (error) {
      const failure = moveFailure(intl, error);
      if (failure.stale || !fields.some((field) => failure.fields[field])) onResult({ failure });
      return failure;
    }
  }

  if (!respond && !close && !cancel) return null;
  const sideCode =
    side === 'REQUESTER' ? introduction.requesterOffice.code : introduction.candidateOffice.code;

  return (
    <section aria-labelledby="introduction-actions">
      <Stack gap="sm">
        <Title order={2} size="h3" id="introduction-actions">
          <FormattedMessage
            id={respond ? 'introductions.actions.answer' : 'introductions.actions.title'}
          />
        </Title>
        {respond && (
          <Text size="sm">
            <FormattedMessage
              id="introductions.actions.answerFor"
              values={{ side, code: sideCode }}
            />
          </Text>
        )}
        <Group gap="sm">
          {respond && (
            <>
              <Button
                loading={responding.loading}
                onClick={() =>
                  void run(
                    () =>
                      respondTo({
                        variables: { input: { introductionId: id, accept: true }, language },
                      }),
                    // the second yes makes it ACTIVE: the contact is on the page now
                    ({ data }) =>
                      intl.formatMessage({
                        id:
                          data?.respondToIntroduction.state === 'ACTIVE'
                            ? 'introductions.done.active'
                            : 'introductions.done.accepted',
                      }),
                  )
                }
              >
                <FormattedMessage id="introductions.accept" />
              </Button>
              <Button variant="default" color="red" onClick={() => setOpened('decline')}>
                <FormattedMessage id="introductions.decline" />
              </Button>
            </>
          )}
          {close && (
            <Button onClick={() => setOpened('close')}>
              <FormattedMessage id="introductions.close" />
            </Button>
          )}
          {cancel && (
            <Button variant="default" onClick={() => setOpened('cancel')}>
              <FormattedMessage id="introductions.cancel" />
            </Button>
          )}
        </Group>
      </Stack>

      <ReasonModal
        opened={opened === 'decline'}
        onClose={() => setOpened(null)}
        title={intl.formatMessage({ id: 'introductions.decline.title' })}
        text={<FormattedMessage id="introductions.decline.text" />}
        label={intl.formatMessage({ id: 'introductions.decline.reason' })}
        submitLabel={<FormattedMessage id="introductions.decline.submit" />}
        onSubmit={(reason) =>
          run(
            () =>
              respondTo({
                variables: { input: { introductionId: id, accept: false, reason }, language },
              }),
            intl.formatMessage({ id: 'introductions.done.declined' }),
            ['reason'],
          )
        }
      />
      <ReasonModal
        opened={opened === 'cancel'}
        onClose={() => setOpened(null)}
        title={intl.formatMessage({ id: 'introductions.cancel.title' })}
        text={<FormattedMessage id="introductions.cancel.text" />}
        label={intl.formatMessage({ id: 'introductions.cancel.reason' })}
        submitLabel={<FormattedMessage id="introductions.cancel.submit" />}
        onSubmit={(reason) =>
          run(
            () => cancelIt({ variables: { input: { introductionId: id, reason }, language } }),
            intl.formatMessage({ id: 'introductions.done.cancelled' }),
            ['reason'],
          )
        }
      />
      <CloseModal
        opened={opened === 'close'}
        onClose={() => setOpened(null)}
        onSubmit={(outcome, notes) =>
          run(
            () =>
              closeIt({
                variables: {
                  input: { introductionId: id, outcome, notes: notes || null },
                  language,
                },
              }),
            intl.formatMessage({ id: 'introductions.done.closed' }),
            ['outcome', 'notes'],
          )
        }
      />
    </section>
  );
}

/** A field's refusal from the API, else nothing: the page shows the others. */
function fieldError(failure: MoveFailure | null, field: string): string | null {
  return failure && !failure.stale ? (failure.fields[field] ?? null) : null;
}

/** Decline or cancel: why, required (both offices and the International Bureau read it). */
function ReasonModal({
  opened,
  onClose,
  title,
  text,
  label,
  submitLabel,
  onSubmit,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  text: ReactNode;
  label: string;
  submitLabel: ReactNode;
  onSubmit: (reason: string) => Promise<MoveFailure | null>;
}) {
  const intl = useIntl();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    if (opened) setError(null);
  }, [opened]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const given = reason.trim();
    if (!given) {
      setError(intl.formatMessage({ id: 'error.rule.required' }));
      return;
    }
    setLoading(true);
    const failure = await onSubmit(given);
    setLoading(false);
    const refused = fieldError(failure, 'reason');
    if (refused) setError(refused);
    else {
      if (!failure) setReason('');
      onClose();
    }
  }

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      closeButtonProps={{ 'aria-label': intl.formatMessage({ id: 'introductions.modal.close' }) }}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Text size="sm">{text}</Text>
          <Textarea
            label={label}
            required
            rows={4}
            maxLength={REASON_MAX}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={error}
            styles={error ? READABLE_ERROR : undefined}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              <FormattedMessage id="introductions.modal.back" />
            </Button>
            <Button type="submit" color="red" loading={loading}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Close an ACTIVE introduction: how it went (required) and notes for the record. */
function CloseModal({
  opened,
  onClose,
  onSubmit,
}: {
  opened: boolean;
  onClose: () => void;
  onSubmit: (outcome: IntroductionOutcome, notes: string) => Promise<MoveFailure | null>;
}) {
  const intl = useIntl();
  const [outcome, setOutcome] = useState<IntroductionOutcome | null>(null);
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<{ outcome?: string | null; notes?: string | null }>({});
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    if (opened) setErrors({});
  }, [opened]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!outcome) {
      setErrors({ outcome: intl.formatMessage({ id: 'introductions.close.outcomeRequired' }) });
      return;
    }
    setLoading(true);
    const failure = await onSubmit(outcome, notes.trim());
    setLoading(false);
    const refused = {
      outcome: fieldError(failure, 'outcome'),
      notes: fieldError(failure, 'notes'),
    };
    if (refused.outcome || refused.notes) setErrors(refused);
    else onClose();
  }

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={intl.formatMessage({ id: 'introductions.close.title' })}
      closeButtonProps={{ 'aria-label': intl.formatMessage({ id: 'introductions.modal.close' }) }}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Text size="sm">
            <FormattedMessage id="introductions.close.text" />
          </Text>
          <Radio.Group
            label={intl.formatMessage({ id: 'introductions.close.outcome' })}
            required
            value={outcome}
            onChange={(value) => setOutcome(value as IntroductionOutcome)}
            error={errors.outcome}
            styles={errors.outcome ? READABLE_ERROR : undefined}
          >
            <Stack gap="xs" mt="xs">
              {OUTCOMES.map((value) => (
                <Radio key={value} value={value} label={outcomeLabel(intl, value)} />
              ))}
            </Stack>
          </Radio.Group>
          <Textarea
            label={intl.formatMessage({ id: 'introductions.close.notes' })}
            description={intl.formatMessage({ id: 'introductions.close.notesHint' })}
            rows={4}
            maxLength={NOTES_MAX}
            value={notes}
            onChange={(event) => setNotes(event.currentTarget.value)}
            error={errors.notes}
            styles={errors.notes ? READABLE_ERROR : undefined}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              <FormattedMessage id="introductions.modal.back" />
            </Button>
            <Button type="submit" loading={loading}>
              <FormattedMessage id="introductions.close.submit" />
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
