import { RadarChart, type RadarChartSeries } from '@mantine/charts';
import { Grid, Skeleton, Stack, Table, Text } from '@mantine/core';
import { FormattedMessage, FormattedNumber, useIntl } from 'react-intl';

import type { WipoRegion } from '../../gql/graphql';
import { DemoDataBadge } from './demo-data';
import { regionLabel } from './labels';
import { LevelText } from './level-text';
import {
  compareDimensions,
  levelName,
  type Assessment,
  type Model,
  type RegionMean,
} from './maturity-model';

type SeriesName = 'current' | 'previous' | 'region';

/** How each series is drawn: besides its colour, a dash pattern tells them apart. */
const SERIES_STYLE: Record<SeriesName, { color: string; fill: number; dash?: string }> = {
  current: { color: 'blue.8', fill: 0.3 },
  // outlines only, so the current shape keeps its colour beneath them
  previous: { color: 'gray.8', fill: 0, dash: '6 4' },
  region: { color: 'orange.8', fill: 0, dash: '2 3' },
};

/** `4 · Integrated` stays on one line; the dimension's name wraps instead. */
const NO_WRAP = { whiteSpace: 'nowrap' } as const;

export interface MaturityRadarProps {
  readonly model: Model;
  readonly current: Assessment;
  readonly previous: Assessment | null;
  readonly region: WipoRegion;
  readonly regionMean: RegionMean;
}

/**
 * The current assessment by dimension against the previous one and the region's mean: a radar
 * (drawn left to right whatever the page's direction, named on its wrapper) with the same data
 * as a table beside it — side by side from the `md` breakpoint, stacked below.
 */
