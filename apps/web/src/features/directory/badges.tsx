import { Badge, Group, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';

import type { MaturityDimension, MaturityGroup } from '../../gql/graphql';
import { dimensionLabel, levelName } from './labels';

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

/** The current level of each focused dimension ("Security: 4"), unknown ones said so. */
export function DimensionLevels({
  levels,
  focus,
}: {
  levels: readonly { dimension: MaturityDimension; level?: number | null }[];
  focus: readonly MaturityDimension[];
}) {
  const intl = useIntl();
  return (
    <Group gap={6} wrap="wrap" justify="flex-end">
      {focus.map((dimension) => {
        const level = levels.find((entry) => entry.dimension === dimension)?.level ?? null;
        return (
          <Badge key={dimension} variant="light" radius="sm" miw="max-content">
            <FormattedMessage
              id="directory.maturity.dimensionLevel"
              values={{ dimension: dimensionLabel(intl, dimension), level: level ?? 0 }}
            />
          </Badge>
        );
      })}
    </Group>
  );
}
