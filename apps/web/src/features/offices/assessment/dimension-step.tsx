import { Stack, Text, Textarea } from '@mantine/core';
import { useId } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';

import type { MaturityModelFieldsFragment as Model } from '../../../gql/graphql';
import classes from './assessment.module.css';
import {
  characterCount,
  EVIDENCE_MAX_LENGTH,
  type DimensionAnswer,
  type StepErrors,
} from './wizard-model';

type Dimension = Model['dimensions'][number];

const UNKNOWN = 'unknown';

/**
 * One dimension: its description, its five levels as radio cards (number, name, what the level
 * looks like) and "unknown", and the evidence notes.
 */
export function DimensionStep({
  dimension,
  answer,
  errors,
  onChange,
}: {
  dimension: Dimension;
  answer: DimensionAnswer;
  errors: StepErrors;
  onChange: (patch: Partial<DimensionAnswer>) => void;
}) {
  const intl = useIntl();
  const id = useId();
  const name = `level-${dimension.dimension}`;
  const chosen = answer.level === null ? UNKNOWN : String(answer.level);
  const levelErrorId = `${id}-level-error`;
  const count = characterCount(answer.evidence);
  const tooLong = count > EVIDENCE_MAX_LENGTH;

  const choose = (value: string) => onChange({ level: value === UNKNOWN ? null : Number(value) });

  return (
    <Stack gap="lg">
      <Text>{dimension.description}</Text>
      <fieldset
        className={classes['fieldset']}
        aria-describedby={errors.level ? levelErrorId : undefined}
        aria-invalid={errors.level ? true : undefined}
      >
        <legend className={classes['legend']}>
          <FormattedMessage id="assessment.step.levelLegend" />
        </legend>
        <div className={classes['choices']}>
          {dimension.levels.map((level) => {
            const value = String(level.level);
            const titleId = `${id}-level-${value}`;
            const descriptorId = `${id}-descriptor-${value}`;
            return (
              <label key={value} className={classes['choice']}>
                <input
                  type="radio"
                  className={classes['radio']}
                  name={name}
                  value={value}
                  checked={chosen === value}
                  onChange={() => choose(value)}
                  aria-labelledby={titleId}
                  aria-describedby={descriptorId}
                />
                <span className={classes['choiceText']}>
                  <span id={titleId} className={classes['choiceTitle']}>
                    <FormattedMessage
                      id="assessment.step.levelOption"
                      values={{ level: level.level, name: level.name }}
                    />
                  </span>
                  <span id={descriptorId} className={classes['choiceDescriptor']}>
                    {level.descriptor}
                  </span>
                </span>
              </label>
            );
          })}
          <label className={`${classes['choice']} ${classes['unknownChoice']}`}>
            <input
              type="radio"
              className={classes['radio']}
              name={name}
              value={UNKNOWN}
              checked={chosen === UNKNOWN}
              onChange={() => choose(UNKNOWN)}
              aria-labelledby={`${id}-unknown`}
              aria-describedby={`${id}-unknown-hint`}
            />
            <span className={classes['choiceText']}>
              <span id={`${id}-unknown`} className={classes['choiceTitle']}>
                <FormattedMessage id="assessment.step.unknown" />
              </span>
              <span id={`${id}-unknown-hint`} className={classes['choiceDescriptor']}>
                <FormattedMessage id="assessment.step.unknownHint" />
              </span>
            </span>
          </label>
        </div>
        {errors.level && (
          <Text id={levelErrorId} c="red.8" size="sm" mt="xs">
            {errors.level}
          </Text>
        )}
      </fieldset>

      <Stack gap={4}>
        <Textarea
          label={intl.formatMessage({ id: 'assessment.step.evidence' })}
          description={intl.formatMessage({ id: 'assessment.step.evidenceHint' })}
          value={answer.evidence}
          onChange={(event) => onChange({ evidence: event.currentTarget.value })}
          error={errors.evidence}
          rows={6}
          resize="vertical"
        />
        <Text size="xs" c={tooLong ? 'red.8' : 'gray.7'} fw={tooLong ? 700 : undefined}>
          <FormattedMessage
            id={tooLong ? 'assessment.step.evidenceTooLong' : 'assessment.step.evidenceCount'}
            values={{ count, max: EVIDENCE_MAX_LENGTH }}
          />
        </Text>
      </Stack>
    </Stack>
  );
}
