import { Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';

import { demoTextLanguage } from './demo-data';
import { dimensionShortLabel } from './labels';
import { LevelText } from './level-text';
import { levelDescriptor, levelName, type Assessment, type Model } from './maturity-model';
import classes from './office-page.module.css';

/** What each level of the current assessment rests on, with what the level means there. */
export function EvidenceNotes({ assessment, model }: { assessment: Assessment; model: Model }) {
  const intl = useIntl();
  const dimensions = model.dimensions.length
    ? model.dimensions.map(({ dimension, name }) => ({ dimension, name }))
    : assessment.levels.map(({ dimension }) => ({
        dimension,
        name: dimensionShortLabel(intl, dimension),
      }));
  return (
    <ul className={classes['plainList']}>
      {dimensions.map(({ dimension, name }) => {
        const entry = assessment.levels.find((level) => level.dimension === dimension);
        const level = entry?.level ?? null;
        const descriptor = levelDescriptor(model, dimension, level);
        return (
          <li key={dimension} className={classes['evidence']}>
            <Stack gap={4}>
              <Title order={3} size="h5">
                {name}
                {' — '}
                <LevelText level={level} name={levelName(model, level)} />
              </Title>
              {entry?.evidence ? (
                <Text
                  style={{ whiteSpace: 'pre-line' }}
                  lang={demoTextLanguage(assessment.illustrative)}
                >
                  {entry.evidence}
                </Text>
              ) : (
                <Text c="gray.7" fs="italic">
                  <FormattedMessage id="office.evidence.none" />
                </Text>
              )}
              {descriptor && (
                <Text size="sm" c="gray.7">
                  <FormattedMessage
                    id="office.evidence.levelMeans"
                    values={{ level: level ?? 0, descriptor }}
                  />
                </Text>
              )}
            </Stack>
          </li>
        );
      })}
    </ul>
  );
}
