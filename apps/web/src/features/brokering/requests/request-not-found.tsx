import { Button, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';

import type { DescribedError } from '../../../shared/errors';

/**
 * No such request, one the caller may not see, or an id that is no request id at all (the id is
 * the page's only input: the API refuses one that is no uuid with BAD_USER_INPUT).
 */
export function isRequestMissing(described: DescribedError): boolean {
  return described.code === 'NOT_FOUND' || described.code === 'BAD_USER_INPUT';
}

/** What the request page says of a request it cannot show (as the office pages do), with the way back. */
export function RequestNotFound() {
  return (
    <Stack gap="sm" align="flex-start">
      <Title order={1}>
        <FormattedMessage id="requests.notFound.title" />
      </Title>
      <Text>
        <FormattedMessage id="requests.notFound.text" />
      </Text>
      <Button component={Link} to="/requests" variant="light">
        <FormattedMessage id="requests.notFound.toRequests" />
      </Button>
    </Stack>
  );
}