export function MaturityRadar({
  model,
  current,
  previous,
  region,
  regionMean,
}: MaturityRadarProps) {
  const intl = useIntl();
  const rows = compareDimensions(intl, model, current, previous, regionMean);
  const withRegion = regionMean.status === 'ready';
  const regionName = regionLabel(intl, region);
  const date = (assessment: Assessment) =>
    assessment.submittedAt
      ? intl.formatDate(assessment.submittedAt, { dateStyle: 'medium' })
      : intl.formatMessage({ id: 'office.date.unknown' });

  const labels: Record<SeriesName, string> = {
    current: intl.formatMessage({ id: 'office.radar.series.current' }, { date: date(current) }),
    previous: previous
      ? intl.formatMessage({ id: 'office.radar.series.previous' }, { date: date(previous) })
      : '',
    region: intl.formatMessage({ id: 'office.radar.series.region' }, { region: regionName }),
  };
  const shown: SeriesName[] = [
    'current',
    ...(previous ? (['previous'] as const) : []),
    ...(withRegion ? (['region'] as const) : []),
  ];
  const series: RadarChartSeries[] = shown.map((name) => ({
    name,
    label: labels[name],
    color: SERIES_STYLE[name].color,
  }));
  const data = rows.map((row) => ({
    axis: row.shortName,
    current: row.current,
    previous: row.previous,
    region: row.regionMean,
  }));
  const hasUnknown = rows.some((row) => row.current === null);
  const ariaLabel = intl.formatMessage(
    { id: 'office.radar.label' },
    { series: intl.formatList(shown.map((name) => labels[name])) },
  );
  const mean = (value: number | null | undefined) =>
    value === null || value === undefined ? (
      <LevelText level={null} />
    ) : (
      <FormattedNumber value={value} minimumFractionDigits={1} maximumFractionDigits={1} />
    );
  const regionOverall = withRegion ? regionMean.benchmark.overall.mean : null;

  return (
    <Grid gap="lg" align="flex-start">
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Stack gap="xs">
          {/* axe refuses aria-label on the chart itself: the wrapper is the image; under
              right-to-left pages the radar's labels overlap, so it is always drawn left to right */}
          <div dir="ltr" role="img" aria-label={ariaLabel} data-testid="maturity-radar">
            <RadarChart
              h={420}
              data={data}
              dataKey="axis"
              series={series}
              withLegend
              withPolarRadiusAxis
              // the table beside it is the keyboard's and screen reader's way to the data
              accessibilityLayer={false}
              // the scale between the first two axes (Strategy at 90°, the next at 54°)
              polarRadiusAxisProps={{ domain: [0, 5], tickCount: 6, angle: 72, fontSize: 11 }}
              polarAngleAxisProps={{ fontSize: 13 }}
              // room for the longest axis names (“Normes et échanges”, “Systèmes de la PI”)
              radarChartProps={{ outerRadius: '66%' }}
              radarProps={(item) => ({
                connectNulls: true,
                fillOpacity: SERIES_STYLE[item.name as SeriesName].fill,
                strokeWidth: item.name === 'current' ? 2.5 : 2,
                strokeDasharray: SERIES_STYLE[item.name as SeriesName].dash,
              })}
              // labels in the page's language read in their own direction inside the LTR chart
              styles={{ legendItemName: { unicodeBidi: 'plaintext' } }}
            />
          </div>
          {hasUnknown && (
            <Text size="sm" c="gray.7">
              <FormattedMessage id="office.radar.unknownNote" />
            </Text>
          )}
          <RegionNote regionMean={regionMean} regionName={regionName} />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Table.ScrollContainer minWidth={420}>
          <Table striped highlightOnHover withTableBorder verticalSpacing="xs">
            <Table.Caption c="gray.7">
              <FormattedMessage id="office.radar.tableCaption" />
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">
                  <FormattedMessage id="office.radar.column.dimension" />
                </Table.Th>
                <Table.Th scope="col">{labels.current}</Table.Th>
                {previous && <Table.Th scope="col">{labels.previous}</Table.Th>}
                {withRegion && (
                  <Table.Th scope="col">
                    <FormattedMessage id="office.radar.column.region" />
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.dimension}>
                  <Table.Th scope="row" fw={500}>
                    {row.name}
                  </Table.Th>
                  <Table.Td style={NO_WRAP}>
                    <LevelText level={row.current} name={levelName(model, row.current)} />
                  </Table.Td>
                  {previous && (
                    <Table.Td style={NO_WRAP}>
                      <LevelText level={row.previous} name={levelName(model, row.previous)} />
                    </Table.Td>
                  )}
                  {withRegion && <Table.Td>{mean(row.regionMean)}</Table.Td>}
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th scope="row">
                  <FormattedMessage id="office.radar.overall" />
                </Table.Th>
                <Table.Td fw={600} style={NO_WRAP}>
                  <LevelText
                    level={current.overallLevel}
                    name={levelName(model, current.overallLevel)}
                  />
                </Table.Td>
                {previous && (
                  <Table.Td fw={600} style={NO_WRAP}>
                    <LevelText
                      level={previous.overallLevel}
                      name={levelName(model, previous.overallLevel)}
                    />
                  </Table.Td>
                )}
                {withRegion && <Table.Td fw={600}>{mean(regionOverall)}</Table.Td>}
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
      </Grid.Col>
    </Grid>
  );
}

/** Why the region's mean is not drawn, or how many offices it is over. */
function RegionNote({ regionMean, regionName }: { regionMean: RegionMean; regionName: string }) {
  switch (regionMean.status) {
    case 'loading':
      return <Skeleton h={16} w="60%" aria-hidden />;
    case 'tooSmall':
      return (
        <Text size="sm" c="gray.7" data-testid="region-note">
          <FormattedMessage id="office.radar.regionTooSmall" values={{ region: regionName }} />
        </Text>
      );
    case 'unavailable':
      return (
        <Text size="sm" c="gray.7" data-testid="region-note">
          <FormattedMessage id="office.radar.regionUnavailable" values={{ region: regionName }} />
        </Text>
      );
    case 'ready':
      return (
        <Text size="sm" c="gray.7" data-testid="region-note">
          <FormattedMessage
            id="office.radar.regionOver"
            values={{ region: regionName, count: regionMean.benchmark.officeCount }}
          />
          {regionMean.benchmark.illustrative && (
            <>
              {' '}
              <DemoDataBadge size="xs" />
            </>
          )}
        </Text>
      );
  }
}
