import { Badge, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';

import type { MaturityDimension, OfficePageQuery } from '../../gql/graphql';
import { DemoDataBadge, demoTextLanguage } from './demo-data';
import { dimensionShortLabel } from './labels';
import type { Model } from './maturity-model';
import classes from './office-page.module.css';
import { EmptyState } from './section';

type Office = OfficePageQuery['office'];

/** "We seek help" and "we can help", by dimension. Which needs the caller sees, the API decides. */
export function NeedsAndOffers({ office, model }: { office: Office; model: Model }) {
  const intl = useIntl();
  const dimensionName = (dimension: MaturityDimension) =>
    model.dimensions.find((entry) => entry.dimension === dimension)?.name ??
    dimensionShortLabel(intl, dimension);
  const demo = (illustrative: boolean) =>
    illustrative && !office.illustrative ? <DemoDataBadge size="xs" /> : null;

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Stack gap="xs">
          <Title order={3} size="h4">
            <FormattedMessage id="office.needs.title" />
          </Title>
          {office.needs.length === 0 ? (
            <EmptyState>
              <FormattedMessage id="office.needs.empty" />
            </EmptyState>
          ) : (
            <ul className={classes['plainList']}>
              {office.needs.map((need) => (
                <li key={need.dimension} className={classes['item']}>
                  <Group gap="xs" mb={4}>
                    <Text fw={600}>{dimensionName(need.dimension)}</Text>
                    {need.confidential && (
                      <Badge color="gray.8" size="sm" radius="sm">
                        <FormattedMessage id="office.needs.confidential" />
                      </Badge>
                    )}
                    {demo(need.illustrative)}
                  </Group>
                  <Text
                    style={{ whiteSpace: 'pre-line' }}
                    lang={demoTextLanguage(need.illustrative)}
                  >
                    {need.description}
                  </Text>
                  {need.confidential && (
                    <Text size="sm" c="gray.7">
                      <FormattedMessage id="office.needs.confidentialHint" />
                    </Text>
                  )}
                </li>
              ))}
            </ul>
          )}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Stack gap="xs">
          <Title order={3} size="h4">
            <FormattedMessage id="office.offers.title" />
          </Title>
          {office.offers.length === 0 ? (
            <EmptyState>
              <FormattedMessage id="office.offers.empty" />
            </EmptyState>
          ) : (
            <ul className={classes['plainList']}>
              {office.offers.map((offer) => (
                <li key={offer.dimension} className={classes['item']}>
                  <Group gap="xs" mb={4}>
                    <Text fw={600}>{dimensionName(offer.dimension)}</Text>
                    {demo(offer.illustrative)}
                  </Group>
                  <Text
                    style={{ whiteSpace: 'pre-line' }}
                    lang={demoTextLanguage(offer.illustrative)}
                  >
                    {offer.description}
                  </Text>
                </li>
              ))}
            </ul>
          )}
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
