import { Badge, Group, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';

import type { MaturityGroup } from '../../gql/graphql';
import { levelName } from './labels';

/**
 * Marks invented demo data, never an office's own statement. (Shared UI: kept here until the
 * office page and others take it to src/shared.)
 */
export function DemoBadge() {
  return (
    <Badge color="yellow.4" variant="filled" autoContrast radius="sm">
      <FormattedMessage id="directory.demo" />
    </Badge>
  );
}

/** The current overall level and A–D group, or that there is none yet. */
export function MaturitySummary({
  level,
  group,
}: {
  level: number | null | undefined;
  group: MaturityGroup | null | undefined;
}) {
  const intl = useIntl();
  if (!level && !group)
    return (
      <Text size="sm" c="gray.7">
        <FormattedMessage id="directory.maturity.none" />
      </Text>
    );
  // beside a long card (many languages) the badges wrap, but never shrink to an ellipsis
  return (
    <Group gap={6} wrap="wrap" justify="flex-end">
      {level ? (
        <Badge variant="filled" radius="sm" miw="max-content">
          <FormattedMessage
            id="directory.maturity.level"
            values={{ level, name: levelName(intl, level) }}
          />
        </Badge>
      ) : null}
      {group ? (
        <Badge variant="outline" radius="sm" miw="max-content">
          <FormattedMessage id="directory.maturity.group" values={{ group }} />
        </Badge>
      ) : null}
    </Group>
  );
}
