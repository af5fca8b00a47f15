import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';

import { actionError } from './admin-error';

/**
 * A destructive action asked once more (deactivate an account, revoke an invitation): its refusal
 * stays in the modal, said in the interface's language; it closes once the action is done.
 */
export function ConfirmModal({
  opened,
  title,
  text,
  confirmLabel,
  onConfirm,
  onClose,
}: {
  readonly opened: boolean;
  readonly title: string;
  readonly text: ReactNode;
  readonly confirmLabel: ReactNode;
  readonly onConfirm: () => Promise<unknown>;
  readonly onClose: () => void;
}) {
  const intl = useIntl();
  const [loading, setLoading] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => setFailure(null), [opened]);

  async function confirm() {
    setFailure(null);
    setLoading(true);
    try {
      await onConfirm();
      onClose();
    } catch (error) {
      setFailure(actionError(intl, error));
    } finally {
      setLoading(false);
    }
  }

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      closeButtonProps={{ 'aria-label': intl.formatMessage({ id: 'admin.close' }) }}
    >
      <Stack gap="md">
        <Text size="sm">{text}</Text>
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            <FormattedMessage id="admin.cancel" />
          </Button>
          <Button color="red" loading={loading} onClick={() => void confirm()}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
