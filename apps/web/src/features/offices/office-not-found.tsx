import { Button, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';

import type { DescribedError } from '../../shared/errors';

/** No such office, or one the caller may not see; or a code that is no ST.3 code at all. */
export function isOfficeMissing(described: DescribedError): boolean {
  return (
    described.code === 'NOT_FOUND' ||
    (described.code === 'BAD_USER_INPUT' && 'code' in described.fields)
  );
}

/** What the office's pages say of an office they cannot show, with the way to the directory. */
export function OfficeNotFound({ code, heading = true }: { code: string; heading?: boolean }) {
  return (
    <Stack gap="sm" align="flex-start">
      {heading && (
        <Title order={1}>
          <FormattedMessage id="office.notFound.title" />
        </Title>
      )}
      <Text>
        <FormattedMessage id="office.notFound.text" values={{ code }} />
      </Text>
      <Button component={Link} to="/directory" variant="light">
        <FormattedMessage id="office.notFound.toDirectory" />
      </Button>
    </Stack>
  );
}
