import { Box, Button, Collapse, Group, Stack, Title } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useId, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';

import classes from './directory.module.css';

/** Wide enough for a column of filters beside the results (a laptop; a tablet is narrower). */
export const SIDE_COLUMN_QUERY = '(min-width: 62em)';

/** Where the skip link lands: the results column (one directory per page). */
const RESULTS_ID = 'directory-results';

interface DirectoryLayoutProps {
  readonly search: ReactNode;
  readonly filters: ReactNode;
  readonly activeFilters: number;
  readonly onClearFilters: () => void;
  readonly children: ReactNode;
}

/**
 * Search on top; filters in a side column on a laptop, and behind a toggle above the results on
 * a tablet; the results.
 */
export function DirectoryLayout({
  search,
  filters,
  activeFilters,
  onClearFilters,
  children,
}: DirectoryLayoutProps) {
  const intl = useIntl();
  const wide = useMediaQuery(SIDE_COLUMN_QUERY);
  const [open, { toggle }] = useDisclosure(false);
  const panelId = useId();

  const panel = (
    <Stack gap="md">
      <Group justify="space-between" wrap="nowrap">
        <Title order={2} size="h4">
          <FormattedMessage id="directory.filters.title" />
        </Title>
        {activeFilters > 0 && (
          <Button variant="subtle" size="compact-sm" onClick={onClearFilters}>
            <FormattedMessage id="directory.filters.clear" />
          </Button>
        )}
      </Group>
      {filters}
    </Stack>
  );

  if (wide)
    return (
      <Stack gap="md">
        {search}
        <a href={`#${RESULTS_ID}`} className={classes['skipLink']}>
          <FormattedMessage id="directory.skipToResults" />
        </a>
        <div className={classes['columns']}>
          <Box
            component="aside"
            className={classes['aside']}
            aria-label={intl.formatMessage({ id: 'directory.filters.title' })}
          >
            {panel}
          </Box>
          <div id={RESULTS_ID} tabIndex={-1}>
            {children}
          </div>
        </div>
      </Stack>
    );

  return (
    <Stack gap="md">
      {search}
      <div>
        <Button variant="default" onClick={toggle} aria-expanded={open} aria-controls={panelId}>
          <FormattedMessage id="directory.filters.toggle" values={{ count: activeFilters }} />
        </Button>
      </div>
      <Collapse expanded={open} keepMountedMode="display-none" id={panelId}>
        <Box
          component="section"
          className={classes['drawer']}
          aria-label={intl.formatMessage({ id: 'directory.filters.title' })}
        >
          {panel}
        </Box>
      </Collapse>
      <div>{children}</div>
    </Stack>
  );
}
