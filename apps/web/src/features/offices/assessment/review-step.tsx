import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';

import type { MaturityModelFieldsFragment as Model } from '../../../gql/graphql';
import { LevelText } from '../level-text';
import classes from './assessment.module.css';
import type { DimensionAnswer, StepErrors } from './wizard-model';

/** The API gives an overall level and a group from six known levels (MaturityAssessment docs). */
const KNOWN_FOR_OVERALL = 6;

/** All ten dimensions with the chosen level and notes, each with a way back to its step. */
export function ReviewStep({
  model,
  answers,
  errors,
  onEdit,
}: {
  model: Model;
  answers: readonly DimensionAnswer[];
  errors: readonly StepErrors[];
  onEdit: (step: number) => void;
}) {
  const intl = useIntl();
  const known = answers.filter((answer) => answer.level !== null).length;
  return (
    <Stack gap="md">
      <Text>
        <FormattedMessage id="assessment.review.known" values={{ known, total: answers.length }} />
        {known < KNOWN_FOR_OVERALL && (
          <>
            {' '}
            <FormattedMessage
              id="assessment.review.tooFewKnown"
              values={{ min: KNOWN_FOR_OVERALL }}
            />
          </>
        )}
      </Text>
      <ol className={classes['review']}>
        {model.dimensions.map((dimension, index) => {
          const answer = answers[index];
          if (!answer) return null;
          const problem = errors[index] ?? {};
          const hasProblem = Boolean(problem.level || problem.evidence);
          const levelName = dimension.levels.find((level) => level.level === answer.level)?.name;
          return (
            <li
              key={dimension.dimension}
              className={`${classes['reviewItem']} ${hasProblem ? classes['reviewItemProblem'] : ''}`}
            >
              <Stack gap={4}>
                <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
                  <Title order={3} size="h5">
                    <FormattedMessage
                      id="assessment.review.dimension"
                      values={{ number: index + 1, name: dimension.name }}
                    />
                  </Title>
                  <Button
                    variant="subtle"
                    size="compact-sm"
                    onClick={() => onEdit(index)}
                    aria-label={intl.formatMessage(
                      { id: 'assessment.review.editLabel' },
                      { name: dimension.name },
                    )}
                  >
                    <FormattedMessage id="assessment.review.edit" />
                  </Button>
                </Group>
                <Text size="sm">
                  <Text span fw={700} inherit>
                    <FormattedMessage id="assessment.review.level" />
                  </Text>{' '}
                  <LevelText level={answer.level} name={levelName} />
                </Text>
                {answer.evidence.trim() ? (
                  <Text size="sm" className={classes['notes']}>
                    {answer.evidence}
                  </Text>
                ) : (
                  <Text size="sm" c="gray.7" fs="italic">
                    <FormattedMessage id="assessment.review.noNotes" />
                  </Text>
                )}
                {problem.level && (
                  <Text size="sm" c="red.8" fw={700}>
                    <FormattedMessage
                      id="assessment.review.levelProblem"
                      values={{ message: problem.level }}
                    />
                  </Text>
                )}
                {problem.evidence && (
                  <Text size="sm" c="red.8" fw={700}>
                    <FormattedMessage
                      id="assessment.review.evidenceProblem"
                      values={{ message: problem.evidence }}
                    />
                  </Text>
                )}
              </Stack>
            </li>
          );
        })}
      </ol>
    </Stack>
  );
}
