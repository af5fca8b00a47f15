import { Button, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <Stack align="flex-start" gap="sm">
      <Title order={1}>
        <FormattedMessage id="notFound.title" />
      </Title>
      <Text>
        <FormattedMessage id="notFound.text" />
      </Text>
      <Button component={Link} to="/directory" variant="light">
        <FormattedMessage id="notFound.toDirectory" />
      </Button>
    </Stack>
  );
}
