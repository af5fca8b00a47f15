import { Anchor, Box, Container, Group, Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';

import { LanguageSwitch } from '../../app/language-switch';

/** The frame of the pages before a session: sign-in, invitation. */
export function AuthLayout({ title, children }: { title: ReactNode; children: ReactNode }) {
  return (
    <Box component="main" id="main" mih="100vh" bg="gray.0" py="xl">
      <Container size={440}>
        <Group justify="space-between" mb="lg">
          <Anchor href="/" fw={700} fz="lg" c="inherit" underline="never">
            WILD Network
          </Anchor>
          <LanguageSwitch />
        </Group>
        <Paper withBorder shadow="sm" p="xl" radius="md">
          <Title order={1} size="h2" mb="xs">
            {title}
          </Title>
          {children}
        </Paper>
        <Text size="xs" c="dimmed" mt="md" ta="center">
          <FormattedMessage id="auth.closedNetwork" />
        </Text>
      </Container>
    </Box>
  );
}
