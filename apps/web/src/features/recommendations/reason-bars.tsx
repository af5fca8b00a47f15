import { Badge, Progress, Stack, Text, VisuallyHidden } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';

import { factorLabel, formatPoints, formatScore } from './match-factors';
import classes from './recommendations.module.css';

/** One reason as the API sends it (recommendations and experts alike). */
export interface ReasonShape {
  readonly factor: string;
  readonly contribution: number;
  readonly text: string;
}

/**
 * A score as a person reads it: the percentage in words and digits, the bar beside it only a
 * picture of the same number (hidden from screen readers, which read the text).
 */
export function ScoreBadge({ score }: { score: number }) {
  const intl = useIntl();
  return (
    <Stack gap={4} className={classes['score']} align="flex-end">
      <Text size="xs" c="gray.7" tt="uppercase" fw={700}>
        <FormattedMessage id="recommendations.card.score" />
      </Text>
      <Text fz="xl" fw={700} lh={1}>
        {formatScore(intl, score)}
      </Text>
      <Progress
        aria-hidden="true"
        className={classes['scoreBar']}
        value={Math.max(0, Math.min(1, score)) * 100}
        size="sm"
        color="blue.8"
        transitionDuration={0}
      />
    </Stack>
  );
}

/**
 * One bar per reason, on one scale (the score's 100 points): the factor's name, its contribution
 * as the bar and as a signed number, and the reason in words. A negative contribution (a recent
 * decline) is red, striped and says "counts against" in words.
 */
export function ReasonBars({ reasons }: { reasons: readonly ReasonShape[] }) {
  const intl = useIntl();
  return (
    <ul
      className={classes['reasons']}
      aria-label={intl.formatMessage({ id: 'recommendations.card.reasons' })}
    >
      {reasons.map((reason) => {
        const against = reason.contribution < 0;
        const points = formatPoints(intl, reason.contribution);
        return (
          <li key={reason.factor} className={classes['reason']}>
            <Text size="sm" className={classes['reasonName']}>
              {factorLabel(intl, reason.factor)}
              {against && (
                <>
                  {' '}
                  <Badge component="span" size="xs" color="red.9" variant="outline" radius="sm">
                    <FormattedMessage id="recommendations.card.against" />
                  </Badge>
                </>
              )}
            </Text>
            <Progress
              aria-hidden="true"
              className={classes['reasonBar']}
              value={Math.min(1, Math.abs(reason.contribution)) * 100}
              color={against ? 'red.8' : 'teal.8'}
              striped={against}
              size="md"
              transitionDuration={0}
            />
            <Text
              size="sm"
              fw={600}
              className={`${classes['reasonPoints']} ${against ? classes['against'] : ''}`}
            >
              <span aria-hidden="true">
                <FormattedMessage id="recommendations.card.points" values={{ points }} />
              </span>
              <VisuallyHidden>
                <FormattedMessage id="recommendations.card.pointsLong" values={{ points }} />
              </VisuallyHidden>
            </Text>
            <Text size="sm" c="gray.7" className={classes['reasonText']}>
              {reason.text}
            </Text>
          </li>
        );
      })}
    </ul>
  );
}
