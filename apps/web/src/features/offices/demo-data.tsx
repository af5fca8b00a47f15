import { Badge, Paper, Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';

/**
 * Marks invented demo data, so it is never read as an office's own statement. (A shared UI
 * piece: kept in this folder until another page needs it.)
 */
export function DemoDataBadge({ size = 'sm' }: { size?: 'xs' | 'sm' | 'md' }) {
  return (
    <Badge component="span" color="yellow.8" size={size} radius="sm">
      <FormattedMessage id="office.demo.badge" />
    </Badge>
  );
}

/** The page-wide notice of an illustrative office: a note (not an alert), dark text on pale yellow. */
export function DemoDataNotice() {
  return (
    <Paper role="note" withBorder p="sm" radius="md" bg="yellow.0" bd="1px solid yellow.7">
      <Text fw={700}>
        <FormattedMessage id="office.demo.badge" />
      </Text>
      <Text>
        <FormattedMessage id="office.demo.notice" />
      </Text>
    </Paper>
  );
}

/**
 * The language of an invented demo text: the demo's texts are written in English, so a French page
 * marks them `lang="en"` for screen readers and hyphenation. An office's own text has no known
 * language: none is claimed.
 */
export function demoTextLanguage(illustrative: boolean): 'en' | undefined {
  return illustrative ? 'en' : undefined;
}
