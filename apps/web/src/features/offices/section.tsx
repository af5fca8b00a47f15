import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * One section of the office page: a landmark named by its heading, with an id to link to; its
 * actions (edit links) beside the heading.
 */
export function Section({
  id,
  title,
  actions,
  children,
}: {
  id: string;
  title: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const headingId = `${id}-title`;
  return (
    <Paper component="section" id={id} aria-labelledby={headingId} withBorder p="md" radius="md">
      <Stack gap="md">
        <Group justify="space-between" align="center" gap="sm">
          <Title order={2} id={headingId} size="h3">
            {title}
          </Title>
          {actions && <Group gap="xs">{actions}</Group>}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

/** What a section says when it has nothing to show. */
export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <Text c="gray.7" fs="italic">
      {children}
    </Text>
  );
}
