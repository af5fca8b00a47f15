import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';

import type { MaturityAssessmentFieldsFragment as Assessment } from '../../../gql/graphql';
import { describeError } from '../../../shared/errors';
import { ValidateMaturityAssessment } from '../office-page.graphql';

/**
 * The International Bureau's validation of a submitted assessment, asked once more in a modal
 * (it cannot be undone); its refusal stays in the modal, in the interface's language.
 */
export function ValidateAssessmentButton({
  assessment,
  officeName,
  onValidated,
}: {
  assessment: Assessment;
  officeName: string;
  onValidated: () => void;
}) {
  const intl = useIntl();
  const [opened, setOpened] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [validate, { loading }] = useMutation(ValidateMaturityAssessment);

  function close() {
    setOpened(false);
    setFailure(null);
  }

  async function confirm() {
    setFailure(null);
    try {
      await validate({ variables: { input: { assessmentId: assessment.id } } });
      close();
      onValidated();
    } catch (error) {
      setFailure(describeError(intl, error).message);
    }
  }

  return (
    <>
      <Button color="teal.9" onClick={() => setOpened(true)}>
        <FormattedMessage id="office.validate.button" />
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={intl.formatMessage({ id: 'office.validate.title' })}
        closeButtonProps={{ 'aria-label': intl.formatMessage({ id: 'office.validate.close' }) }}
      >
        <Stack gap="md">
          <Text size="sm">
            {assessment.submittedAt ? (
              <FormattedMessage
                id="office.validate.text"
                values={{
                  name: officeName,
                  date: intl.formatDate(assessment.submittedAt, { dateStyle: 'long' }),
                }}
              />
            ) : (
              <FormattedMessage id="office.validate.textUndated" values={{ name: officeName }} />
            )}
          </Text>
          {failure && (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              <FormattedMessage id="office.validate.cancel" />
            </Button>
            <Button color="teal.9" loading={loading} onClick={() => void confirm()}>
              <FormattedMessage id="office.validate.confirm" />
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
