import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';

import { describeError, type DescribedError } from '../../../shared/errors';
import { apiLanguage } from '../../../shared/page';
import { CancelMatchRequestMutation } from './requests.graphql';

export const REASON_MAX = 1000;

/**
 * "Cancel this request", asked once more in a modal with its reason (required: the history and
 * the International Bureau keep it). Its refusal stays in the modal, in the interface's language;
 * a PROPOSED introduction of the request is cancelled with it (the API does that).
 */
export function CancelRequestButton({
  requestId,
  hasOpenIntroduction,
  onCancelled,
}: {
  requestId: string;
  /** The request has a PROPOSED introduction, which the cancellation ends too. */
  hasOpenIntroduction: boolean;
  onCancelled: () => void;
}) {
  const intl = useIntl();
  const language = apiLanguage(intl.locale);
  const [opened, setOpened] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<DescribedError | null>(null);
  const [cancel, { loading }] = useMutation(CancelMatchRequestMutation);

  function close() {
    setOpened(false);
    setError(null);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!reason.trim()) {
      setError({
        code: 'BAD_USER_INPUT',
        message: '',
        fields: { reason: intl.formatMessage({ id: 'error.rule.required' }) },
      });
      return;
    }
    try {
      await cancel({
        variables: { input: { requestId, reason: reason.trim() }, language },
      });
      setOpened(false);
      setReason('');
      onCancelled();
    } catch (caught) {
      setError(describeError(intl, caught));
    }
  }

  const reasonError = error?.fields['reason'];
  // a refusal that is not the reason's own (CONFLICT: cancelled meanwhile, FORBIDDEN …)
  const general = error && !reasonError ? error.message : null;

  return (
    <>
      <Button color="red.9" variant="outline" onClick={() => setOpened(true)}>
        <FormattedMessage id="requests.cancel.button" />
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={intl.formatMessage({ id: 'requests.cancel.title' })}
        closeButtonProps={{ 'aria-label': intl.formatMessage({ id: 'requests.cancel.close' }) }}
      >
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack gap="md">
            <Text size="sm">
              <FormattedMessage
                id={
                  hasOpenIntroduction
                    ? 'requests.cancel.textWithIntroduction'
                    : 'requests.cancel.text'
                }
              />
            </Text>
            <Textarea
              label={intl.formatMessage({ id: 'requests.cancel.reason' })}
              description={intl.formatMessage({ id: 'requests.cancel.reasonHint' })}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              error={reasonError}
              required
              rows={3}
              resize="vertical"
              maxLength={REASON_MAX}
              data-autofocus
            />
            {general && (
              <Alert color="red" role="alert">
                {general}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                <FormattedMessage id="requests.cancel.keep" />
              </Button>
              <Button type="submit" color="red.8" loading={loading}>
                <FormattedMessage id="requests.cancel.confirm" />
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
