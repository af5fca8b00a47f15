import { LineChart } from '@mantine/charts';
import { Badge, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';

import type { MaturityDimension } from '../../gql/graphql';
import { DemoDataBadge } from './demo-data';
import { dimensionShortLabel, groupLabel } from './labels';
import { LevelText } from './level-text';
import { levelName, type Assessment, type Model } from './maturity-model';
import { EmptyState } from './section';

const OVERALL = 'OVERALL';
type Shown = typeof OVERALL | MaturityDimension;

/**
 * The submitted assessments over time: a line chart of the overall level (or one dimension's),
 * oldest first, and the list as a table, newest first.
 */
export function MaturityHistory({
  history,
  totalCount,
  model,
  officeIllustrative,
}: {
  /** Newest first, as the API gives it. */
  history: readonly Assessment[];
  totalCount: number;
  model: Model;
  /** The page says so once for the whole office. */
  officeIllustrative: boolean;
}) {
  const intl = useIntl();
  const [shown, setShown] = useState<Shown>(OVERALL);
  if (history.length === 0)
    return (
      <EmptyState>
        <FormattedMessage id="office.history.empty" />
      </EmptyState>
    );

  const dimensionName = (dimension: MaturityDimension) =>
    model.dimensions.find((entry) => entry.dimension === dimension)?.name ??
    dimensionShortLabel(intl, dimension);
  const levelIn = (assessment: Assessment, what: Shown) =>
    what === OVERALL
      ? assessment.overallLevel
      : (assessment.levels.find((entry) => entry.dimension === what)?.level ?? null);
  const shownName =
    shown === OVERALL ? intl.formatMessage({ id: 'office.history.overall' }) : dimensionName(shown);
  // on a time axis, so that two assessments a month apart sit closer than two a year apart; one
  // without a date has no place on it (the table lists it)
  const chronological = [...history].reverse();
  const dated = chronological.filter((assessment) => assessment.submittedAt);
  // the chart asks for labels of no point too (its tooltip, before any hover)
  const formatDay = (time: unknown) =>
    typeof time === 'number' && Number.isFinite(time)
      ? intl.formatDate(time, { dateStyle: 'medium' })
      : '';
  const data = dated.map((assessment) => ({
    time: Date.parse(assessment.submittedAt as string),
    level: levelIn(assessment, shown),
  }));
  const first = data[0];
  const last = data[data.length - 1];
  const options = [
    { value: OVERALL, label: intl.formatMessage({ id: 'office.history.overall' }) },
    ...model.dimensions.map(({ dimension, name }) => ({ value: dimension, label: name })),
  ];

  return (
    <Stack gap="md">
      <NativeSelect
        label={intl.formatMessage({ id: 'office.history.show' })}
        data={options}
        value={shown}
        onChange={(event) => setShown(event.currentTarget.value as Shown)}
        maw={360}
      />
      {first && last && data.length > 1 ? (
        <div
          dir="ltr"
          role="img"
          aria-label={intl.formatMessage(
            { id: 'office.history.chartLabel' },
            { series: shownName, from: formatDay(first.time), to: formatDay(last.time) },
          )}
          data-testid="maturity-history-chart"
        >
          <LineChart
            h={240}
            data={data}
            dataKey="time"
            series={[{ name: 'level', label: shownName, color: 'blue.8' }]}
            xAxisProps={{
              type: 'number',
              scale: 'time',
              domain: ['dataMin', 'dataMax'],
              ticks: data.map((point) => point.time),
              tickFormatter: formatDay,
            }}
            tooltipProps={{ labelFormatter: formatDay }}
            yAxisProps={{ domain: [0, 5], ticks: [0, 1, 2, 3, 4, 5], allowDecimals: false }}
            connectNulls
            curveType="linear"
            // the table below is the keyboard's and screen reader's way to the data
            accessibilityLayer={false}
          />
        </div>
      ) : (
        <Text size="sm" c="gray.7">
          <FormattedMessage id="office.history.single" />
        </Text>
      )}
      <Table.ScrollContainer minWidth={480}>
        <Table striped withTableBorder verticalSpacing="xs">
          <Table.Caption c="gray.7">
            <FormattedMessage id="office.history.tableCaption" />
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">
                <FormattedMessage id="office.history.column.date" />
              </Table.Th>
              <Table.Th scope="col">
                <FormattedMessage id="office.history.column.overall" />
              </Table.Th>
              <Table.Th scope="col">
                <FormattedMessage id="office.history.column.group" />
              </Table.Th>
              {shown !== OVERALL && <Table.Th scope="col">{shownName}</Table.Th>}
              <Table.Th scope="col">
                <FormattedMessage id="office.history.column.validated" />
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {history.map((assessment) => (
              <Table.Tr key={assessment.id}>
                <Table.Th scope="row" fw={500}>
                  {assessment.submittedAt ? (
                    <FormattedDate value={assessment.submittedAt} dateStyle="medium" />
                  ) : (
                    <FormattedMessage id="office.date.unknown" />
                  )}
                  {assessment.illustrative && !officeIllustrative && (
                    <>
                      {' '}
                      <DemoDataBadge size="xs" />
                    </>
                  )}
                </Table.Th>
                <Table.Td>
                  <LevelText
                    level={assessment.overallLevel}
                    name={levelName(model, assessment.overallLevel)}
                  />
                </Table.Td>
                <Table.Td>
                  {assessment.group ? (
                    groupLabel(intl, assessment.group)
                  ) : (
                    <LevelText level={null} />
                  )}
                </Table.Td>
                {shown !== OVERALL && (
                  <Table.Td>
                    <LevelText
                      level={levelIn(assessment, shown)}
                      name={levelName(model, levelIn(assessment, shown))}
                    />
                  </Table.Td>
                )}
                <Table.Td>
                  {assessment.validated ? (
                    <Badge color="teal.9" size="sm" radius="sm">
                      <FormattedMessage id="office.maturity.validated" />
                    </Badge>
                  ) : (
                    <FormattedMessage id="office.history.notValidated" />
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {totalCount > history.length && (
        <Text size="sm" c="gray.7">
          <FormattedMessage
            id="office.history.truncated"
            values={{ shown: history.length, total: totalCount }}
          />
        </Text>
      )}
    </Stack>
  );
}
