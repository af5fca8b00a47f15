import { Text } from '@mantine/core';
import { FormattedMessage, FormattedNumber } from 'react-intl';

/** A level with its name from the model (`4 · Integrated`); "unknown" is not a level, never 0. */
export function LevelText({ level, name }: { level: number | null; name?: string }) {
  if (level === null)
    return (
      <Text span c="gray.7" fs="italic" inherit>
        <FormattedMessage id="office.level.unknown" />
      </Text>
    );
  if (!name) return <FormattedNumber value={level} />;
  return <FormattedMessage id="office.level.value" values={{ level, name }} />;
}
