import { Badge, Group } from '@mantine/core';
import { FormattedDate, FormattedMessage, FormattedNumber, useIntl } from 'react-intl';

import { DemoDataBadge } from './demo-data';
import { Facts } from './facts';
import { assessmentStatusLabel, groupLabel } from './labels';
import { LevelText } from './level-text';
import { levelName, type Assessment, type Model } from './maturity-model';

/** The current assessment at a glance: overall level, A–D group, date, status, validation. */
export function MaturitySummary({
  assessment,
  model,
  officeIllustrative,
}: {
  assessment: Assessment;
  model: Model;
  /** The page says so once for the whole office. */
  officeIllustrative: boolean;
}) {
  const intl = useIntl();
  return (
    <Facts
      facts={[
        {
          key: 'overall',
          label: <FormattedMessage id="office.maturity.overall" />,
          value: (
            <LevelText
              level={assessment.overallLevel}
              name={levelName(model, assessment.overallLevel)}
            />
          ),
        },
        {
          key: 'group',
          label: <FormattedMessage id="office.maturity.group" />,
          value: assessment.group ? groupLabel(intl, assessment.group) : <LevelText level={null} />,
        },
        {
          key: 'date',
          label: <FormattedMessage id="office.maturity.submittedAt" />,
          value: assessment.submittedAt ? (
            <FormattedDate value={assessment.submittedAt} dateStyle="long" />
          ) : (
            <FormattedMessage id="office.date.unknown" />
          ),
        },
        {
          key: 'status',
          label: <FormattedMessage id="office.maturity.status" />,
          value: (
            <Group gap="xs">
              <span>{assessmentStatusLabel(intl, assessment.status)}</span>
              {assessment.illustrative && !officeIllustrative && <DemoDataBadge size="xs" />}
            </Group>
          ),
        },
        {
          key: 'validated',
          label: <FormattedMessage id="office.maturity.validation" />,
          value: assessment.validated ? (
            <Group gap="xs">
              <Badge color="teal.9" size="sm" radius="sm">
                <FormattedMessage id="office.maturity.validated" />
              </Badge>
              {assessment.validatedAt && (
                <FormattedMessage
                  id="office.maturity.validatedOn"
                  values={{
                    date: intl.formatDate(assessment.validatedAt, { dateStyle: 'long' }),
                  }}
                />
              )}
            </Group>
          ) : (
            <FormattedMessage id="office.maturity.notValidated" />
          ),
        },
        {
          key: 'model',
          label: <FormattedMessage id="office.maturity.modelVersion" />,
          value: <FormattedNumber value={assessment.modelVersion} />,
        },
      ]}
    />
  );
}
