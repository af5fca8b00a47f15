import { Stack, Tabs, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';

import { useDocumentTitle } from '../../shared/page';
import { switchTab } from './directory-url';
import { OfficeDirectory } from './office-directory';
import { PeopleDirectory } from './people-directory';
import { useDirectoryState } from './use-directory-state';

/**
 * `/directory`: the offices and the people of the network, searched and filtered with facet
 * counts; everything on screen is in the address (directory-url.ts).
 */
export function DirectoryPage() {
  const intl = useIntl();
  const navigation = useDirectoryState();
  const { state, go } = navigation;
  const title = intl.formatMessage({ id: 'directory.documentTitle' });
  useDocumentTitle(title);

  return (
    <Stack gap="md">
      <div>
        <Title order={1}>
          <FormattedMessage id="nav.directory" />
        </Title>
        <Text c="gray.7" size="sm">
          <FormattedMessage id="directory.intro" />
        </Text>
      </div>
      <Tabs
        value={state.tab}
        onChange={(tab) => {
          if (tab === 'offices' || tab === 'people') go(switchTab(state, tab));
        }}
        keepMounted={false}
      >
        <Tabs.List aria-label={intl.formatMessage({ id: 'directory.tabs.label' })}>
          <Tabs.Tab value="offices">
            <FormattedMessage id="directory.tabs.offices" />
          </Tabs.Tab>
          <Tabs.Tab value="people">
            <FormattedMessage id="directory.tabs.people" />
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="offices" pt="md">
          <OfficeDirectory navigation={navigation} />
        </Tabs.Panel>
        <Tabs.Panel value="people" pt="md">
          <PeopleDirectory navigation={navigation} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
